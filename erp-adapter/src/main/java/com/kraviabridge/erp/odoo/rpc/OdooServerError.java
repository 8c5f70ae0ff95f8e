package com.kraviabridge.erp.odoo.rpc;

import java.util.Locale;

/**
 * Odoo answered a call with an error. {@link #exceptionName()} is the server-side exception class
 * (e.g. {@code odoo.exceptions.AccessError}, {@code psycopg2.errors.SerializationFailure}), taken from
 * JSON-RPC's {@code error.data.name}, JSON-2's error body, or derived from the XML-RPC fault code and traceback,
 * since that is the only stable way to tell the kinds apart (JSON-RPC's {@code error.code} is meaningless:
 * 200 up to 18, 0 from 19 on; docs/odoo-notes.md §1.3).
 */
public final class OdooServerError extends RuntimeException {

    private final String exceptionName;
    private final String serverMessage;
    private final int httpStatus;

    public OdooServerError(String exceptionName, String serverMessage) {
        this(exceptionName, serverMessage, 0);
    }

    /** An error JSON-2 answered with this HTTP status. */
    public OdooServerError(String exceptionName, String serverMessage, int httpStatus) {
        super(exceptionName + ": " + serverMessage);
        this.exceptionName = exceptionName == null ? "" : exceptionName;
        this.serverMessage = serverMessage == null ? "" : serverMessage;
        this.httpStatus = httpStatus;
    }

    /** The HTTP status JSON-2 gave the error; 0 over JSON-RPC and XML-RPC, which answer errors with 200. */
    public int httpStatus() {
        return httpStatus;
    }

    public String exceptionName() {
        return exceptionName;
    }

    /** Odoo's own message, for the user; never a traceback. */
    public String serverMessage() {
        return serverMessage;
    }

    /** The short class name: {@code AccessError} for {@code odoo.exceptions.AccessError}. */
    public String simpleName() {
        int dot = exceptionName.lastIndexOf('.');
        return dot < 0 ? exceptionName : exceptionName.substring(dot + 1);
    }

    /**
     * The method worked and committed, but its return value (None, or a dict of recordsets on 16) could not be
     * marshalled into the XML-RPC response (docs/odoo-notes.md §1.1). The caller must read the state back instead of
     * failing.
     */
    public boolean isUnmarshallableResult() {
        String text = serverMessage.toLowerCase(Locale.ROOT);
        return text.contains("cannot marshal");
    }
}
