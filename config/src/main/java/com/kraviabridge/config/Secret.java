package com.kraviabridge.config;

/**
 * A password, token or signing key. Its {@link #toString()} is masked so that printing a settings
 * record, or logging it by mistake, cannot reveal it; only {@link #reveal()} gives the value.
 */
public final class Secret {

    public static final String MASK = "****";

    /**
     * Shorter values are not masked in text: masking every "ab" in a log would mangle it and give
     * the secret away by the pattern of masks. Config check warns about such secrets instead.
     */
    public static final int MIN_MASKED_LENGTH = 4;
    private static final Secret EMPTY = new Secret("");

    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    public static Secret of(String value) {
        return value == null || value.isEmpty() ? EMPTY : new Secret(value);
    }

    public static Secret empty() {
        return EMPTY;
    }

    /** The value itself; hand it only to the client that sends it, never to a log or a message. */
    public String reveal() {
        return value;
    }

    public boolean isEmpty() {
        return value.isEmpty();
    }

    @Override
    public String toString() {
        return isEmpty() ? "(not set)" : MASK;
    }
}
