package com.kraviabridge.app.daemon;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which route serves which path: a path served exactly ({@code /health} is not {@code /healthz}), or every path
 * under a prefix (the webhooks, one path per creditor). Adding an endpoint is one more line where the routes are
 * listed.
 */
final class Routes {

    private final Map<String, Route> exact = new LinkedHashMap<>();
    private final Map<String, Route> under = new LinkedHashMap<>();

    Routes exact(String path, Route route) {
        exact.put(path, route);
        return this;
    }

    /** Every path that starts with {@code prefix}, which ends with a slash, so a route owns a whole folder. */
    Routes under(String prefix, Route route) {
        if (!prefix.endsWith("/")) {
            throw new IllegalArgumentException("a route prefix ends with /: " + prefix);
        }
        under.put(prefix, route);
        return this;
    }

    Optional<Route> find(String path) {
        Route route = exact.get(path);
        if (route != null) {
            return Optional.of(route);
        }
        return under.entrySet().stream().filter(entry -> path.startsWith(entry.getKey()))
                .map(Map.Entry::getValue).findFirst();
    }
}
