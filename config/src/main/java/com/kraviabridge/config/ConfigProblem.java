package com.kraviabridge.config;

/**
 * One thing wrong (or worth a warning) in the configuration, pointing at where the administrator
 * has to look.
 *
 * @param key     the property key, e.g. {@code odoo.url}
 * @param source  the file path, or {@code environment variable BRIDGE_ODOO_URL}
 * @param line    1-based line in {@code source}; 0 when there is no line (missing key, environment)
 * @param message what is wrong; never contains a secret value
 */
public record ConfigProblem(String key, String source, int line, String message) {

    /** {@code file:line key: message}, or {@code source: key: message} when there is no line. */
    @Override
    public String toString() {
        String where = line > 0 ? source + ":" + line : source;
        return key.isEmpty() ? where + ": " + message : where + (line > 0 ? " " : ": ") + key + ": " + message;
    }
}
