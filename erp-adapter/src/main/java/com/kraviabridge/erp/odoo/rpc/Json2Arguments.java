package com.kraviabridge.erp.odoo.rpc;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns an {@code execute_kw} call (positional {@code args} plus {@code kwargs}) into the body of a JSON-2 call,
 * which knows only named arguments: the names of Odoo's Python signatures. Every ORM method the bridge calls has
 * one line in {@link #SIGNATURES}; a method without one is refused before anything is sent, so a new call cannot
 * reach Odoo with arguments bound to the wrong names.
 */
final class Json2Arguments {

    /**
     * @param onRecords  the method works on records: the first positional argument is their ids
     * @param parameters the names of the remaining positional parameters, in order
     */
    private record Signature(boolean onRecords, List<String> parameters) {
    }

    private static final Map<String, Signature> SIGNATURES = Map.ofEntries(
            model("search_read", "domain", "fields", "offset", "limit", "order"),
            model("search", "domain", "offset", "limit", "order"),
            model("search_count", "domain", "limit"),
            model("fields_get", "allfields", "attributes"),
            model("create", "vals_list"),
            model("load", "fields", "data"),
            model("context_get"),
            records("read", "fields", "load"),
            records("write", "vals"),
            records("unlink"),
            records("message_post"),
            records("action_post"),
            records("button_draft"),
            records("button_cancel"),
            records("reconcile"),
            records("remove_move_reconcile"),
            records("action_create_payments"),
            records("action_feedback", "feedback", "attachment_ids"));

    private Json2Arguments() {
    }

    private static Map.Entry<String, Signature> model(String method, String... parameters) {
        return Map.entry(method, new Signature(false, List.of(parameters)));
    }

    private static Map.Entry<String, Signature> records(String method, String... parameters) {
        return Map.entry(method, new Signature(true, List.of(parameters)));
    }

    /** The JSON-2 body of {@code model.method(*args, **kwargs)}; {@code context} stays a named argument. */
    static Map<String, Object> bind(String model, String method, List<?> args, Map<String, ?> kwargs) {
        Signature signature = SIGNATURES.get(method);
        if (signature == null) {
            throw new IllegalArgumentException("the bridge does not know the parameter names of " + model + "."
                    + method + ", which JSON-2 needs; add the method to the JSON-2 signatures");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        int next = 0;
        if (signature.onRecords()) {
            if (args.isEmpty()) {
                throw new IllegalArgumentException(model + "." + method + " works on records but no ids were given");
            }
            body.put("ids", idsOf(args.get(0)));
            next = 1;
        }
        int named = args.size() - next;
        if (named > signature.parameters().size()) {
            throw new IllegalArgumentException(model + "." + method + " takes " + signature.parameters()
                    + " but was given " + named + " positional arguments");
        }
        for (int i = 0; i < named; i++) {
            body.put(signature.parameters().get(i), args.get(next + i));
        }
        for (Map.Entry<String, ?> kwarg : kwargs.entrySet()) {
            if (body.containsKey(kwarg.getKey())) {
                throw new IllegalArgumentException(model + "." + method + " was given '" + kwarg.getKey()
                        + "' both by position and by name");
            }
            body.put(kwarg.getKey(), kwarg.getValue());
        }
        return body;
    }

    private static Object idsOf(Object ids) {
        if (ids instanceof Collection<?> || ids instanceof Object[]) {
            return ids;
        }
        return List.of(ids);
    }
}
