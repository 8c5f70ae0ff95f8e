package com.kraviabridge.sim.odoo.orm;

/** Odoo field types ({@code ttype}) the simulator stores. */
public enum FieldType {
    CHAR, TEXT, HTML, SELECTION, INTEGER, FLOAT, MONETARY, BOOLEAN, DATE, DATETIME,
    MANY2ONE, ONE2MANY, MANY2MANY, BINARY;

    public String odooName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static FieldType fromOdooName(String name) {
        for (FieldType t : values()) {
            if (t.odooName().equals(name)) {
                return t;
            }
        }
        return null;
    }

    public boolean relational() {
        return this == MANY2ONE || this == ONE2MANY || this == MANY2MANY;
    }

    public boolean x2many() {
        return this == ONE2MANY || this == MANY2MANY;
    }

    public boolean textual() {
        return this == CHAR || this == TEXT || this == HTML || this == SELECTION;
    }

    public boolean numeric() {
        return this == INTEGER || this == FLOAT || this == MONETARY;
    }
}
