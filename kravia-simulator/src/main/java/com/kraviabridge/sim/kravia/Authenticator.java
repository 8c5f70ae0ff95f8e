package com.kraviabridge.sim.kravia;

/**
 * Reads {@code Authorization: <token>} (the documented form) and also {@code <scheme> <token>} such as
 * {@code Bearer <token>}, which the project's client may be configured to send (docs/kravia-contract.md §2). Anything
 * else is 401.
 */
final class Authenticator {

    private final Creditors creditors;

    Authenticator(Creditors creditors) {
        this.creditors = creditors;
    }

    Access authenticate(String header) {
        if (header == null || header.isBlank()) {
            throw ApiError.unauthorized();
        }
        String value = header.trim();
        String[] words = value.split("\\s+");
        String token = words.length == 1 ? value : words.length == 2 ? words[1] : null;
        if (token == null) {
            throw ApiError.unauthorized();
        }
        return creditors.accessFor(token).orElseThrow(ApiError::unauthorized);
    }
}
