package com.kraviabridge.config;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the property file, applies {@code BRIDGE_*} environment overrides and {@code env:}/{@code file:}
 * references, and validates everything at once.
 *
 * <pre>{@code
 * LoadedConfig config = ConfigLoader.withSystemEnvironment().load(Path.of("config/bridge.properties"));
 * }</pre>
 */
public final class ConfigLoader {

    public static final Path DEFAULT_FILE = Path.of("config", "bridge.properties");

    private static final Logger LOG = LoggerFactory.getLogger(ConfigLoader.class);

    /** A bridge configuration is a few kilobytes; far more is the wrong file, or a device that never ends. */
    static final int MAX_FILE_BYTES = 1024 * 1024;

    private final Map<String, String> environment;
    private final SmallFiles files;

    /** @param environment stands in for {@link System#getenv()}, so tests need no real variables */
    public ConfigLoader(Map<String, String> environment) {
        this(environment, SmallFiles.DEFAULT_PATIENCE);
    }

    /** @param patience how long a pipe named as the file or in a {@code file:} reference may take to answer */
    ConfigLoader(Map<String, String> environment, Duration patience) {
        this.environment = Map.copyOf(environment);
        this.files = new SmallFiles(patience);
    }

    public static ConfigLoader withSystemEnvironment() {
        return new ConfigLoader(System.getenv());
    }

    /** @throws ConfigException listing every problem, when the configuration cannot be used */
    public LoadedConfig load(Path file) {
        String name = file.toString();
        Problems problems = new Problems(name);
        List<Setting> entries = PropertiesFile.parse(read(file), name, problems);
        SettingSources.Collected collected = SettingSources.collect(entries, environment, files, problems);
        SettingReader reader = new SettingReader(collected.settings(), collected.unresolved(), problems);
        BridgeConfig settings = new SettingsBinder(reader).bind();

        List<String> secrets = collected.settings().values().stream()
                .filter(s -> KeyCatalog.isSecret(s.key()) && !s.value().isEmpty())
                .map(Setting::value)
                .toList();
        if (problems.hasErrors()) {
            throw new ConfigException(problems.errors(secrets), problems.warnings(secrets));
        }
        LOG.debug("configuration read from {}: {} keys set", name, collected.settings().size());
        return new LoadedConfig(file, settings, problems.warnings(secrets), SettingsRenderer.render(reader), secrets);
    }

    private byte[] read(Path file) {
        try {
            return files.read(file, MAX_FILE_BYTES);
        } catch (SmallFiles.TooLarge e) {
            throw fileProblem(file, e.getMessage()
                    + "; a bridge configuration is a few kilobytes: is it the right file?");
        } catch (SmallFiles.Refused e) {
            throw fileProblem(file, e.getMessage());
        } catch (NoSuchFileException e) {
            throw fileProblem(file, "file not found; copy config/bridge.properties.example there and fill it in,"
                    + " or give another file with --config");
        } catch (IOException e) {
            throw fileProblem(file, "cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static ConfigException fileProblem(Path file, String message) {
        return new ConfigException(List.of(new ConfigProblem("", file.toString(), 0, message)), List.of());
    }
}
