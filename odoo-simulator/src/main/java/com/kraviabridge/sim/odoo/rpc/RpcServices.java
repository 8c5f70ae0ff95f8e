package com.kraviabridge.sim.odoo.rpc;

import com.kraviabridge.sim.odoo.OdooVersion;
import com.kraviabridge.sim.odoo.orm.CallKw;
import com.kraviabridge.sim.odoo.orm.Env;
import com.kraviabridge.sim.odoo.orm.OdooDatabase;
import com.kraviabridge.sim.odoo.orm.OdooError;
import com.kraviabridge.sim.odoo.orm.PyException;
import com.kraviabridge.sim.odoo.orm.Rec;
import com.kraviabridge.sim.odoo.orm.UserAccount;
import com.kraviabridge.sim.odoo.orm.Values;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The three RPC services as {@code dispatch_rpc} routes them: common (version, login,
 * authenticate), object (execute_kw, execute) and a read-only db (list, server_version).
 */
public final class RpcServices {
    private final OdooVersion version;
    private final Map<String, OdooDatabase> databases;

    public RpcServices(OdooVersion version, Map<String, OdooDatabase> databases) {
        this.version = version;
        this.databases = databases;
    }

    /** Returns the Python return value; Java null stands for None. */
    public Object dispatch(String service, String method, List<Object> params) {
        return switch (service) {
            case "common" -> common(method, params);
            case "object" -> object(method, params);
            case "db" -> db(method, params);
            default -> throw OdooError.keyError(service);
        };
    }

    private Object common(String method, List<Object> params) {
        switch (method) {
            case "version" -> {
                arity("exp_version", params, 0, 0);
                Map<String, Object> v = new LinkedHashMap<>();
                v.put("server_version", version.serverVersion());
                v.put("server_version_info", version.versionInfo());
                v.put("server_serie", version.serverVersion());
                v.put("protocol_version", 1);
                return v;
            }
            case "login" -> {
                arity("exp_login", params, 3, 3);
                return authenticate(params.get(0), params.get(1), params.get(2));
            }
            case "authenticate" -> {
                arity("exp_authenticate", params, 4, 4);
                if (!(params.get(3) instanceof Map)) {
                    throw OdooError.typeError("'" + Values.pyTypeName(params.get(3))
                            + "' object is not a mapping");
                }
                return authenticate(params.get(0), params.get(1), params.get(2));
            }
            case "about" -> {
                return "See http://openerp.com";
            }
            default -> throw new OdooError(PyException.EXCEPTION, "Method not found: " + method);
        }
    }

    /** uid, or False for unknown login, wrong secret or archived user (docs/odoo-notes.md §1.4). */
    private Object authenticate(Object db, Object login, Object password) {
        OdooDatabase database = database(db);
        if (!(login instanceof String l) || !(password instanceof String p) || p.isEmpty()) {
            return false;
        }
        return database.transaction(1, Map.of(), true, env -> {
            for (Rec user : env.table("res.users").scan()) {
                if (l.equals(env.str(user, "login")) && env.bool(user, "active")) {
                    UserAccount account = env.db().account(user.id());
                    return account != null && account.accepts(p, database.now()) ? (Object) user.id() : (Object) false;
                }
            }
            return false;
        });
    }

    private Object object(String method, List<Object> params) {
        if (!method.equals("execute_kw") && !method.equals("execute")) {
            throw new OdooError(PyException.NAME_ERROR, "Method not available " + method);
        }
        if (params.size() < 3) {
            throw OdooError.indexError("tuple index out of range");
        }
        OdooDatabase database = database(params.get(0));
        int uid = Values.pyInt(params.get(1));
        check(database, uid, params.get(2));
        List<Object> rest = params.subList(3, params.size());
        if (method.equals("execute")) {
            if (rest.size() < 2) {
                throw OdooError.typeError("execute() missing " + (2 - rest.size()) + " required positional argument"
                        + (rest.size() == 0 ? "s: 'obj' and 'method'" : ": 'method'"));
            }
            return CallKw.call(database, uid, string(rest.get(0)), string(rest.get(1)),
                    new ArrayList<>(rest.subList(2, rest.size())), Map.of());
        }
        if (rest.size() < 3) {
            List<String> names = List.of("obj", "method", "args").subList(rest.size(), 3);
            throw OdooError.typeError("execute_kw() missing " + names.size() + " required positional argument"
                    + (names.size() == 1 ? "" : "s") + ": " + quoteList(names));
        }
        if (rest.size() > 4) {
            throw OdooError.typeError("execute_kw() takes from 5 to 6 positional arguments but " + (rest.size() + 2)
                    + " were given");
        }
        Object args = rest.get(2);
        Object kwargs = rest.size() > 3 ? rest.get(3) : null;
        List<Object> argList = toList(args);
        Map<String, Object> kw = toMap(kwargs);
        return CallKw.call(database, uid, string(rest.get(0)), string(rest.get(1)), argList, kw);
    }

    /** {@code security.check}: empty secret, unknown or archived user, or wrong secret → AccessDenied. */
    private static void check(OdooDatabase database, int uid, Object password) {
        if (!(password instanceof String p) || p.isEmpty()) {
            throw OdooError.accessDenied();
        }
        UserAccount account = database.account(uid);
        if (account == null || !account.accepts(p, database.now())) {
            throw OdooError.accessDenied();
        }
        if (!active(database, uid)) {
            throw OdooError.accessDenied();
        }
    }

    /** Whether the res.users record exists and is not archived: an archived user's secrets open nothing. */
    static boolean active(OdooDatabase database, int uid) {
        return database.transaction(1, Map.of(), true, (Env env) -> {
            Rec user = env.rec("res.users", uid);
            return user != null && env.bool(user, "active");
        });
    }

    /** The databases the server hosts, by name. */
    Map<String, OdooDatabase> databases() {
        return databases;
    }

    private Object db(String method, List<Object> params) {
        return switch (method) {
            case "list" -> new ArrayList<>(databases.keySet());
            case "server_version" -> version.serverVersion();
            default -> throw OdooError.keyError("exp_" + method);
        };
    }

    private OdooDatabase database(Object name) {
        OdooDatabase db = name instanceof String s ? databases.get(s) : null;
        if (db == null) {
            throw OdooError.unknownDatabase(String.valueOf(name));
        }
        return db;
    }

    private static void arity(String fn, List<Object> params, int min, int max) {
        if (params.size() > max) {
            throw OdooError.typeError(fn + "() takes " + max + " positional argument" + (max == 1 ? "" : "s")
                    + " but " + params.size() + (params.size() == 1 ? " was" : " were") + " given");
        }
        if (params.size() < min) {
            throw OdooError.typeError(fn + "() missing " + (min - params.size()) + " required positional argument"
                    + (min - params.size() == 1 ? "" : "s"));
        }
    }

    private static String string(Object o) {
        if (o instanceof String s) {
            return s;
        }
        throw OdooError.typeError("attribute name must be string, not '" + Values.pyTypeName(o) + "'");
    }

    @SuppressWarnings("unchecked")
    private static List<Object> toList(Object args) {
        if (args instanceof List<?> l) {
            return (List<Object>) l;
        }
        throw OdooError.typeError("'" + Values.pyTypeName(args) + "' object is not iterable");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> toMap(Object kwargs) {
        if (Values.unset(kwargs)) {
            return Map.of();
        }
        if (kwargs instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        throw OdooError.typeError("odoo.api.call_kw() argument after ** must be a mapping, not "
                + Values.pyTypeName(kwargs));
    }

    private static String quoteList(List<String> names) {
        List<String> q = new ArrayList<>();
        names.forEach(n -> q.add("'" + n + "'"));
        if (q.size() == 1) {
            return q.get(0);
        }
        if (q.size() == 2) {
            return q.get(0) + " and " + q.get(1);
        }
        return String.join(", ", q.subList(0, q.size() - 1)) + ", and " + q.get(q.size() - 1);
    }
}
