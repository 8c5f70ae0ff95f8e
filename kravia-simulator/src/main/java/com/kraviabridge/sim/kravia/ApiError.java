package com.kraviabridge.sim.kravia;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A refusal with its HTTP status, answered with the error body of docs/kravia-contract.md §4,
 * {@code {"message": "...", "errors": {"field": ["..."]}}}.
 */
final class ApiError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient Map<String, List<String>> errors;
    private final transient Map<String, String> headers;

    private ApiError(int status, String message, Map<String, List<String>> errors, Map<String, String> headers) {
        super(message, null, false, false);
        this.status = status;
        this.errors = errors == null ? Map.of() : new LinkedHashMap<>(errors);
        this.headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    static ApiError validation(Map<String, List<String>> errors) {
        return new ApiError(400, "One or more validation errors occurred.", errors, null);
    }

    static ApiError malformed(String message) {
        return new ApiError(400, message, null, null);
    }

    static ApiError unauthorized() {
        return new ApiError(401, "Missing or unknown token in the Authorization header.", null, null);
    }

    static ApiError forbidden(String message) {
        return new ApiError(403, message, null, null);
    }

    static ApiError notFound(String message) {
        return new ApiError(404, message, null, null);
    }

    static ApiError methodNotAllowed(String message, String allow) {
        return new ApiError(405, message, null, Map.of("Allow", allow));
    }

    static ApiError conflict(String message) {
        return new ApiError(409, message, null, null);
    }

    static ApiError unsupportedMediaType() {
        return new ApiError(415, "Send the body as JSON with Content-Type: application/json.", null, null);
    }

    int status() {
        return status;
    }

    Map<String, List<String>> errors() {
        return errors;
    }

    Map<String, String> headers() {
        return headers;
    }
}
