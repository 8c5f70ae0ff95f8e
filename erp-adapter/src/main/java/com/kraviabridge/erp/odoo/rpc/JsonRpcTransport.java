package com.kraviabridge.erp.odoo.rpc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** {@code POST /jsonrpc} with the JSON-RPC 2.0 envelope Odoo expects ({@code params = {service, method, args}}). */
final class JsonRpcTransport implements OdooTransport {

    private static final ObjectMapper JSON = OdooJson.MAPPER;

    private final URI endpoint;
    private final HttpPost http;
    private final AtomicLong ids = new AtomicLong();

    JsonRpcTransport(URI baseUrl, Duration timeout) {
        this.endpoint = Endpoints.resolve(baseUrl, "jsonrpc");
        this.http = new HttpPost(timeout);
    }

    @Override
    public Object call(String service, String method, List<?> args) {
        ObjectNode request = JSON.createObjectNode();
        request.put("jsonrpc", "2.0");
        request.put("method", "call");
        request.put("id", ids.incrementAndGet());
        ObjectNode params = request.putObject("params");
        params.put("service", service);
        params.put("method", method);
        params.set("args", JSON.valueToTree(args));
        byte[] body;
        try {
            body = JSON.writeValueAsBytes(request);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot encode the arguments of " + method + " as JSON", e);
        }
        byte[] answer = http.post(endpoint, "application/json", body);
        JsonNode response;
        try {
            response = JSON.readTree(answer);
        } catch (IOException e) {
            throw TransportFailure.unreadable("Odoo's JSON-RPC answer to " + method + " is not JSON", e);
        }
        if (response == null || !response.isObject()) {
            throw TransportFailure.unreadable("Odoo's JSON-RPC answer to " + method + " is not a JSON object", null);
        }
        JsonNode error = response.get("error");
        if (error != null && !error.isNull()) {
            throw serverError(error);
        }
        // A method returning None has no "result" member at all.
        return OdooJson.toJava(response.get("result"));
    }

    @Override
    public String protocolName() {
        return "jsonrpc";
    }

    private static OdooServerError serverError(JsonNode error) {
        JsonNode data = error.path("data");
        String name = data.path("name").asText("");
        String message = data.path("message").asText("");
        if (message.isBlank()) {
            message = error.path("message").asText("Odoo Server Error");
        }
        return new OdooServerError(name, message);
    }
}
