package com.kraviabridge.erp.odoo.rpc;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URI;

/**
 * Reads a JSON-2 error answer. Odoo puts the exception in the body ({@code name}, {@code message}) and its kind in
 * the status: 401 no or bad API key, 403 access rights, 404 missing record or unknown model or method, 409 a lock,
 * 422 a UserError or ValidationError or arguments that do not fit the method, 400 unparsable JSON, 500 anything
 * else. Each call is one transaction that Odoo rolled back before answering an error, so such an answer is a
 * {@link OdooServerError} like the other protocols give. An answer without Odoo's body came from something in
 * front of Odoo (a proxy, a gateway) and stays a {@link TransportFailure} with its status, as for the other
 * protocols, except 401, which is a refused key whoever said it.
 */
final class Json2Errors {

    static final String UNAUTHORIZED = "werkzeug.exceptions.Unauthorized";

    private Json2Errors() {
    }

    static RuntimeException of(HttpPost.Answer answer, URI uri) {
        int status = answer.status();
        JsonNode body = odooErrorBody(answer.body());
        if (body != null) {
            return new OdooServerError(body.path("name").asText(""), body.path("message").asText(""), status);
        }
        if (status == 401) {
            return new OdooServerError(UNAUTHORIZED, "the API key was refused (HTTP 401)", status);
        }
        return TransportFailure.httpStatus(status, "Odoo at " + HttpPost.hostOf(uri) + " answered HTTP " + status
                + " for " + uri.getPath());
    }

    private static JsonNode odooErrorBody(byte[] body) {
        try {
            JsonNode node = OdooJson.MAPPER.readTree(body);
            return node != null && node.isObject() && node.path("name").isTextual() ? node : null;
        } catch (IOException notJson) {
            return null;
        }
    }
}
