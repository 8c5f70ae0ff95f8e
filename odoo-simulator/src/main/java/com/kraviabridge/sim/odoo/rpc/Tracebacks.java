package com.kraviabridge.sim.odoo.rpc;

import com.kraviabridge.sim.odoo.orm.OdooError;

/**
 * Python-looking tracebacks for faults whose text Odoo sends as a formatted traceback (XML-RPC
 * fault 1, JSON-RPC {@code data.debug}). The frames are plausible, the last line is exact:
 * {@code ExceptionClass: message}, which is what clients usually parse.
 */
final class Tracebacks {
    private static final String ODOO = "/usr/lib/python3/dist-packages/odoo";

    private Tracebacks() {
    }

    static String format(OdooError e, String entryPoint, boolean marshalling) {
        StringBuilder out = new StringBuilder("Traceback (most recent call last):\n");
        if (entryPoint.equals("json2")) {
            frame(out, ODOO + "/http.py", 2577, "_serve_db", "return service_model.retrying(serve_func, env=self.env)");
            frame(out, ODOO + "/service/model.py", 184, "retrying", "result = func()");
            frame(out, ODOO + "/http.py", 2624, "_serve_ir_http", "response = self.dispatcher.dispatch(rule.endpoint, args)");
            frame(out, ODOO + "/http.py", 2898, "dispatch", "result = self.request.registry['ir.http']._dispatch(endpoint)");
            frame(out, ODOO + "/addons/rpc/controllers/json2.py", 96, "web_json_2_rpc", "result = func(records, **kwargs)");
            return out.append(lastLine(e)).toString();
        }
        if (entryPoint.equals("jsonrpc")) {
            frame(out, ODOO + "/http.py", 1784, "_serve_db", "return service_model.retrying(self._serve_ir_http, self.env)");
            frame(out, ODOO + "/service/model.py", 133, "retrying", "result = func()");
            frame(out, ODOO + "/http.py", 1811, "_serve_ir_http", "response = self.dispatcher.dispatch(rule.endpoint, args)");
            frame(out, ODOO + "/http.py", 2016, "dispatch", "result = self.request.registry['ir.http']._dispatch(endpoint)");
            frame(out, ODOO + "/addons/base/controllers/rpc.py", 166, "jsonrpc", "return dispatch_rpc(service, method, args)");
        } else {
            frame(out, ODOO + "/addons/base/controllers/rpc.py", 150, entryPoint, "response = self._xmlrpc(service)");
            if (marshalling) {
                frame(out, ODOO + "/addons/base/controllers/rpc.py", 130, "_xmlrpc",
                        "return dumps((result,), methodresponse=1, allow_none=False)");
                frame(out, "/usr/lib/python3.10/xmlrpc/client.py", 1037, "dumps", "data = m.dumps(params)");
                frame(out, "/usr/lib/python3.10/xmlrpc/client.py", 510, "dumps", "dump(v, write)");
                frame(out, "/usr/lib/python3.10/xmlrpc/client.py", 533, "__dump", "f(self, value, write)");
                frame(out, "/usr/lib/python3.10/xmlrpc/client.py", 537, "dump_nil",
                        "raise TypeError(\"cannot marshal None unless allow_none is enabled\")");
                return out.append(lastLine(e)).toString();
            }
            frame(out, ODOO + "/addons/base/controllers/rpc.py", 127, "_xmlrpc",
                    "result = dispatch_rpc(service, method, params)");
        }
        frame(out, ODOO + "/http.py", 368, "dispatch_rpc", "return dispatch(method, params)");
        frame(out, ODOO + "/service/model.py", 37, "dispatch", "res = execute_kw(db, uid, *params[3:])");
        frame(out, ODOO + "/service/model.py", 59, "execute_kw", "return execute(db, uid, obj, method, *args, **kw or {})");
        frame(out, ODOO + "/service/model.py", 65, "execute", "res = execute_cr(cr, uid, obj, method, *args, **kw)");
        frame(out, ODOO + "/service/model.py", 47, "execute_cr", "result = retrying(partial(odoo.api.call_kw, recs, method, args, kw), env)");
        frame(out, ODOO + "/api.py", 468, "call_kw", "result = _call_kw_model(method, model, args, kwargs)");
        return out.append(lastLine(e)).toString();
    }

    private static void frame(StringBuilder out, String file, int line, String function, String code) {
        out.append("  File \"").append(file).append("\", line ").append(line).append(", in ").append(function)
                .append('\n').append("    ").append(code).append('\n');
    }

    static String lastLine(OdooError e) {
        String msg = e.getMessage();
        return e.type().tracebackName() + (msg == null || msg.isEmpty() ? "" : ": " + msg) + "\n";
    }
}
