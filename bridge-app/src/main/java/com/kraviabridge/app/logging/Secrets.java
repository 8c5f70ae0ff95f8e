package com.kraviabridge.app.logging;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import com.kraviabridge.config.Secret;

/**
 * Every secret value the bridge knows, so that the log layout can mask it wherever it turns up:
 * in a message, an argument, an exception text or a response body quoted by a library.
 * Static because logback instantiates the converter itself; filled once the settings are loaded.
 * Values shorter than {@link Secret#MIN_MASKED_LENGTH} are not masked (config check warns about them).
 */
public final class Secrets {

    public static final String MASK = Secret.MASK;

    // longest first, so a secret that contains another is masked whole
    private static volatile List<String> values = List.of();

    private Secrets() {
    }

    public static synchronized void register(Collection<String> secrets) {
        values = Stream.concat(values.stream(), secrets.stream())
                .filter(s -> s != null && s.length() >= Secret.MIN_MASKED_LENGTH)
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
    }

    /** {@code text} with every registered secret replaced by {@value #MASK}. */
    public static String redact(String text) {
        if (text == null) {
            return null;
        }
        String result = text;
        for (String secret : values) {
            if (result.contains(secret)) {
                result = result.replace(secret, MASK);
            }
        }
        return result;
    }

    /** For tests, which share the JVM-wide registry. */
    public static synchronized void forgetAll() {
        values = List.of();
    }
}
