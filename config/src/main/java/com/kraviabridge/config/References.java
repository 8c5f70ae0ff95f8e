package com.kraviabridge.config;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * {@code env:NAME} and {@code file:/path} values, so that secrets can stay out of the property file
 * (systemd credentials, Docker secrets, a vault agent writing a file). Relative paths are relative
 * to the working directory, like every other path the bridge is given.
 */
final class References {

    static final String ENV = "env:";
    static final String FILE = "file:";
    /** A password, token or key is a line; a chain of PEM certificates a few kilobytes. */
    static final int MAX_FILE_BYTES = 64 * 1024;

    private References() {
    }

    /** The setting with its reference replaced by what it points at; empty when that cannot be read. */
    static Optional<Setting> resolve(Setting setting, Map<String, String> environment, SmallFiles files,
                                     Problems problems) {
        String value = setting.value();
        if (value.startsWith(ENV)) {
            return fromEnvironment(setting, value.substring(ENV.length()).strip(), environment, problems);
        }
        if (value.startsWith(FILE)) {
            return fromFile(setting, value.substring(FILE.length()).strip(), files, problems);
        }
        return Optional.of(setting);
    }

    private static Optional<Setting> fromEnvironment(Setting setting, String name, Map<String, String> environment,
                                                     Problems problems) {
        if (name.isEmpty()) {
            problems.error(setting.key(), setting.origin(), "env: needs the name of an environment variable, e.g. env:ODOO_PASSWORD");
            return Optional.empty();
        }
        String value = environment.get(name);
        if (value == null) {
            problems.error(setting.key(), setting.origin(), "refers to environment variable " + name + ", which is not set");
            return Optional.empty();
        }
        return Optional.of(setting.withValue(value.strip(), setting.origin().through(ENV + name)));
    }

    private static Optional<Setting> fromFile(Setting setting, String name, SmallFiles files, Problems problems) {
        if (name.isEmpty()) {
            problems.error(setting.key(), setting.origin(), "file: needs a path, e.g. file:/run/secrets/odoo-password");
            return Optional.empty();
        }
        try {
            String value = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(files.read(Path.of(name), MAX_FILE_BYTES)))
                    .toString().strip();
            return Optional.of(setting.withValue(value, setting.origin().through(FILE + name)));
        } catch (NoSuchFileException e) {
            problems.error(setting.key(), setting.origin(), "refers to file " + name + ", which does not exist");
        } catch (AccessDeniedException e) {
            problems.error(setting.key(), setting.origin(), "refers to file " + name + ", which the bridge may not read");
        } catch (SmallFiles.TooLarge e) {
            problems.error(setting.key(), setting.origin(), "refers to file " + name + ", which " + e.getMessage()
                    + "; no setting is that long: is it the right file?");
        } catch (SmallFiles.Refused e) {
            problems.error(setting.key(), setting.origin(), "refers to file " + name + ", which " + e.getMessage());
        } catch (CharacterCodingException e) {
            problems.error(setting.key(), setting.origin(), "refers to file " + name + ", which is not UTF-8 text");
        } catch (IOException | InvalidPathException e) {
            problems.error(setting.key(), setting.origin(), "refers to file " + name + ", which cannot be read ("
                    + e.getClass().getSimpleName() + ")");
        }
        return Optional.empty();
    }
}
