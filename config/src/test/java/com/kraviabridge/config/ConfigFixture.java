package com.kraviabridge.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Writes property files into a temporary directory and loads them with a made-up environment. */
final class ConfigFixture {

    static final String ODOO_PASSWORD = "Odoo-s3cret-Passw0rd";
    static final String KRAVIA_TOKEN = "kv_live_7f3a9c1e55d04b2a";

    /** The smallest valid configuration: the required keys, nothing else. */
    static final List<String> MINIMAL = List.of(
            "odoo.url = https://acme.odoo.com",
            "odoo.database = acme",
            "odoo.username = bridge@acme.no",
            "odoo.password = " + ODOO_PASSWORD,
            "kravia.token = " + KRAVIA_TOKEN,
            "creditor.1.id = 12345");

    private final Path dir;
    private final Map<String, String> environment = new HashMap<>();

    ConfigFixture(Path dir) {
        this.dir = dir;
    }

    ConfigFixture env(String name, String value) {
        environment.put(name, value);
        return this;
    }

    Path file(String name, String content) {
        try {
            Path file = dir.resolve(name);
            Files.writeString(file, content, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path properties(List<String> lines) {
        return file("bridge.properties", String.join("\n", lines) + "\n");
    }

    /** The minimal configuration plus {@code extra} lines, which start at line 7. */
    Path minimalPlus(String... extra) {
        List<String> lines = new ArrayList<>(MINIMAL);
        lines.addAll(List.of(extra));
        return properties(lines);
    }

    LoadedConfig load(Path file) {
        return new ConfigLoader(environment).load(file);
    }

    LoadedConfig loadMinimalPlus(String... extra) {
        return load(minimalPlus(extra));
    }

    List<ConfigProblem> problems(Path file) {
        return refusal(() -> load(file)).problems();
    }

    /** What {@code load} throws; the test fails when it throws nothing or something else. */
    static ConfigException refusal(Runnable load) {
        ConfigException[] thrown = new ConfigException[1];
        assertThatThrownBy(load::run).isInstanceOfSatisfying(ConfigException.class, e -> thrown[0] = e);
        return thrown[0];
    }

    List<ConfigProblem> problemsWithMinimalPlus(String... extra) {
        return problems(minimalPlus(extra));
    }

    List<ConfigProblem> problemsWithout(String key, String... extra) {
        List<String> lines = new ArrayList<>(MINIMAL.stream().filter(l -> !l.startsWith(key + " ")).toList());
        lines.addAll(List.of(extra));
        return problems(properties(lines));
    }
}
