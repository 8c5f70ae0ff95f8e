package com.kraviabridge.sim.odoo.rpc;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kraviabridge.sim.odoo.FaultInjector;
import com.kraviabridge.sim.odoo.OdooVersion;
import com.kraviabridge.sim.odoo.orm.NamedCall;
import com.kraviabridge.sim.odoo.orm.OdooDatabase;
import com.kraviabridge.sim.odoo.orm.OdooError;
import com.kraviabridge.sim.odoo.orm.PyException;
import com.kraviabridge.sim.odoo.orm.UserAccount;
import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Odoo's external JSON-2 API (19+): {@code POST /json/2/<model>/<method>} with {@code Authorization: bearer
 * <API key>}, the database in {@code X-Odoo-Database} (needed only when the server hosts several), a JSON object
 * of named arguments as body, and the bare result as answer. Errors are HTTP statuses with a body
 * {@code {name, message, arguments, context, debug}}: 401 for a missing or unknown key, 404 for an unknown model,
 * method or path, 403 for a private method or missing rights, 422 for arguments that do not bind and for
 * UserError/ValidationError, 404 MissingError, 409 LockError, 400 for a body that is not a JSON object, 500 for
 * anything else. {@code GET /json/version} needs no key.
 */
final class Json2Front {
    private static final Pattern CALL = Pattern.compile("/json/2/([^/]+)/([^/]+)");
    private static final Pattern BEARER = Pattern.compile("^bearer\\s+(.+)$", Pattern.CASE_INSENSITIVE);
    private static final ObjectReader STRICT_JSON = Replies.JSON.reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final OdooVersion version;
    private final RpcServices services;
    private final Admission admission;

    Json2Front(OdooVersion version, RpcServices services, Admission admission) {
        this.version = version;
        this.services = services;
        this.admission = admission;
    }

    /** The paths this controller takes over: the version probe and everything under {@code /json/2}. */
    boolean serves(String path) {
        return path.equals("/json/version") || path.equals("/json/2") || path.startsWith("/json/2/");
    }

    void handle(HttpExchange ex, String path, byte[] body) throws IOException {
        if (path.equals("/json/version")) {
            if (ex.getRequestMethod().equals("GET")) {
                Replies.json(ex, 200, HttpFront.versionInfo(version));
            } else {
                Replies.methodNotAllowed(ex);
            }
            return;
        }
        OdooDatabase db = database(ex.getRequestHeaders().getFirst("X-Odoo-Database"));
        if (db == null) {
            // no database, no database routes: werkzeug's own page, not a JSON-2 error body
            Replies.html(ex, 404, "404 Not Found", "Not Found", "No database is selected");
            return;
        }
        if (!Replies.mimeType(ex).equals("application/json")) {
            Replies.html(ex, 400, "400 Bad Request", "Bad Request", "Request inferred type is compatible with ['http']"
                    + " but '/json/2/<model>/<method>' is type='json2'.\n\nPlease verify the Content-Type request"
                    + " header and try again.");
            return;
        }
        Matcher call = CALL.matcher(path);
        if (!call.matches() || !ex.getRequestMethod().equals("POST")) {
            error(ex, OdooError.notFound("Did you mean POST /json/2/<model>/<method>?"));
            return;
        }
        String model = call.group(1);
        String method = call.group(2);
        FaultInjector.Injected injected = admission.admit("json2", "call", model, method);
        if (Admission.answersInstead(injected)) {
            Replies.sabotage(ex, injected);
            return;
        }
        Object result;
        try {
            int uid = authenticate(db, ex.getRequestHeaders().getFirst("Authorization"));
            Map<String, Object> params = parse(body);
            Admission.raiseInjected(injected);
            result = NamedCall.call(db, uid, model, method, params);
        } catch (OdooError e) {
            error(ex, e);
            return;
        } catch (RuntimeException e) {
            error(ex, HttpFront.internal(e));
            return;
        }
        if (Admission.swallowsAnswer(injected)) {
            return; // the work is committed, the answer never leaves
        }
        Replies.json(ex, 200, JsonValues.toJson(result));
    }

    /** The header's database, or the only one the server hosts when the header is absent. */
    private OdooDatabase database(String header) {
        Map<String, OdooDatabase> databases = services.databases();
        if (header == null) {
            return databases.size() == 1 ? databases.values().iterator().next() : null;
        }
        return databases.get(header);
    }

    /** {@code auth='bearer'}: only a live API key of an active user; a password is just an invalid key here. */
    private static int authenticate(OdooDatabase db, String authorization) {
        Matcher bearer = authorization == null ? null : BEARER.matcher(authorization);
        if (bearer == null || !bearer.matches()) {
            throw new OdooError(PyException.UNAUTHORIZED,
                    "User not authenticated, use an API Key with a Bearer Authorization header.");
        }
        UserAccount account = db.accountWithApiKey(bearer.group(1));
        if (account == null || !RpcServices.active(db, account.uid())) {
            throw new OdooError(PyException.UNAUTHORIZED, "Invalid apikey");
        }
        return account.uid();
    }

    /** The body's members; an empty body is no arguments at all. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> parse(byte[] body) {
        if (body.length == 0) {
            return Map.of();
        }
        JsonNode tree;
        try {
            tree = STRICT_JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new OdooError(PyException.BAD_REQUEST, "could not parse the body as json: " + pythonMessage(e));
        } catch (IOException e) {
            throw new OdooError(PyException.BAD_REQUEST, "could not parse the body as json: " + e.getMessage());
        }
        if (tree == null || tree.isMissingNode()) {
            throw new OdooError(PyException.BAD_REQUEST,
                    "could not parse the body as json: Expecting value: line 1 column 1 (char 0)");
        }
        if (!tree.isObject()) {
            throw new OdooError(PyException.BAD_REQUEST, "could not parse the body, expecting a json object");
        }
        return (Map<String, Object>) JsonValues.toWire(tree);
    }

    /** Python's json names the place of the fault the same way. */
    private static String pythonMessage(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        if (at == null) {
            return "Expecting value: line 1 column 1 (char 0)";
        }
        return "Expecting value: line " + at.getLineNr() + " column " + at.getColumnNr() + " (char "
                + Math.max(0, at.getCharOffset()) + ")";
    }

    private void error(HttpExchange ex, OdooError e) throws IOException {
        PyException type = e.type();
        ObjectNode body = Replies.JSON.createObjectNode();
        body.put("name", type.qualifiedName());
        body.put("message", e.getMessage());
        if (type.isHttpException()) {
            body.set("arguments", JsonValues.toJson(List.of(e.getMessage(), type.httpStatus())));
        } else {
            body.set("arguments", JsonValues.toJson(e.arguments()));
        }
        body.set("context", Replies.JSON.createObjectNode());
        body.put("debug", Tracebacks.format(e, "json2", false));
        if (type == PyException.UNAUTHORIZED) {
            ex.getResponseHeaders().set("WWW-Authenticate", "Bearer");
        }
        Replies.json(ex, type.httpStatus(), body);
    }
}
