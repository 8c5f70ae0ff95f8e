package com.kraviabridge.erp.odoo;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server's version as {@code common.version()} reports it. {@code server_version_info[0]} is the major
 * ({@code 17}, or {@code "saas~17"} on Odoo Online); {@code server_version} (e.g. {@code "17.0+e"}) is the
 * fallback.
 */
public record ServerVersion(int major, String text) {

    private static final Pattern LEADING_NUMBER = Pattern.compile("(\\d+)");

    static ServerVersion of(Map<String, Object> version) {
        String text = String.valueOf(version.getOrDefault("server_version", ""));
        Object info = version.get("server_version_info");
        Integer major = null;
        if (info instanceof List<?> parts && !parts.isEmpty()) {
            major = numberIn(parts.get(0));
        }
        if (major == null) {
            major = numberIn(text);
        }
        if (major == null) {
            throw new IllegalStateException("the server did not tell its Odoo version (version() answered " + version + ")");
        }
        return new ServerVersion(major, text);
    }

    private static Integer numberIn(Object value) {
        if (value instanceof Number n) {
            return n.intValue();
        }
        if (value instanceof String s) {
            Matcher m = LEADING_NUMBER.matcher(s);
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
        }
        return null;
    }
}
