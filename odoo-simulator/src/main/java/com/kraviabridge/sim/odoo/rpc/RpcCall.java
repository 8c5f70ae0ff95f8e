package com.kraviabridge.sim.odoo.rpc;

import java.util.List;

/**
 * A parsed RPC request: endpoint kind, service, service method and positional params; for
 * object calls also the target model and method, which counters and fault plans key on.
 */
record RpcCall(Protocol protocol, String service, String method, List<Object> params) {

    enum Protocol { XMLRPC, XMLRPC_LEGACY, JSONRPC }

    /** The ORM model of an object-service call, or null. */
    String model() {
        if ("object".equals(service) && ("execute_kw".equals(method) || "execute".equals(method))
                && params.size() > 3 && params.get(3) instanceof String s) {
            return s;
        }
        return null;
    }

    /** The ORM method of an object-service call, or null. */
    String modelMethod() {
        if (model() != null && params.size() > 4 && params.get(4) instanceof String s) {
            return s;
        }
        return null;
    }
}
