package com.kraviabridge.sim.kravia;

/**
 * How tests name paths for faults and request filters: {@code "/api/v2/invoice/register"} matches the full
 * path, {@code "invoice/register"} the part after the API version prefix (so it covers /api/v2 and /api/v2.0).
 */
final class PathPrefix {

    private PathPrefix() {
    }

    static boolean matches(String prefix, String path, String relativePath) {
        if (prefix == null || prefix.isEmpty()) {
            return true;
        }
        if (prefix.startsWith("/")) {
            return path.startsWith(prefix);
        }
        return relativePath != null && relativePath.startsWith(prefix);
    }
}
