package com.kraviabridge.sim.odoo.orm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The BaseModel methods every model answers to over RPC. */
public final class OrmMethods {
    private OrmMethods() {
    }

    public static void register(MethodTable table) {
        table.add("*", MethodSpec.model("search", List.of(Param.required("domain"), Param.optional("offset", 0),
                Param.optional("limit", null), Param.optional("order", null), Param.optional("count", false)),
                OrmMethods::search).onlyIn(v -> !v.atLeast(17)));
        MethodSpec search17 = MethodSpec.model("search", List.of(Param.required("domain"), Param.optional("offset", 0),
                Param.optional("limit", null), Param.optional("order", null)), OrmMethods::search);
        table.add("*", search17.onlyIn(v -> v.atLeast(17)));
        table.add("*", MethodSpec.model("search_count", List.of(Param.required("domain"), Param.optional("limit", null)),
                (env, c) -> {
                    AccessControl.checkModel(env, c.model(), com.kraviabridge.sim.odoo.Operation.READ);
                    return Search.count(env, c.model(), c.arg("domain"), c.optionalInt("limit"));
                }));
        table.add("*", new MethodSpec("search_read", MethodSpec.Kind.MODEL, List.of(Param.optional("domain", null),
                Param.optional("fields", null), Param.optional("offset", 0), Param.optional("limit", null),
                Param.optional("order", null)), true, v -> true, OrmMethods::searchRead));
        table.add("*", MethodSpec.records("read", List.of(Param.optional("fields", null),
                Param.optional("load", "_classic_read")), (env, c) ->
                Orm.read(env, c.model(), c.ids(), c.strings("fields"), "_classic_read".equals(c.arg("load")))));
        table.add("*", new MethodSpec("create", MethodSpec.Kind.CREATE, List.of(Param.required("vals_list")), false,
                v -> true, OrmMethods::create));
        table.add("*", MethodSpec.records("write", List.of(Param.required("vals")), (env, c) -> {
            Orm.write(env, c.model(), c.ids(), dict(c.arg("vals")));
            return true;
        }));
        table.add("*", MethodSpec.model("load", List.of(Param.required("fields"), Param.required("data")), Load::load));
        table.add("*", MethodSpec.records("unlink", List.of(), (env, c) -> {
            Orm.unlink(env, c.model(), c.ids());
            return true;
        }));
        table.add("*", MethodSpec.model("fields_get", List.of(Param.optional("allfields", null),
                Param.optional("attributes", null)), (env, c) ->
                FieldsGet.describe(env, c.model(), c.strings("allfields"), c.strings("attributes"))));
        table.add("*", MethodSpec.records("name_get", List.of(), OrmMethods::nameGet).onlyIn(v -> !v.atLeast(18)));
        table.add("*", MethodSpec.model("name_search", List.of(Param.optional("name", ""),
                Param.optional("args", null), Param.optional("operator", "ilike"), Param.optional("limit", 100)),
                (env, c) -> nameSearch(env, c, c.arg("args"))).onlyIn(v -> !v.atLeast(18)));
        table.add("*", MethodSpec.model("name_search", List.of(Param.optional("name", ""),
                Param.optional("domain", null), Param.optional("operator", "ilike"), Param.optional("limit", 100)),
                (env, c) -> nameSearch(env, c, c.arg("domain"))).onlyIn(v -> v.atLeast(18)));
        table.add("*", MethodSpec.model("check_access_rights", List.of(Param.required("operation"),
                Param.optional("raise_exception", true)), OrmMethods::checkAccessRights));
    }

    private static Object search(Env env, Call c) {
        AccessControl.checkModel(env, c.model(), com.kraviabridge.sim.odoo.Operation.READ);
        if (Values.truthy(c.arg("count"))) {
            return Search.count(env, c.model(), c.arg("domain"), c.optionalInt("limit"));
        }
        Integer offset = c.optionalInt("offset");
        return Search.search(env, c.model(), c.arg("domain"), offset == null ? 0 : offset, c.optionalInt("limit"),
                c.string("order"));
    }

    private static Object searchRead(Env env, Call c) {
        AccessControl.checkModel(env, c.model(), com.kraviabridge.sim.odoo.Operation.READ);
        Object load = "_classic_read";
        for (Map.Entry<String, Object> e : c.extraKwargs().entrySet()) {
            if (!e.getKey().equals("load")) {
                throw OdooError.typeError("read() got an unexpected keyword argument '" + e.getKey() + "'");
            }
            load = e.getValue();
        }
        Integer offset = c.optionalInt("offset");
        List<Integer> ids = Search.search(env, c.model(), c.arg("domain"), offset == null ? 0 : offset,
                c.optionalInt("limit"), c.string("order"));
        if (ids.isEmpty()) {
            Orm.resolveFields(env, c.model(), c.strings("fields"));
            return new ArrayList<>();
        }
        return Orm.read(env, c.model(), ids, c.strings("fields"), "_classic_read".equals(load));
    }

    private static Object create(Env env, Call c) {
        Object raw = c.arg("vals_list");
        List<Map<String, Object>> valsList = new ArrayList<>();
        if (raw instanceof Map) {
            valsList.add(dict(raw));
        } else if (raw instanceof List<?> l) {
            for (Object o : l) {
                valsList.add(dict(o));
            }
        } else {
            throw OdooError.attributeError("'" + Values.pyTypeName(raw) + "' object has no attribute 'items'");
        }
        return Orm.create(env, c.model(), valsList);
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> dict(Object o) {
        if (o instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        throw OdooError.attributeError("'" + Values.pyTypeName(o) + "' object has no attribute 'items'");
    }

    private static Object nameGet(Env env, Call c) {
        List<Object> out = new ArrayList<>();
        for (Map<String, Object> row : Orm.read(env, c.model(), c.ids(), List.of("display_name"), true)) {
            out.add(new ArrayList<>(List.of(row.get("id"), row.get("display_name"))));
        }
        return out;
    }

    private static Object nameSearch(Env env, Call c, Object domain) {
        AccessControl.checkModel(env, c.model(), com.kraviabridge.sim.odoo.Operation.READ);
        String name = c.string("name");
        String operator = c.string("operator");
        List<Object> full = new ArrayList<>();
        if (domain instanceof List<?> l) {
            full.addAll(l);
        }
        if (name != null && !name.isEmpty()) {
            full.add(List.of("display_name", operator == null ? "ilike" : operator, name));
        }
        Integer limit = c.optionalInt("limit");
        List<Integer> ids = Search.search(env, c.model(), full, 0, limit, null);
        List<Object> out = new ArrayList<>();
        for (Integer id : ids) {
            out.add(new ArrayList<>(List.of(id, env.displayName(env.rec(c.model().name(), id)))));
        }
        return out;
    }

    private static Object checkAccessRights(Env env, Call c) {
        String op = c.string("operation");
        com.kraviabridge.sim.odoo.Operation operation = null;
        for (com.kraviabridge.sim.odoo.Operation o : com.kraviabridge.sim.odoo.Operation.values()) {
            if (o.odooName().equals(op)) {
                operation = o;
            }
        }
        if (operation == null) {
            throw OdooError.valueError("Invalid access mode");
        }
        try {
            AccessControl.checkModel(env, c.model(), operation);
            return true;
        } catch (OdooError e) {
            if (Values.truthy(c.arg("raise_exception"))) {
                throw e;
            }
            return false;
        }
    }
}
