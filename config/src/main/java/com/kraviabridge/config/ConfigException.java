package com.kraviabridge.config;

import java.util.List;
import java.util.stream.Collectors;

/** The configuration cannot be used. Carries every problem found, not only the first. */
public final class ConfigException extends RuntimeException {

    private final transient List<ConfigProblem> problems;
    private final transient List<ConfigProblem> warnings;

    public ConfigException(List<ConfigProblem> problems, List<ConfigProblem> warnings) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
        this.warnings = List.copyOf(warnings);
    }

    public List<ConfigProblem> problems() {
        return problems;
    }

    /** Warnings found on the way; worth showing next to the problems. */
    public List<ConfigProblem> warnings() {
        return warnings;
    }

    private static String describe(List<ConfigProblem> problems) {
        String header = problems.size() == 1
                ? "The configuration has 1 problem:"
                : "The configuration has " + problems.size() + " problems:";
        return problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n", header + "\n", ""));
    }
}
