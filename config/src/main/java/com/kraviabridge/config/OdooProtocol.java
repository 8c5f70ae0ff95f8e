package com.kraviabridge.config;

/** How the bridge talks to Odoo ({@code odoo.protocol}). */
public enum OdooProtocol implements ConfigChoice {
    JSONRPC("jsonrpc"),
    XMLRPC("xmlrpc"),
    /** Probe the server and pick what it offers. */
    AUTO("auto");

    private final String configValue;

    OdooProtocol(String configValue) {
        this.configValue = configValue;
    }

    @Override
    public String configValue() {
        return configValue;
    }
}
