package com.kraviabridge.core.domain;

/**
 * Lengths as a database counts them: in characters (code points), so a name full of emoji is not counted twice.
 */
public final class BoundedText {

    private static final String ELLIPSIS = "…";

    private BoundedText() {
    }

    /** The number of characters of {@code text}; 0 for null. */
    public static int length(String text) {
        return text == null ? 0 : text.codePointCount(0, text.length());
    }

    /** {@code text} itself when it has at most {@code max} characters, else its start and an ellipsis, {@code max} in all. */
    public static String shortened(String text, int max) {
        if (text == null || length(text) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max - 1)) + ELLIPSIS;
    }
}
