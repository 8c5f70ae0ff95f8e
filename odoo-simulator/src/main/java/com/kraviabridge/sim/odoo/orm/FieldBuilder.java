package com.kraviabridge.sim.odoo.orm;

import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Attributes of one field while its model is being defined. Computed and related fields lose the
 * storage slot the plain definition gave them.
 */
public final class FieldBuilder {
    final FieldDef field;

    FieldBuilder(FieldDef field) {
        this.field = field;
    }

    public FieldBuilder required() {
        field.required = true;
        return this;
    }

    public FieldBuilder readonly() {
        field.readonly = true;
        return this;
    }

    public FieldBuilder indexed() {
        field.indexed = true;
        return this;
    }

    public FieldBuilder help(String text) {
        field.help = text;
        return this;
    }

    public FieldBuilder ondelete(String mode) {
        field.ondelete = mode;
        return this;
    }

    public FieldBuilder defaultValue(Object internal) {
        field.defaultValue = env -> internal;
        return this;
    }

    public FieldBuilder defaultValue(Function<Env, Object> supplier) {
        field.defaultValue = supplier;
        return this;
    }

    /** Computed on read; {@code stored} says whether Odoo keeps it in a column. */
    public FieldBuilder compute(Computer computer, boolean stored) {
        field.compute = computer;
        field.store = stored;
        field.readonly = true;
        field.defaultValue = null;
        return this;
    }

    /** A related field: reads follow the path, writes go to its end. */
    public FieldBuilder related(String path, boolean stored) {
        field.related = path;
        field.store = stored;
        field.defaultValue = null;
        return this;
    }

    /** Dependencies declared on the field itself ({@code depends=[...]}), overriding a related field's path. */
    public FieldBuilder depends(String... paths) {
        field.depends = List.of(paths);
        return this;
    }

    /** Restricts a one2many to the children matching the filter (e.g. invoice_line_ids). */
    public FieldBuilder filter(BiPredicate<Env, Rec> filter) {
        field.lineFilter = filter;
        return this;
    }
}
