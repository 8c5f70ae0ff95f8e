package com.kraviabridge.store;

/** The store could not do what was asked: the database is unreachable, refused a statement, or could not start. */
public class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
