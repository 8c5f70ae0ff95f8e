package com.kraviabridge.app.logging;

import java.util.Collection;

import com.kraviabridge.config.Secret;
import com.kraviabridge.core.port.SecretMask;

/**
 * Every secret value the bridge knows, so that the log layout can mask it wherever it turns up:
 * in a message, an argument, an exception text or a response body quoted by a library.
 * Static because logback instantiates the converter itself; filled once the settings are loaded.
 * Values shorter than {@link Secret#MIN_MASKED_LENGTH} are not masked (config check warns about them). A secret is
 * masked in the forms a reader decodes at a glance too (JSON escapes, percent-encoding, base64).
 */
public final class Secrets {

    public static final String MASK = Secret.MASK;

    private static volatile SecretMask mask = SecretMask.none();

    private Secrets() {
    }

    public static synchronized void register(Collection<String> secrets) {
        mask = mask.and(secrets);
    }

    /** {@code text} with every registered secret, plain or encoded, replaced by {@value #MASK}. */
    public static String redact(String text) {
        return mask.apply(text);
    }

    /** For tests, which share the JVM-wide registry. */
    public static synchronized void forgetAll() {
        mask = SecretMask.none();
    }
}
