package com.kraviabridge.sim.odoo.rpc;

import com.kraviabridge.sim.odoo.orm.OdooError;
import com.kraviabridge.sim.odoo.orm.PyException;

/** Raised by the XML-RPC marshaller, after the call already committed (docs/odoo-notes.md §1.1, §1.2). */
final class MarshalError {
    private MarshalError() {
    }

    static OdooError none() {
        return new OdooError(PyException.TYPE_ERROR, "cannot marshal None unless allow_none is enabled");
    }

    static OdooError cannotMarshal(String pythonClass) {
        return new OdooError(PyException.TYPE_ERROR, "cannot marshal <class '" + pythonClass + "'> objects");
    }

    static OdooError intOverflow() {
        return new OdooError(PyException.OVERFLOW_ERROR, "int exceeds XML-RPC limits");
    }

    static OdooError keyNotString() {
        return new OdooError(PyException.TYPE_ERROR, "dictionary key must be string");
    }
}
