package com.kraviabridge.config;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Typed reads that report a problem and hand back a harmless stand-in instead of failing, so the
 * whole file is checked in one pass. Values of secret keys are never quoted in a problem.
 */
final class SettingReader {

    private final Map<String, Setting> settings;
    private final Set<String> unresolved;
    private final Problems problems;

    SettingReader(Map<String, Setting> settings, Set<String> unresolved, Problems problems) {
        this.settings = settings;
        this.unresolved = unresolved;
        this.problems = problems;
    }

    Problems problems() {
        return problems;
    }

    Setting setting(String key) {
        Setting given = settings.get(key);
        if (given != null) {
            return given;
        }
        String fallback = KeyCatalog.find(key).map(ConfigKey::defaultValue).orElse("");
        return new Setting(key, fallback, Origin.DEFAULT);
    }

    /** Concrete keys given for a template, e.g. creditor.1.id, creditor.2.id, in numeric order. */
    List<String> instancesOf(String template) {
        ConfigKey key = KeyCatalog.get(template);
        return Stream.concat(settings.keySet().stream(), unresolved.stream())
                .filter(k -> key.placeholderIn(k).isPresent())
                .distinct()
                .sorted(Comparator.comparing((String k) -> numericOrder(key.placeholderIn(k).orElseThrow()))
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    String text(String key) {
        return setting(key).value();
    }

    boolean isGiven(String key) {
        return settings.containsKey(key) || unresolved.contains(key);
    }

    String required(String key, String hint) {
        String value = text(key);
        if (value.isEmpty() && !unresolved.contains(key)) {
            if (settings.containsKey(key)) {
                problems.error(key, setting(key).origin(), "is empty, but it is required: " + hint);
            } else {
                problems.missing(key, "is required: " + hint);
            }
        }
        return value;
    }

    Secret secret(String key, boolean required, String hint) {
        Secret secret = Secret.of(required ? required(key, hint) : text(key));
        if (!secret.isEmpty() && secret.reveal().length() < Secret.MIN_MASKED_LENGTH) {
            warning(key, "is shorter than " + Secret.MIN_MASKED_LENGTH + " characters: too short to be masked in"
                    + " logs, and easy to guess");
        }
        return secret;
    }

    int integer(String key, int min, int max) {
        return (int) whole(key, min, max);
    }

    long whole(String key, long min, long max) {
        long fallback = wholeDefault(key, min);
        if (unresolved.contains(key)) {
            return fallback;
        }
        String value = text(key);
        try {
            long number = Long.parseLong(value);
            if (number < min || number > max) {
                error(key, "must be between " + min + " and " + max + ", not " + number);
                return fallback;
            }
            return number;
        } catch (NumberFormatException e) {
            error(key, "must be a whole number between " + min + " and " + max + ", not " + quoted(key));
            return fallback;
        }
    }

    /** The documented default stands in for a bad value, so no follow-up warning is raised about the stand-in. */
    private static long wholeDefault(String key, long min) {
        try {
            return Long.parseLong(KeyCatalog.find(key).map(ConfigKey::defaultValue).orElse(""));
        } catch (NumberFormatException e) {
            return min;
        }
    }

    /** A database id as Odoo and Kravia hand them out: a positive whole number. */
    OptionalLong optionalId(String key, String what) {
        String value = text(key);
        if (value.isEmpty() || unresolved.contains(key)) {
            return OptionalLong.empty();
        }
        try {
            long id = Long.parseLong(value);
            if (id > 0) {
                return OptionalLong.of(id);
            }
        } catch (NumberFormatException e) {
            // reported below, with the value
        }
        error(key, "must be " + what + ", a positive whole number such as 12345, not " + quoted(key));
        return OptionalLong.empty();
    }

    BigDecimal decimal(String key, BigDecimal min, BigDecimal max) {
        if (unresolved.contains(key)) {
            return min;
        }
        try {
            BigDecimal number = new BigDecimal(text(key));
            if (number.compareTo(min) < 0 || number.compareTo(max) > 0) {
                error(key, "must be between " + min.toPlainString() + " and " + max.toPlainString()
                        + ", not " + number.toPlainString());
                return min;
            }
            return number;
        } catch (NumberFormatException e) {
            error(key, "must be a number such as 100 or 99.50 (a dot, no thousands separator), not " + quoted(key));
            return min;
        }
    }

    <E extends Enum<E> & ConfigChoice> E choice(String key, Class<E> type) {
        E[] choices = type.getEnumConstants();
        String value = text(key).toLowerCase(Locale.ROOT);
        Optional<E> chosen = Arrays.stream(choices).filter(c -> c.configValue().equals(value)).findFirst();
        if (chosen.isPresent() || unresolved.contains(key)) {
            return chosen.orElse(choices[0]);
        }
        List<String> names = Arrays.stream(choices).map(ConfigChoice::configValue).toList();
        String hint = Suggestions.closest(value, names).map(s -> "; did you mean " + s + "?").orElse("");
        error(key, "must be one of " + String.join(", ", names) + ", not " + quoted(key) + hint);
        return choices[0];
    }

    /** Comma-separated, blanks dropped. */
    List<String> list(String key) {
        return Arrays.stream(text(key).split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toList());
    }

    /**
     * An http(s) URL without credentials, query or fragment, and without the trailing slash.
     *
     * @param hostOnly refuse a path too, for base URLs the client extends itself
     */
    URI httpUrl(String key, boolean hostOnly, String example) {
        String value = text(key);
        URI fallback = URI.create(example);
        if (value.isEmpty() || unresolved.contains(key)) {
            return fallback;
        }
        try {
            URI uri = new URI(value);
            Optional<String> fault = UrlRules.fault(uri, hostOnly, example);
            if (fault.isPresent()) {
                error(key, fault.get());
                return fallback;
            }
            String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
            return new URI(uri.getScheme().toLowerCase(Locale.ROOT), uri.getRawAuthority(), path, null, null);
        } catch (URISyntaxException e) {
            String shown = value.contains("@") ? "(not quoted: it may hold a password)" : quoted(key);
            error(key, "is not a valid URL (" + e.getReason() + "): " + shown + "; write it like " + example);
            return fallback;
        }
    }

    /** Where the key's value came from, e.g. {@code /etc/bridge/bridge.properties:12}. */
    String where(String key) {
        return setting(key).origin().describe();
    }

    void error(String key, String message) {
        problems.error(key, setting(key).origin(), message);
    }

    void warning(String key, String message) {
        problems.warning(key, setting(key).origin(), message);
    }

    /** The value in quotes for a message, or a mask for a secret key. */
    String quoted(String key) {
        return KeyCatalog.isSecret(key) ? Secret.MASK : "'" + text(key) + "'";
    }

    private static String numericOrder(String placeholder) {
        // zero-padded so that creditor.10 sorts after creditor.9
        return placeholder.chars().allMatch(Character::isDigit)
                ? "0".repeat(Math.max(0, 20 - placeholder.length())) + placeholder
                : "~" + placeholder;
    }
}
