package com.kraviabridge.erp.odoo.rpc;

import java.util.List;
import java.util.Map;

/**
 * One wire protocol to Odoo's stateless RPC services ({@code common}, {@code object}). Every protocol hands back
 * the same plain Java values, so nothing above this interface knows which one is in use:
 * {@code null} (Odoo returned None), {@link Boolean}, {@link Long}, {@link java.math.BigDecimal}, {@link String},
 * {@link List} and {@link Map} with String keys.
 *
 * <p>Arguments may contain the same types plus {@link Integer}; {@code null} must not be sent (Odoo's XML-RPC
 * marshaller refuses it), callers send {@code false} for "empty" as Odoo does.
 *
 * @throws OdooServerError  when Odoo answered with an error
 * @throws TransportFailure when no usable answer came
 */
public interface OdooTransport {

    Object call(String service, String method, List<?> args);

    /** {@code object.execute_kw(db, uid, password, model, method, args, kwargs)}. */
    default Object executeKw(String database, long uid, String password, String model, String method,
                             List<?> args, Map<String, ?> kwargs) {
        return call("object", "execute_kw", List.of(database, uid, password, model, method, args, kwargs));
    }

    /** {@code json2}, {@code jsonrpc} or {@code xmlrpc}, for the doctor and for messages. */
    String protocolName();
}
