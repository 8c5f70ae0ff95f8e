package com.kraviabridge.sim.odoo.orm;

import com.kraviabridge.sim.odoo.OdooVersion;

import java.util.List;
import java.util.function.Predicate;

/**
 * A remotely callable model method with its Python signature. {@code kind} tells how
 * {@code call_kw} passes arguments: MODEL methods get args as-is, RECORDS methods take the ids
 * from args[0], CREATE is {@code create}'s special case (docs/odoo-notes.md §2.1).
 */
public record MethodSpec(String name, Kind kind, List<Param> params, boolean varKwargs,
                         Predicate<OdooVersion> versions, Handler handler) {

    public enum Kind { MODEL, RECORDS, CREATE }

    @FunctionalInterface
    public interface Handler {
        /** Returns the wire result; Java null stands for Python None. */
        Object invoke(Env env, Call call);
    }

    public static MethodSpec model(String name, List<Param> params, Handler handler) {
        return new MethodSpec(name, Kind.MODEL, params, false, v -> true, handler);
    }

    public static MethodSpec records(String name, List<Param> params, Handler handler) {
        return new MethodSpec(name, Kind.RECORDS, params, false, v -> true, handler);
    }

    public MethodSpec withVarKwargs() {
        return new MethodSpec(name, kind, params, true, versions, handler);
    }

    public MethodSpec onlyIn(Predicate<OdooVersion> which) {
        return new MethodSpec(name, kind, params, varKwargs, which, handler);
    }
}
