package com.kraviabridge.sim.kravia;

import java.util.Map;

/**
 * A request the simulator received and what it answered.
 *
 * @param path          the raw path, e.g. {@code /api/v2/invoice/register}
 * @param query         the raw query string or null
 * @param status        the status answered (also when the answer was held back or never sent)
 * @param fault         the injected fault, e.g. {@code "503"}, {@code "429"}, {@code "hold"}, {@code "drop"},
 *                      or null
 */
public record RecordedRequest(long sequence, String method, String path, String query, String authorization,
                              String body, int status, String responseBody, String fault) {

    /** A query parameter by name, ignoring case as the server does; null when absent. */
    public String queryParam(String name) {
        Map<String, String> params = QueryString.parse(query);
        return params.get(name);
    }

    /** True for {@code method} (any case; null for any) on a path named as described in {@link Faults}. */
    public boolean matches(String method, String pathPrefix) {
        return (method == null || method.equalsIgnoreCase(this.method))
                && PathPrefix.matches(pathPrefix, path, ApiPaths.relative(path));
    }
}
