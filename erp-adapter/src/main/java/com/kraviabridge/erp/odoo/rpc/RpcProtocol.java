package com.kraviabridge.erp.odoo.rpc;

import java.util.Locale;

/** Which of Odoo's stateless RPC endpoints the bridge talks to ({@code odoo.protocol}). */
public enum RpcProtocol {
    /** {@code POST /jsonrpc}: the default, since it returns None without a fault and amounts as exact decimals. */
    JSONRPC,
    /** {@code /xmlrpc/2/common} and {@code /xmlrpc/2/object}: for servers where JSON-RPC is blocked by a proxy. */
    XMLRPC,
    /** Asks the server for its version over JSON-RPC first, then XML-RPC, and keeps the first that answers. */
    AUTO;

    /** Parses {@code jsonrpc}, {@code xmlrpc} or {@code auto}, in any case. */
    public static RpcProtocol fromConfigValue(String value) {
        if (value == null || value.isBlank()) {
            return JSONRPC;
        }
        String v = value.trim().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
        return switch (v) {
            case "jsonrpc", "json" -> JSONRPC;
            case "xmlrpc", "xml" -> XMLRPC;
            case "auto" -> AUTO;
            default -> throw new IllegalArgumentException("odoo.protocol must be jsonrpc, xmlrpc or auto, was '" + value + "'");
        };
    }
}
