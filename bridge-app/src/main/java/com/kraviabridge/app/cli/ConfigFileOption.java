package com.kraviabridge.app.cli;

import java.nio.file.Path;
import java.util.Map;

import com.kraviabridge.app.logging.LogLines;
import com.kraviabridge.app.logging.Secrets;
import com.kraviabridge.config.ConfigLoader;
import com.kraviabridge.config.LoadedConfig;

import picocli.CommandLine.Option;

/** {@code --config FILE}, shared by every command that needs the settings: {@code @Mixin ConfigFileOption config;}. */
public final class ConfigFileOption {

    @Option(names = "--config", paramLabel = "FILE", defaultValue = "config/bridge.properties",
            description = {"Property file to read. Default: ${DEFAULT-VALUE}",
                    "BRIDGE_* environment variables override it."})
    Path file;

    public Path file() {
        return file;
    }

    /**
     * Loads and validates the file and registers its secrets with the log redactor before anything
     * can log them.
     *
     * @throws com.kraviabridge.config.ConfigException handled by {@link FailureHandler}: problems printed, exit 2
     */
    public LoadedConfig load(Map<String, String> environment) {
        LoadedConfig config = new ConfigLoader(environment).load(file);
        Secrets.register(config.secretValues());
        LogLines.use(config.settings().logFormat());
        return config;
    }
}
