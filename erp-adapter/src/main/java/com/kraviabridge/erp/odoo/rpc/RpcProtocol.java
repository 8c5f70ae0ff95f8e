package com.kraviabridge.erp.odoo.rpc;

import java.util.Locale;

/** How the bridge talks to Odoo ({@code odoo.protocol}). */
public enum RpcProtocol {
    /**
     * The default: JSON-2 when the server offers it (Odoo 19 and later, where the other two are deprecated and
     * log a warning for every call), else JSON-RPC, else XML-RPC.
     */
    AUTO,
    /** {@code POST /json/2/<model>/<method>} with an API key: Odoo 19 and later only. */
    JSON2,
    /** {@code POST /jsonrpc}: returns None without a fault and amounts as exact decimals; deprecated in Odoo 19. */
    JSONRPC,
    /** {@code /xmlrpc/2/common} and {@code /xmlrpc/2/object}: for servers where JSON-RPC is blocked by a proxy. */
    XMLRPC;

    /** Parses {@code auto}, {@code json2}, {@code jsonrpc} or {@code xmlrpc}, in any case. */
    public static RpcProtocol fromConfigValue(String value) {
        if (value == null || value.isBlank()) {
            return AUTO;
        }
        String v = value.trim().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
        return switch (v) {
            case "auto" -> AUTO;
            case "json2" -> JSON2;
            case "jsonrpc", "json" -> JSONRPC;
            case "xmlrpc", "xml" -> XMLRPC;
            default -> throw new IllegalArgumentException("odoo.protocol must be auto, json2, jsonrpc or xmlrpc, was '"
                    + value + "'");
        };
    }

    /** Odoo 19 deprecated this protocol and logs a warning for every call made with it. */
    public boolean deprecatedFrom19() {
        return this == JSONRPC || this == XMLRPC;
    }
}
