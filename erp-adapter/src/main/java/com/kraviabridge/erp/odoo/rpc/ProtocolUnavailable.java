package com.kraviabridge.erp.odoo.rpc;

/** The protocol set in {@code odoo.protocol} is not served by this Odoo; the message says what to set instead. */
public final class ProtocolUnavailable extends RuntimeException {

    public ProtocolUnavailable(String message) {
        super(message);
    }
}
