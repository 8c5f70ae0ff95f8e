package com.kraviabridge.config;

import java.nio.file.Path;
import java.util.List;

/** A configuration that passed validation, with what is needed to show it and to keep its secrets out of logs. */
public final class LoadedConfig {

    private final Path file;
    private final BridgeConfig settings;
    private final List<ConfigProblem> warnings;
    private final List<String> rendered;
    private final List<String> secretValues;

    LoadedConfig(Path file, BridgeConfig settings, List<ConfigProblem> warnings, List<String> rendered,
                 List<String> secretValues) {
        this.file = file;
        this.settings = settings;
        this.warnings = List.copyOf(warnings);
        this.rendered = List.copyOf(rendered);
        this.secretValues = List.copyOf(secretValues);
    }

    public Path file() {
        return file;
    }

    public BridgeConfig settings() {
        return settings;
    }

    /** Things that work but deserve a look, e.g. fewer than 14 days overdue. */
    public List<ConfigProblem> warnings() {
        return warnings;
    }

    /** The effective settings, one {@code key = value (source)} line per key, every secret shown as {@code ****}. */
    public List<String> render() {
        return rendered;
    }

    /** Every secret's value, to register with the log redactor. Never print these. */
    public List<String> secretValues() {
        return secretValues;
    }

    @Override
    public String toString() {
        return "LoadedConfig[" + file + "]";
    }
}
