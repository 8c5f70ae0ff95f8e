package com.kraviabridge.config;

import java.net.URI;
import java.util.Optional;

/** What makes a configured base URL unusable, worded for the administrator. */
final class UrlRules {

    private UrlRules() {
    }

    static Optional<String> fault(URI uri, boolean hostOnly, String example) {
        String scheme = uri.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
            return Optional.of("must start with https:// (or http://), e.g. " + example);
        }
        if (uri.getRawUserInfo() != null) {
            // never quote this URL: the user-info part is very likely a password
            return Optional.of("must not contain a user name or password; those go in their own keys");
        }
        if (uri.getHost() == null) {
            return Optional.of("has no valid host name: '" + uri + "'; write it like " + example);
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            return Optional.of("must not have a ?query or #fragment: '" + uri + "'");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (hostOnly && !path.isEmpty() && !path.equals("/")) {
            return Optional.of("must be the scheme and host only, e.g. " + example
                    + "; remove '" + path + "', the bridge appends /api/v2/… itself");
        }
        return Optional.empty();
    }
}
