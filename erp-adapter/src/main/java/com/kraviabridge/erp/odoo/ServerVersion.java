package com.kraviabridge.erp.odoo;

import com.kraviabridge.erp.odoo.rpc.Transports;

import java.util.Map;

/**
 * The server's version as {@code common.version()} reports it. {@code server_version_info[0]} is the major
 * ({@code 17}, or {@code "saas~17"} on Odoo Online); {@code server_version} (e.g. {@code "17.0+e"}) is the
 * fallback.
 */
record ServerVersion(int major, String text) {

    static ServerVersion of(Map<String, Object> version) {
        String text = String.valueOf(version.getOrDefault("server_version", ""));
        int major = Transports.majorOf(version);
        if (major <= 0) {
            throw new IllegalStateException("the server did not tell its Odoo version (version() answered " + version + ")");
        }
        return new ServerVersion(major, text);
    }
}
