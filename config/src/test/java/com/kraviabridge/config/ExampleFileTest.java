package com.kraviabridge.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The example file is the administrator's documentation: it must load as shipped and mention every key. */
class ExampleFileTest {

    private static final Path EXAMPLE = Path.of("bridge.properties.example");

    @Test
    void loadsAsShippedWithOnlyPlaceholderWarnings() {
        LoadedConfig config = new ConfigLoader(Map.of()).load(EXAMPLE);

        assertThat(config.warnings()).extracting(ConfigProblem::key).containsExactly("odoo.password", "kravia.token");
        assertThat(config.settings().creditors()).hasSize(1);
    }

    @Test
    void documentsEveryKeyWithItsDefault() throws IOException {
        String example = Files.readString(EXAMPLE);

        for (ConfigKey key : KeyCatalog.KEYS) {
            String shown = key.templated() ? key.instanceLike(exampleInstance(key), '.') : key.name();
            String defaultLine = shown + " =" + (key.defaultValue().isEmpty() ? "" : " " + key.defaultValue());
            if (key.templated() || key.secret() || key.defaultValue().isEmpty()) {
                assertThat(example).as(key.name()).containsPattern("(?m)^#?" + Pattern.quote(shown) + " =");
            } else {
                assertThat(example).as(key.name()).containsPattern("(?m)^#" + Pattern.quote(defaultLine) + "$");
            }
        }
    }

    private static String exampleInstance(ConfigKey key) {
        String name = key.name().startsWith("creditor.") ? key.name().replaceFirst("<[^>]+>", "1") : key.name();
        return name.replace("<Kravia VAT code>", "1").replaceAll("<[^>]+>", "1500");
    }
}
