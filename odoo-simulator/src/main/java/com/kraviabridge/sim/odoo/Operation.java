package com.kraviabridge.sim.odoo;

/** The four access-right columns of {@code ir.model.access}. */
public enum Operation {
    READ("read", "access"),
    WRITE("write", "modify"),
    CREATE("create", "create"),
    UNLINK("unlink", "delete");

    private final String odooName;
    private final String verb;

    Operation(String odooName, String verb) {
        this.odooName = odooName;
        this.verb = verb;
    }

    /** The operation name Odoo uses in messages and rules ("read", "write", ...). */
    public String odooName() {
        return odooName;
    }

    /** The verb of the ACL error sentence ("You are not allowed to modify ..."). */
    public String verb() {
        return verb;
    }
}
