package com.kraviabridge.sim.odoo.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kraviabridge.sim.odoo.FaultInjector;
import com.kraviabridge.sim.odoo.OdooVersion;
import com.kraviabridge.sim.odoo.RequestStats;
import com.kraviabridge.sim.odoo.orm.OdooError;
import com.kraviabridge.sim.odoo.orm.PyException;
import com.kraviabridge.sim.odoo.orm.Values;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The HTTP routes of Odoo's RPC controllers: {@code /xmlrpc/2/<service>} (integer fault codes),
 * legacy {@code /xmlrpc/<service>} (string fault codes), {@code /jsonrpc}, {@code GET /web/version},
 * and from 19 the JSON-2 routes under {@code /json/}. 19 still answers the old endpoints but counts each
 * request to them as deprecated; 20 has JSON-2 only, the old endpoints are not found. Every request is
 * counted, delayed and possibly sabotaged before or after it runs, as the fault injector dictates.
 */
public final class HttpFront implements HttpHandler {
    private static final ObjectMapper JSON = Replies.JSON;
    private static final Set<String> SERVICES = Set.of("common", "object", "db");

    private final OdooVersion version;
    private final RpcServices services;
    private final RequestStats stats;
    private final Admission admission;
    private final Json2Front json2;

    public HttpFront(OdooVersion version, RpcServices services, RequestStats stats, FaultInjector faults) {
        this.version = version;
        this.services = services;
        this.stats = stats;
        this.admission = new Admission(stats, faults);
        this.json2 = new Json2Front(version, services, admission);
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            byte[] body = readAll(ex.getRequestBody());
            if (path.equals("/web/version") && ex.getRequestMethod().equals("GET")) {
                Replies.json(ex, 200, versionInfo(version));
                return;
            }
            if (version.hasJson2() && json2.serves(path)) {
                json2.handle(ex, path, body);
                return;
            }
            if (isLegacyRpc(path) && (version.legacyRpcDeprecated() || !version.hasLegacyRpc())) {
                stats.recordDeprecated();
                if (!version.hasLegacyRpc()) {
                    Replies.notFound(ex);
                    return;
                }
            }
            if (path.equals("/jsonrpc")) {
                if (!post(ex)) {
                    return;
                }
                jsonRpc(ex, body);
                return;
            }
            if (path.startsWith("/xmlrpc/")) {
                boolean modern = path.startsWith("/xmlrpc/2/");
                String service = path.substring(modern ? 10 : 8);
                if (!service.isEmpty() && !service.contains("/")) {
                    if (!post(ex)) {
                        return;
                    }
                    xmlRpc(ex, body, service, modern);
                    return;
                }
            }
            Replies.notFound(ex);
        }
    }

    /** {@code {"version_info": [...], "version": "19.0"}}, as {@code /web/version} and {@code /json/version} answer. */
    static ObjectNode versionInfo(OdooVersion version) {
        ObjectNode v = JSON.createObjectNode();
        v.set("version_info", JsonValues.toJson(version.versionInfo()));
        v.put("version", version.serverVersion());
        return v;
    }

    /** The endpoints Odoo 19 deprecates: {@code /xmlrpc}, {@code /xmlrpc/2} and {@code /jsonrpc}. */
    private static boolean isLegacyRpc(String path) {
        return path.equals("/jsonrpc") || path.startsWith("/xmlrpc/");
    }

    private boolean post(HttpExchange ex) throws IOException {
        if (ex.getRequestMethod().equals("POST")) {
            return true;
        }
        Replies.methodNotAllowed(ex);
        return false;
    }

    // ---- XML-RPC -----------------------------------------------------------------------

    private void xmlRpc(HttpExchange ex, byte[] body, String service, boolean intCodes) throws IOException {
        RpcCall.Protocol protocol = intCodes ? RpcCall.Protocol.XMLRPC : RpcCall.Protocol.XMLRPC_LEGACY;
        String entry = intCodes ? "xmlrpc_2" : "xmlrpc_1";
        XmlRpcReader.MethodCall parsed;
        try {
            parsed = XmlRpcReader.parse(body);
        } catch (OdooError e) {
            stats.record(service, "?", null, null);
            sendXml(ex, fault(e, entry, false, intCodes));
            return;
        }
        RpcCall call = new RpcCall(protocol, service, parsed.methodName(), parsed.params());
        FaultInjector.Injected injected = admit(call);
        if (Admission.answersInstead(injected)) {
            Replies.sabotage(ex, injected);
            return;
        }
        Object result;
        try {
            if (!SERVICES.contains(service)) {
                throw OdooError.keyError(service);
            }
            Admission.raiseInjected(injected);
            result = services.dispatch(service, call.method(), call.params());
        } catch (OdooError e) {
            sendXml(ex, fault(e, entry, false, intCodes));
            return;
        } catch (RuntimeException e) {
            sendXml(ex, fault(internal(e), entry, false, intCodes));
            return;
        }
        if (Admission.swallowsAnswer(injected)) {
            return; // the work is committed, the answer never leaves
        }
        String xml;
        try {
            xml = XmlRpcWriter.response(result);
        } catch (OdooError e) {
            // the transaction is already committed when the marshaller gives up (docs/odoo-notes.md §1.1)
            xml = fault(e, entry, true, intCodes);
        }
        sendXml(ex, xml);
    }

    private static String fault(OdooError e, String entry, boolean marshalling, boolean intCodes) {
        PyException.Family family = e.type().family();
        if (intCodes) {
            return switch (family) {
                case WARNING -> XmlRpcWriter.fault(2, e.getMessage());
                case ACCESS_ERROR -> XmlRpcWriter.fault(4, e.getMessage());
                case ACCESS_DENIED -> XmlRpcWriter.fault(3, e.getMessage());
                case INTERNAL -> XmlRpcWriter.fault(1, Tracebacks.format(e, entry, marshalling));
            };
        }
        return switch (e.type()) {
            case REDIRECT_WARNING -> XmlRpcWriter.fault("warning -- Warning\n\n" + e.getMessage(), "");
            case MISSING_ERROR -> XmlRpcWriter.fault("warning -- MissingError\n\n" + e.getMessage(), "");
            case ACCESS_ERROR -> XmlRpcWriter.fault("warning -- AccessError\n\n" + e.getMessage(), "");
            case ACCESS_DENIED -> XmlRpcWriter.fault("AccessDenied", e.getMessage());
            case USER_ERROR, VALIDATION_ERROR, LOCK_ERROR -> XmlRpcWriter.fault("warning -- UserError\n\n" + e.getMessage(), "");
            default -> XmlRpcWriter.fault(e.getMessage(), Tracebacks.format(e, entry, marshalling));
        };
    }

    // ---- JSON-RPC ----------------------------------------------------------------------

    private void jsonRpc(HttpExchange ex, byte[] body) throws IOException {
        String mime = Replies.mimeType(ex);
        if (!mime.equals("application/json") && !mime.equals("application/json-rpc")) {
            sendHtml(ex, 400, "400 Bad Request", "Bad Request", "Request inferred type is compatible with ['http']"
                    + " but '/jsonrpc' is type='json'.\n\nPlease verify the Content-Type request header and try again.");
            return;
        }
        JsonNode request;
        try {
            request = JSON.readTree(body);
        } catch (IOException e) {
            sendHtml(ex, 400, "400 Bad Request", "Bad Request", "Invalid JSON data");
            return;
        }
        if (request == null || !request.isObject()) {
            sendHtml(ex, 400, "400 Bad Request", "Bad Request", "Invalid JSON-RPC data");
            return;
        }
        JsonNode id = request.get("id");
        Object params = JsonValues.toWire(request.get("params"));
        String service = null;
        String method = null;
        List<Object> args = null;
        OdooError bad = null;
        if (params == null) {
            params = Map.of();
        }
        if (params instanceof Map<?, ?> p) {
            for (Object k : p.keySet()) {
                if (!Set.of("service", "method", "args").contains(k)) {
                    bad = OdooError.typeError("jsonrpc() got an unexpected keyword argument '" + k + "'");
                }
            }
            List<String> missing = new ArrayList<>();
            for (String k : List.of("service", "method", "args")) {
                if (!p.containsKey(k)) {
                    missing.add("'" + k + "'");
                }
            }
            if (bad == null && !missing.isEmpty()) {
                bad = OdooError.typeError("jsonrpc() missing " + missing.size() + " required positional argument"
                        + (missing.size() == 1 ? ": " + missing.get(0) : "s: " + String.join(" and ", missing)));
            }
            if (bad == null) {
                service = String.valueOf(p.get("service"));
                method = String.valueOf(p.get("method"));
                Object a = p.get("args");
                if (a instanceof List<?> l) {
                    args = new ArrayList<>(l);
                } else {
                    bad = OdooError.typeError("'" + Values.pyTypeName(a) + "' object is not subscriptable");
                }
            }
        } else {
            bad = OdooError.typeError("odoo.addons.base.controllers.rpc.RPC.jsonrpc() argument after ** must be a"
                    + " mapping, not " + Values.pyTypeName(params));
        }
        if (bad != null) {
            stats.record("jsonrpc", "?", null, null);
            sendJson(ex, error(id, bad));
            return;
        }
        RpcCall call = new RpcCall(RpcCall.Protocol.JSONRPC, service, method, args);
        FaultInjector.Injected injected = admit(call);
        if (Admission.answersInstead(injected)) {
            Replies.sabotage(ex, injected);
            return;
        }
        Object result;
        try {
            Admission.raiseInjected(injected);
            result = services.dispatch(service, method, args);
        } catch (OdooError e) {
            sendJson(ex, error(id, e));
            return;
        } catch (RuntimeException e) {
            sendJson(ex, error(id, internal(e)));
            return;
        }
        if (Admission.swallowsAnswer(injected)) {
            return;
        }
        ObjectNode response = JSON.createObjectNode();
        response.put("jsonrpc", "2.0");
        response.set("id", id == null ? JSON.nullNode() : id);
        if (result != null) {
            // JsonRPCDispatcher._response leaves "result" out entirely for None
            response.set("result", JsonValues.toJson(result));
        }
        sendJson(ex, response);
    }

    private ObjectNode error(JsonNode id, OdooError e) {
        ObjectNode data = JSON.createObjectNode();
        data.put("name", e.type().qualifiedName());
        data.put("debug", Tracebacks.format(e, "jsonrpc", false));
        data.put("message", e.getMessage());
        data.set("arguments", JsonValues.toJson(e.arguments()));
        data.set("context", JSON.createObjectNode());
        ObjectNode error = JSON.createObjectNode();
        error.put("code", version.jsonRpcErrorCode());
        error.put("message", "Odoo Server Error");
        error.set("data", data);
        ObjectNode response = JSON.createObjectNode();
        response.put("jsonrpc", "2.0");
        response.set("id", id == null ? JSON.nullNode() : id);
        response.set("error", error);
        return response;
    }

    // ---- shared ------------------------------------------------------------------------

    private FaultInjector.Injected admit(RpcCall call) {
        return admission.admit(call.service(), call.method(), call.model(), call.modelMethod());
    }

    static OdooError internal(RuntimeException e) {
        return new OdooError(PyException.EXCEPTION, e.getClass().getSimpleName() + ": " + e.getMessage());
    }

    private static void sendXml(HttpExchange ex, String xml) throws IOException {
        Replies.xml(ex, xml);
    }

    private static void sendJson(HttpExchange ex, JsonNode node) throws IOException {
        Replies.json(ex, 200, node);
    }

    private static void sendHtml(HttpExchange ex, int status, String title, String heading, String text)
            throws IOException {
        Replies.html(ex, status, title, heading, text);
    }

    private static byte[] readAll(InputStream in) throws IOException {
        return in.readAllBytes();
    }
}
