package com.kraviabridge.sim.odoo.orm;

/**
 * The Python exception classes the simulated server can raise. The RPC layers pick the fault code
 * (XML-RPC) and the {@code data.name} (JSON-RPC) from this, so every class carries how Odoo's
 * {@code xmlrpc_handle_exception_int} would classify it.
 */
public enum PyException {
    USER_ERROR("odoo.exceptions", "UserError", Family.WARNING, 422),
    VALIDATION_ERROR("odoo.exceptions", "ValidationError", Family.WARNING, 422),
    MISSING_ERROR("odoo.exceptions", "MissingError", Family.WARNING, 404),
    REDIRECT_WARNING("odoo.exceptions", "RedirectWarning", Family.WARNING, 422),
    /** A row another transaction holds (19+); JSON-2 answers 409 so the caller may try again. */
    LOCK_ERROR("odoo.exceptions", "LockError", Family.WARNING, 409),
    ACCESS_ERROR("odoo.exceptions", "AccessError", Family.ACCESS_ERROR, 403),
    ACCESS_DENIED("odoo.exceptions", "AccessDenied", Family.ACCESS_DENIED, 403),
    VALUE_ERROR("builtins", "ValueError", Family.INTERNAL),
    TYPE_ERROR("builtins", "TypeError", Family.INTERNAL),
    KEY_ERROR("builtins", "KeyError", Family.INTERNAL),
    INDEX_ERROR("builtins", "IndexError", Family.INTERNAL),
    ATTRIBUTE_ERROR("builtins", "AttributeError", Family.INTERNAL),
    NAME_ERROR("builtins", "NameError", Family.INTERNAL),
    OVERFLOW_ERROR("builtins", "OverflowError", Family.INTERNAL),
    ASSERTION_ERROR("builtins", "AssertionError", Family.INTERNAL),
    EXCEPTION("builtins", "Exception", Family.INTERNAL),
    SERIALIZATION_FAILURE("psycopg2.errors", "SerializationFailure", Family.INTERNAL),
    OPERATIONAL_ERROR("psycopg2", "OperationalError", Family.INTERNAL),
    INVALID_DATETIME_FORMAT("psycopg2.errors", "InvalidDatetimeFormat", Family.INTERNAL),
    NUMERIC_VALUE_OUT_OF_RANGE("psycopg2.errors", "NumericValueOutOfRange", Family.INTERNAL),
    EXPAT_ERROR("xml.parsers.expat", "ExpatError", Family.INTERNAL),
    // HTTP exceptions JSON-2 raises before or around the ORM call; their status is their HTTP code
    BAD_REQUEST("werkzeug.exceptions", "BadRequest", Family.INTERNAL, 400),
    UNAUTHORIZED("werkzeug.exceptions", "Unauthorized", Family.INTERNAL, 401),
    NOT_FOUND("werkzeug.exceptions", "NotFound", Family.INTERNAL, 404),
    UNPROCESSABLE_ENTITY("werkzeug.exceptions", "UnprocessableEntity", Family.INTERNAL, 422);

    /** How the XML-RPC fault mapping sees an exception. */
    public enum Family { WARNING, ACCESS_ERROR, ACCESS_DENIED, INTERNAL }

    private final String module;
    private final String simpleName;
    private final Family family;
    private final int httpStatus;

    PyException(String module, String simpleName, Family family) {
        this(module, simpleName, family, 500);
    }

    PyException(String module, String simpleName, Family family, int httpStatus) {
        this.module = module;
        this.simpleName = simpleName;
        this.family = family;
        this.httpStatus = httpStatus;
    }

    /** {@code module.Class} as {@code serialize_exception} reports it in JSON-RPC {@code data.name}. */
    public String qualifiedName() {
        return module + "." + simpleName;
    }

    /** The class name as the last line of a Python traceback prints it (builtins are unqualified). */
    public String tracebackName() {
        return "builtins".equals(module) ? simpleName : qualifiedName();
    }

    public String simpleName() {
        return simpleName;
    }

    public Family family() {
        return family;
    }

    /**
     * The HTTP status JSON-2 answers with: Odoo's {@code http_status} of the UserError family, the code of an
     * HTTP exception, 500 for anything else.
     */
    public int httpStatus() {
        return httpStatus;
    }

    /** An HTTP exception: JSON-2 reports it with its description and {@code [description, code]} as arguments. */
    public boolean isHttpException() {
        return "werkzeug.exceptions".equals(module);
    }
}
