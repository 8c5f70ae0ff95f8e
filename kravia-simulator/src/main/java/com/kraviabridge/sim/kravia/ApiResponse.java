package com.kraviabridge.sim.kravia;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import java.util.Map;

/** A status, optional headers and an optional JSON body. */
record ApiResponse(int status, Map<String, String> headers, String body) {

    ApiResponse {
        headers = Map.copyOf(headers);
    }

    static ApiResponse json(int status, JsonNode body) {
        return new ApiResponse(status, Map.of(), Json.write(body));
    }

    static ApiResponse ok(JsonNode body) {
        return json(200, body);
    }

    /** The error body (docs/kravia-contract.md §4); {@code errors} only when fields were at fault. */
    static ApiResponse error(int status, String message, Map<String, List<String>> errors, Map<String, String> headers) {
        ObjectNode body = Json.object();
        body.put("message", message);
        if (errors != null && !errors.isEmpty()) {
            ObjectNode byField = body.putObject("errors");
            errors.forEach((field, messages) -> {
                ArrayNode list = byField.putArray(field);
                messages.forEach(list::add);
            });
        }
        return new ApiResponse(status, headers, Json.write(body));
    }

    static ApiResponse of(ApiError error) {
        return error(error.status(), error.getMessage(), error.errors(), error.headers());
    }
}
