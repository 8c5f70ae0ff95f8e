package com.kraviabridge.core.port;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Masks our secrets in text that came from the other side, before it is stored or shown. A server may echo a
 * secret encoded (a JSON escape such as backslash-u0074 for "t", percent-encoding, base64), which a reader decodes; so
 * a secret is found in the text as decoded, also when only some of its characters are encoded, and the whole
 * encoded stretch is masked. Base64 is found by the secret's own encodings at each of the three byte alignments.
 */
public final class SecretMask {

    public static final String MASK = "****";
    /** Shorter values are not masked: masking every "ab" would mangle the text and give the value away. */
    public static final int MIN_LENGTH = 4;
    /** A base64 fragment shorter than this would match unrelated text. */
    private static final int MIN_BASE64 = 8;

    private static final SecretMask NONE = new SecretMask(List.of(), List.of());

    private final List<String> secrets;
    private final List<String> base64Forms;

    private SecretMask(List<String> secrets, List<String> base64Forms) {
        this.secrets = secrets;
        this.base64Forms = base64Forms;
    }

    public static SecretMask none() {
        return NONE;
    }

    public static SecretMask of(Collection<String> values) {
        // longest first, so a secret that contains another is masked whole
        List<String> secrets = values.stream().filter(s -> s != null && s.length() >= MIN_LENGTH).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        Set<String> base64 = new LinkedHashSet<>();
        for (String secret : secrets) {
            byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
            for (int offset = 0; offset < 3; offset++) {
                int whole = (bytes.length - offset) / 3 * 3;
                if (whole <= 0) {
                    continue;
                }
                byte[] aligned = Arrays.copyOfRange(bytes, offset, offset + whole);
                base64.add(Base64.getEncoder().withoutPadding().encodeToString(aligned));
                base64.add(Base64.getUrlEncoder().withoutPadding().encodeToString(aligned));
            }
        }
        base64.removeIf(form -> form.length() < MIN_BASE64);
        return new SecretMask(secrets, base64.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .toList());
    }

    /** This mask and {@code other}'s secrets together. */
    public SecretMask and(Collection<String> others) {
        List<String> all = new ArrayList<>(secrets);
        all.addAll(others);
        return of(all);
    }

    /** {@code text} with every secret, plain or encoded, replaced by {@value #MASK}. */
    public String apply(String text) {
        if (text == null || secrets.isEmpty()) {
            return text;
        }
        String result = maskDecoded(text);
        for (String form : base64Forms) {
            if (result.contains(form)) {
                result = result.replace(form, MASK);
            }
        }
        return result;
    }

    /** The failure with its message and field errors masked; what it means and its cause kept. */
    public RemoteFailure apply(RemoteFailure failure) {
        if (secrets.isEmpty()) {
            return failure;
        }
        Map<String, List<String>> fieldErrors = new LinkedHashMap<>();
        failure.fieldErrors().forEach((field, errors) ->
                fieldErrors.put(apply(field), errors.stream().map(this::apply).toList()));
        return failure.reworded(apply(failure.getMessage()), fieldErrors);
    }

    private String maskDecoded(String text) {
        Decoded decoded = Decoded.of(text);
        boolean[] masked = new boolean[text.length()];
        boolean any = false;
        for (String secret : secrets) {
            for (int at = decoded.text.indexOf(secret); at >= 0; at = decoded.text.indexOf(secret, at + 1)) {
                Arrays.fill(masked, decoded.start[at], decoded.end[at + secret.length() - 1], true);
                any = true;
            }
        }
        if (!any) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            if (!masked[i]) {
                out.append(text.charAt(i));
            } else if (i == 0 || !masked[i - 1]) {
                out.append(MASK);
            }
        }
        return out.toString();
    }

    /** The text with JSON escapes and percent-encoded ASCII decoded, each character knowing its original span. */
    private record Decoded(String text, int[] start, int[] end) {

        static Decoded of(String original) {
            int n = original.length();
            StringBuilder text = new StringBuilder(n);
            int[] start = new int[n];
            int[] end = new int[n];
            int i = 0;
            while (i < n) {
                char c = original.charAt(i);
                int width = 1;
                if (c == '\\' && i + 5 < n && original.charAt(i + 1) == 'u' && hex(original, i + 2, 4) >= 0) {
                    c = (char) hex(original, i + 2, 4);
                    width = 6;
                } else if (c == '\\' && i + 1 < n && "\\/\"".indexOf(original.charAt(i + 1)) >= 0) {
                    c = original.charAt(i + 1);
                    width = 2;
                } else if (c == '%' && i + 2 < n && hex(original, i + 1, 2) >= 0 && hex(original, i + 1, 2) < 0x80) {
                    c = (char) hex(original, i + 1, 2);
                    width = 3;
                }
                start[text.length()] = i;
                end[text.length()] = i + width;
                text.append(c);
                i += width;
            }
            return new Decoded(text.toString(), start, end);
        }

        private static int hex(String s, int from, int digits) {
            if (from + digits > s.length()) {
                return -1;
            }
            int value = 0;
            for (int i = from; i < from + digits; i++) {
                int digit = Character.digit(s.charAt(i), 16);
                if (digit < 0) {
                    return -1;
                }
                value = value * 16 + digit;
            }
            return value;
        }
    }
}
