package com.kraviabridge.erp.odoo.rpc;

/** No usable answer came from Odoo. {@link #stage()} tells whether the request can have taken effect. */
public final class TransportFailure extends RuntimeException {

    public enum Stage {
        /** The connection could not be opened: Odoo never saw the request. */
        NOT_DELIVERED,
        /** The request went out but no answer came (timeout, connection dropped): it may have taken effect. */
        NO_RESPONSE,
        /** An HTTP status other than 2xx: a proxy or the server refused or broke down. */
        HTTP_STATUS,
        /** An answer came but is not a well-formed, safe RPC response. */
        UNREADABLE_RESPONSE
    }

    private final Stage stage;
    private final int httpStatus;

    public TransportFailure(Stage stage, int httpStatus, String message, Throwable cause) {
        super(message, cause);
        this.stage = stage;
        this.httpStatus = httpStatus;
    }

    public static TransportFailure notDelivered(String message, Throwable cause) {
        return new TransportFailure(Stage.NOT_DELIVERED, 0, message, cause);
    }

    public static TransportFailure noResponse(String message, Throwable cause) {
        return new TransportFailure(Stage.NO_RESPONSE, 0, message, cause);
    }

    public static TransportFailure httpStatus(int status, String message) {
        return new TransportFailure(Stage.HTTP_STATUS, status, message, null);
    }

    public static TransportFailure unreadable(String message, Throwable cause) {
        return new TransportFailure(Stage.UNREADABLE_RESPONSE, 0, message, cause);
    }

    public Stage stage() {
        return stage;
    }

    /** The HTTP status for {@link Stage#HTTP_STATUS}, else 0. */
    public int httpStatus() {
        return httpStatus;
    }
}
