package com.kraviabridge.sim.kravia;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the endpoint for a method and a path under the API prefix; 404 or 405 otherwise. */
final class Router {

    record Route(String method, Pattern pattern, boolean takesJson, Endpoint endpoint) {
    }

    record Match(Route route, List<String> pathValues) {
    }

    private final List<Route> routes = new ArrayList<>();

    /** {@code pattern} is a regular expression over the relative path; its groups become path values. */
    Router add(String method, String pattern, boolean takesJson, Endpoint endpoint) {
        routes.add(new Route(method, Pattern.compile(pattern, Pattern.CASE_INSENSITIVE), takesJson, endpoint));
        return this;
    }

    Match match(ApiRequest request) {
        if (request.relativePath() == null) {
            throw ApiError.notFound("No endpoint at " + request.path() + "; the API lives under /api/v2/.");
        }
        Set<String> allowed = new LinkedHashSet<>();
        for (Route route : routes) {
            Matcher m = route.pattern().matcher(request.relativePath());
            if (!m.matches()) {
                continue;
            }
            if (route.method().equals(request.method())) {
                List<String> values = new ArrayList<>();
                for (int g = 1; g <= m.groupCount(); g++) {
                    values.add(m.group(g));
                }
                return new Match(route, values);
            }
            allowed.add(route.method());
        }
        if (!allowed.isEmpty()) {
            throw ApiError.methodNotAllowed(request.method() + " is not allowed on " + request.path() + ".",
                    String.join(", ", allowed));
        }
        throw ApiError.notFound("No endpoint at " + request.path() + ".");
    }
}
