package com.kraviabridge.erp.odoo;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Scripts an Odoo 19 over JSON-2: {@code GET /json/version} answers 19.0 and {@code res.users/context_get} user 7
 * unless told otherwise; each {@code model/method} answers from its own queue, the last answer repeating. Anything
 * else is Odoo's 404.
 */
final class Json2Script implements ScriptedServer.Script {

    private final Map<String, Deque<ScriptedServer.Answer>> answers = new HashMap<>();
    private ScriptedServer.Answer version = ScriptedServer.Answer.json(
            "{\"version_info\":[19,0,0,\"final\",0,\"\"],\"version\":\"19.0\"}");

    Json2Script() {
        on("res.users/context_get", ScriptedServer.Answer.json("{\"lang\":\"en_US\",\"tz\":false,\"uid\":7}"));
    }

    Json2Script version(ScriptedServer.Answer answer) {
        this.version = answer;
        return this;
    }

    /** The answers, in turn, to {@code POST /json/2/<modelAndMethod>}. */
    Json2Script on(String modelAndMethod, ScriptedServer.Answer... sequence) {
        Deque<ScriptedServer.Answer> queue = new ArrayDeque<>();
        for (ScriptedServer.Answer answer : sequence) {
            queue.add(answer);
        }
        answers.put(modelAndMethod, queue);
        return this;
    }

    /** Odoo's JSON-2 error body with its status. */
    static ScriptedServer.Answer error(int status, String name, String message) {
        return ScriptedServer.Answer.json(status, "{\"name\":\"" + name + "\",\"message\":\"" + message
                + "\",\"arguments\":[\"" + message + "\"],\"context\":{},\"debug\":\"Traceback...\"}");
    }

    @Override
    public ScriptedServer.Answer answer(ScriptedServer.Request request) {
        if (request.path().equals("/json/version") && request.method().equals("GET")) {
            return version;
        }
        String prefix = "/json/2/";
        Deque<ScriptedServer.Answer> queue = request.path().startsWith(prefix) && request.method().equals("POST")
                ? answers.get(request.path().substring(prefix.length())) : null;
        if (queue == null || queue.isEmpty()) {
            return error(404, "werkzeug.exceptions.NotFound", "no script for " + request.path());
        }
        return queue.size() > 1 ? queue.poll() : queue.peek();
    }
}
