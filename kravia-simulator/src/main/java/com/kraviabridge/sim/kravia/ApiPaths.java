package com.kraviabridge.sim.kravia;

import java.util.List;
import java.util.Locale;

/**
 * The version prefixes the API answers under ({@code v2} and {@code v2.0} are equivalent: docs/kravia-contract.md §1).
 */
final class ApiPaths {

    private static final List<String> PREFIXES = List.of("/api/v2/", "/api/v2.0/");

    private ApiPaths() {
    }

    /** The path after the version prefix without a trailing slash; null outside the API. */
    static String relative(String path) {
        for (String prefix : PREFIXES) {
            if (path.toLowerCase(Locale.ROOT).startsWith(prefix)) {
                String rest = path.substring(prefix.length());
                return rest.endsWith("/") ? rest.substring(0, rest.length() - 1) : rest;
            }
        }
        return null;
    }
}
