package com.kraviabridge.config;

import java.util.Collection;
import java.util.Comparator;

/**
 * Last line of defence: messages never quote secret keys' values, but a secret pasted into the
 * wrong key (a token in {@code odoo.url}) would be quoted, so every message is scrubbed too.
 */
final class Redaction {

    private Redaction() {
    }

    static String scrub(String text, Collection<String> secrets) {
        String result = text;
        // longest first, so a secret that contains another is masked whole
        for (String secret : secrets.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
            if (secret.length() >= Secret.MIN_MASKED_LENGTH) {
                result = result.replace(secret, Secret.MASK);
            }
        }
        return result;
    }
}
