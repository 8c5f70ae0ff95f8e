package com.kraviabridge.sim.odoo.orm;

/** A Python parameter of a remotely callable method. */
public record Param(String name, Object defaultValue, boolean required, boolean keywordOnly) {
    public static Param required(String name) {
        return new Param(name, null, true, false);
    }

    public static Param optional(String name, Object defaultValue) {
        return new Param(name, defaultValue, false, false);
    }

    public static Param keyword(String name, Object defaultValue) {
        return new Param(name, defaultValue, false, true);
    }
}
