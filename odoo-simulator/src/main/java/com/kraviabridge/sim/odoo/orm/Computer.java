package com.kraviabridge.sim.odoo.orm;

/** Computes a field value on read, from the record and whatever else the environment holds. */
@FunctionalInterface
public interface Computer {
    /** Returns the internal value (see {@link FieldDef} for the representation per type). */
    Object compute(Env env, Rec rec);
}
