package com.kraviabridge.config;

/** How the bridge talks to Odoo ({@code odoo.protocol}). */
public enum OdooProtocol implements ConfigChoice {
    /** Probe the server: JSON-2 on Odoo 19 and later, JSON-RPC before (XML-RPC if JSON-RPC is not served). */
    AUTO("auto"),
    /** Odoo's external JSON-2 API with an API key; Odoo 19 and later only. */
    JSON2("json2"),
    /** {@code /jsonrpc}; deprecated by Odoo 19, gone in later majors. */
    JSONRPC("jsonrpc"),
    /** {@code /xmlrpc/2}; deprecated by Odoo 19, gone in later majors. */
    XMLRPC("xmlrpc");

    private final String configValue;

    OdooProtocol(String configValue) {
        this.configValue = configValue;
    }

    @Override
    public String configValue() {
        return configValue;
    }
}
