package com.kraviabridge.sim.odoo.orm;

import java.util.List;

/**
 * A Python exception raised inside the simulated server. The message is what {@code str(e)} would
 * give; {@link #arguments()} is {@code e.args}.
 */
public final class OdooError extends RuntimeException {
    private final PyException type;
    private final List<Object> arguments;

    public OdooError(PyException type, String message) {
        this(type, message, List.of(message));
    }

    public OdooError(PyException type, String message, List<Object> arguments) {
        super(message, null, false, false);
        this.type = type;
        this.arguments = arguments;
    }

    public PyException type() {
        return type;
    }

    public List<Object> arguments() {
        return arguments;
    }

    public static OdooError userError(String message) {
        return new OdooError(PyException.USER_ERROR, message);
    }

    public static OdooError validationError(String message) {
        return new OdooError(PyException.VALIDATION_ERROR, message);
    }

    public static OdooError missingError(String message) {
        return new OdooError(PyException.MISSING_ERROR, message);
    }

    public static OdooError accessError(String message) {
        return new OdooError(PyException.ACCESS_ERROR, message);
    }

    public static OdooError accessDenied() {
        return new OdooError(PyException.ACCESS_DENIED, "Access Denied");
    }

    public static OdooError valueError(String message) {
        return new OdooError(PyException.VALUE_ERROR, message);
    }

    public static OdooError typeError(String message) {
        return new OdooError(PyException.TYPE_ERROR, message);
    }

    public static OdooError indexError(String message) {
        return new OdooError(PyException.INDEX_ERROR, message);
    }

    public static OdooError attributeError(String message) {
        return new OdooError(PyException.ATTRIBUTE_ERROR, message);
    }

    /** Python prints a KeyError's argument with repr(), so str(e) is quoted. */
    public static OdooError keyError(String key) {
        return new OdooError(PyException.KEY_ERROR, PyRepr.repr(key), List.of(key));
    }

    /** What PostgreSQL answers for a number compared with or stored in an {@code integer} column beyond its range. */
    public static OdooError integerOutOfRange() {
        return new OdooError(PyException.NUMERIC_VALUE_OUT_OF_RANGE, "integer out of range\n");
    }

    /** werkzeug's UnprocessableEntity: JSON-2 arguments that do not fit the method (422). */
    public static OdooError unprocessable(String description) {
        return new OdooError(PyException.UNPROCESSABLE_ENTITY, description);
    }

    /** werkzeug's NotFound (404). */
    public static OdooError notFound(String description) {
        return new OdooError(PyException.NOT_FOUND, description);
    }

    public static OdooError serializationFailure() {
        String text = "could not serialize access due to concurrent update\n";
        return new OdooError(PyException.SERIALIZATION_FAILURE, text);
    }

    /** 19's LockError: the records are locked by another transaction. */
    public static OdooError lockError() {
        return new OdooError(PyException.LOCK_ERROR, "Cannot grab a lock on records");
    }

    public static OdooError unknownDatabase(String db) {
        return new OdooError(PyException.OPERATIONAL_ERROR,
                "connection to server on socket \"/var/run/postgresql/.s.PGSQL.5432\" failed: FATAL:  database \""
                        + db + "\" does not exist\n");
    }
}
