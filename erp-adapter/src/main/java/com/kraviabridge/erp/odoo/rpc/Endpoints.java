package com.kraviabridge.erp.odoo.rpc;

import java.net.URI;

/** Builds endpoint URLs below the configured base URL, whether or not it ends with a slash. */
final class Endpoints {

    private Endpoints() {
    }

    static URI resolve(URI baseUrl, String path) {
        String base = baseUrl.toString();
        return URI.create(base.endsWith("/") ? base + path : base + "/" + path);
    }
}
