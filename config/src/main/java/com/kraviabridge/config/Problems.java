package com.kraviabridge.config;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Collects every problem instead of stopping at the first, so one run of config check shows them all. */
final class Problems {

    private final String file;
    private final List<ConfigProblem> errors = new ArrayList<>();
    private final List<ConfigProblem> warnings = new ArrayList<>();

    Problems(String file) {
        this.file = file;
    }

    void error(String key, Origin origin, String message) {
        errors.add(new ConfigProblem(key, origin.source(), origin.line(), message));
    }

    void warning(String key, Origin origin, String message) {
        warnings.add(new ConfigProblem(key, origin.source(), origin.line(), message));
    }

    /** A key that is in neither the file nor the environment; the file is where it belongs. */
    void missing(String key, String message) {
        errors.add(new ConfigProblem(key, file, 0, message));
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    List<ConfigProblem> errors(Collection<String> secrets) {
        return inFileOrder(errors, secrets);
    }

    List<ConfigProblem> warnings(Collection<String> secrets) {
        return inFileOrder(warnings, secrets);
    }

    /**
     * Control characters written out as escapes: a key or a variable name can hold one too, and printed raw it
     * would forge a line of output.
     */
    private static String visible(String text) {
        if (text.chars().noneMatch(Character::isISOControl)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        text.chars().forEach(c -> out.append(switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> Character.isISOControl(c) ? String.format("\\u%04x", c) : String.valueOf((char) c);
        }));
        return out.toString();
    }

    /** Lines first, top to bottom, as an editor shows them; then what has no line. */
    private static List<ConfigProblem> inFileOrder(List<ConfigProblem> problems, Collection<String> secrets) {
        return problems.stream()
                .sorted(Comparator.comparingInt(p -> p.line() > 0 ? p.line() : Integer.MAX_VALUE))
                .map(p -> new ConfigProblem(visible(p.key()), visible(p.source()), p.line(),
                        visible(Redaction.scrub(p.message(), secrets))))
                .toList();
    }
}
