package com.kraviabridge.core.port.store;

/**
 * The bridge's own database cannot be reached (it went away, or gave no connection in time). Nothing more can be
 * recorded, and nothing may be sent that cannot be recorded, so a run stops at this point rather than failing
 * record after record. The message names the server, never a password.
 */
public class StoreUnavailable extends RuntimeException {

    public StoreUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
