package com.kraviabridge.erp.odoo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Scripts a JSON-RPC Odoo: {@code version} and {@code authenticate} answer like Odoo 17 unless told otherwise, and
 * {@code fields_get} like a server without any of the optional fields asked about; each {@code execute_kw} method
 * (e.g. {@code search_read}) answers from its own queue, the last answer repeating.
 */
final class JsonRpcScript implements ScriptedServer.Script {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Deque<ScriptedServer.Answer>> answers = new HashMap<>();

    JsonRpcScript() {
        on("version", result("{\"server_version\":\"17.0\",\"server_version_info\":[17,0,0,\"final\",0,\"\"],\"protocol_version\":1}"));
        on("authenticate", result("7"));
        on("fields_get", result("{}"));
    }

    JsonRpcScript on(String method, ScriptedServer.Answer... sequence) {
        Deque<ScriptedServer.Answer> queue = new ArrayDeque<>();
        for (ScriptedServer.Answer answer : sequence) {
            queue.add(answer);
        }
        answers.put(method, queue);
        return this;
    }

    static ScriptedServer.Answer result(String json) {
        return ScriptedServer.Answer.json("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":" + json + "}");
    }

    static ScriptedServer.Answer noResult() {
        return ScriptedServer.Answer.json("{\"jsonrpc\":\"2.0\",\"id\":1}");
    }

    static ScriptedServer.Answer error(int code, String name, String message) {
        return ScriptedServer.Answer.json("{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":{\"code\":" + code
                + ",\"message\":\"Odoo Server Error\",\"data\":{\"name\":\"" + name + "\",\"message\":\"" + message
                + "\",\"arguments\":[\"" + message + "\"],\"context\":{},\"debug\":\"Traceback...\"}}}");
    }

    @Override
    public ScriptedServer.Answer answer(ScriptedServer.Request request) {
        if (!request.path().equals("/jsonrpc")) {
            return ScriptedServer.Answer.status(404);
        }
        try {
            JsonNode params = JSON.readTree(request.body()).path("params");
            String method = params.path("method").asText();
            if ("execute_kw".equals(method)) {
                method = params.path("args").path(4).asText();
            }
            Deque<ScriptedServer.Answer> queue = answers.get(method);
            if (queue == null || queue.isEmpty()) {
                return error(200, "builtins.AttributeError", "no script for " + method);
            }
            return queue.size() > 1 ? queue.poll() : queue.peek();
        } catch (Exception e) {
            return ScriptedServer.Answer.status(400);
        }
    }
}
