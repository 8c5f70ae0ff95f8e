package com.kraviabridge.config;

/**
 * Where a value came from, so a problem can send the administrator to the right line.
 *
 * @param source a file path, {@code environment variable NAME} or {@code default}
 * @param line   1-based line, 0 when {@code source} is not a file
 * @param via    the {@code env:NAME} or {@code file:/path} reference the value was read through, or empty
 */
record Origin(String source, int line, String via) {

    static final Origin DEFAULT = new Origin("default", 0, "");

    static Origin file(String file, int line) {
        return new Origin(file, line, "");
    }

    static Origin environment(String variable) {
        return new Origin("environment variable " + variable, 0, "");
    }

    Origin through(String reference) {
        return new Origin(source, line, reference);
    }

    String describe() {
        String where = line > 0 ? source + ":" + line : source;
        return via.isEmpty() ? where : where + " via " + via;
    }
}
