package com.kraviabridge.kravia;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One request to Kravia, described before it is sent.
 *
 * @param creditorId the creditor it acts for, named in failures (401/403 in particular)
 * @param repeatable true when sending it twice has the same effect as once (GET, PATCH bookkeep, PUT webhook);
 *                   a call that is not repeatable is never re-sent after its request may have reached Kravia
 */
record KraviaCall(String method, String path, Map<String, String> query, JsonNode body, boolean repeatable,
                  long creditorId) {

    KraviaCall {
        query = query == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(query));
    }

    static KraviaCall get(long creditorId, String path, Map<String, String> query) {
        return new KraviaCall("GET", path, query, null, true, creditorId);
    }

    /** A POST that creates something: not repeatable, its unknown outcome must be looked up. */
    static KraviaCall create(long creditorId, String path, JsonNode body) {
        return new KraviaCall("POST", path, Map.of(), body, false, creditorId);
    }

    static KraviaCall patch(long creditorId, String path, Map<String, String> query) {
        return new KraviaCall("PATCH", path, query, null, true, creditorId);
    }

    static KraviaCall put(long creditorId, String path, JsonNode body) {
        return new KraviaCall("PUT", path, Map.of(), body, true, creditorId);
    }

    /**
     * What the call asks, without identifiers, for counting calls by kind: {@code GET invoice/{id}/details}.
     * Every path of the API with three segments has an identifier in the middle one.
     */
    String operation() {
        String[] segments = path.split("/");
        String shape = segments.length == 3 ? segments[0] + "/{id}/" + segments[2] : path;
        return method + " " + shape;
    }

    /** How the call is named in messages: method and path, never the query (it may carry references). */
    String describe() {
        return method + " " + path;
    }
}
