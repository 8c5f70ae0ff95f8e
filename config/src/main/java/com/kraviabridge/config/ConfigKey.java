package com.kraviabridge.config;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A key of the user-facing contract. A templated key such as {@code creditor.<odoo company id>.id}
 * has placeholder segments (one, or two for a company's own value of a templated key), filled in by the
 * administrator.
 */
record ConfigKey(String name, String defaultValue, boolean secret) {

    static final String ENV_PREFIX = "BRIDGE_";

    static ConfigKey plain(String name, String defaultValue) {
        return new ConfigKey(name, defaultValue, false);
    }

    static ConfigKey secret(String name) {
        return new ConfigKey(name, "", true);
    }

    boolean templated() {
        return name.contains("<");
    }

    /** The (first) placeholder's value when {@code key} is an instance of this template. */
    Optional<String> placeholderIn(String key) {
        return placeholdersIn(key).map(values -> values.get(0));
    }

    /** Every placeholder's value, in order, when {@code key} is an instance of this template. */
    Optional<java.util.List<String>> placeholdersIn(String key) {
        if (!templated()) {
            return Optional.empty();
        }
        Matcher m = keyPattern().matcher(key);
        if (!m.matches()) {
            return Optional.empty();
        }
        java.util.List<String> values = new java.util.ArrayList<>();
        for (int i = 1; i <= m.groupCount(); i++) {
            values.add(m.group(i));
        }
        return Optional.of(values);
    }

    /** The key that {@code variable} overrides, when it is an instance of this (template) key. */
    Optional<String> keyForEnvironmentVariable(String variable) {
        if (!templated()) {
            return variable.equals(environmentVariable(name)) ? Optional.of(name) : Optional.empty();
        }
        if (name.indexOf('<') != name.lastIndexOf('<')) {
            return Optional.empty(); // with two placeholders, underscores cannot say where one ends: file only
        }
        Pattern envPattern = Pattern.compile(
                Pattern.quote(environmentVariable(prefix())) + "([^_]+)" + Pattern.quote(environmentVariable(suffix()).substring(ENV_PREFIX.length())));
        return match(envPattern, variable).map(placeholder -> prefix() + placeholder.toLowerCase(Locale.ROOT) + suffix());
    }

    /** {@code odoo.page-size} → {@code BRIDGE_ODOO_PAGE_SIZE}. */
    static String environmentVariable(String key) {
        return ENV_PREFIX + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /** This key with its placeholder, if any, filled in the way {@code like} fills it; else the name. */
    String instanceLike(String like, char separator) {
        String template = separator == '.' ? name : environmentTemplate();
        String[] parts = template.split(Pattern.quote(String.valueOf(separator)), -1);
        String[] given = like.split(Pattern.quote(String.valueOf(separator)), -1);
        if (!templated() || parts.length != given.length) {
            return template;
        }
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].startsWith("<")) {
                parts[i] = given[i];
            }
        }
        return String.join(String.valueOf(separator), parts);
    }

    private String environmentTemplate() {
        if (!templated()) {
            return environmentVariable(name);
        }
        String placeholder = name.substring(prefix().length(), name.length() - suffix().length()).replace(' ', '-');
        return environmentVariable(prefix()) + placeholder + environmentVariable(suffix()).substring(ENV_PREFIX.length());
    }

    private Pattern keyPattern() {
        StringBuilder pattern = new StringBuilder();
        for (String literal : name.split("<[^>]+>", -1)) {
            if (!pattern.isEmpty()) {
                pattern.append("([^.]+)");
            }
            pattern.append(Pattern.quote(literal));
        }
        return Pattern.compile(pattern.toString());
    }

    private String prefix() {
        return templated() ? name.substring(0, name.indexOf('<')) : name;
    }

    private String suffix() {
        return templated() ? name.substring(name.indexOf('>') + 1) : "";
    }

    private static Optional<String> match(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
