package com.kraviabridge.sim.odoo;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static com.kraviabridge.sim.odoo.AuthenticationTest.fault;
import static org.assertj.core.api.Assertions.assertThat;

class FaultShapeTest {
    static Fixture fx;

    @BeforeAll
    static void start() {
        fx = new Fixture(OdooVersion.V17);
        fx.bot.revoke("account.move", Operation.UNLINK);
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    private Object[] kw(String model, String method, List<?> args) {
        return new Object[]{"acme", fx.bot.uid(), "secret", model, method, args, Map.of()};
    }

    @Test
    void missingRightIsXmlFault4NamingModelAndOperation() {
        Wire.XmlReply r = Wire.xml(fx.sim.url(), "/xmlrpc/2/object", "execute_kw",
                kw("account.move", "unlink", List.of(List.of(1))));
        assertThat(r.faultCode()).isEqualTo(4);
        assertThat(r.faultString()).isEqualTo("You are not allowed to delete 'Journal Entry' (account.move) records.\n\n"
                + "This operation is allowed for the following groups:\n\t- Invoicing / Billing\n\n"
                + "Contact your administrator to request access if necessary.");
    }

    @Test
    void missingRightIsJsonAccessErrorWithFullErrorObject() {
        JsonNode resp = Wire.json(fx.sim.url(), "object", "execute_kw", kw("account.move", "unlink", List.of(List.of(1))));
        assertThat(resp.has("result")).isFalse();
        JsonNode error = resp.get("error");
        assertThat(error.get("code").asInt()).isEqualTo(200);
        assertThat(error.get("message").asText()).isEqualTo("Odoo Server Error");
        JsonNode data = error.get("data");
        assertThat(data.get("name").asText()).isEqualTo("odoo.exceptions.AccessError");
        assertThat(data.get("message").asText()).contains("'Journal Entry' (account.move)").contains("delete");
        assertThat(data.get("arguments").get(0).asText()).isEqualTo(data.get("message").asText());
        assertThat(data.get("context").isObject()).isTrue();
        assertThat(data.get("context").size()).isZero();
        assertThat(data.get("debug").asText()).startsWith("Traceback (most recent call last):");
    }

    @Test
    void userErrorFamilyIsXmlFault2WithPlainMessage() {
        Wire.XmlReply r = Wire.xml(fx.sim.url(), "/xmlrpc/2/object", "execute_kw", kw("no.such.model", "search",
                List.of(List.of())));
        assertThat(r.faultCode()).isEqualTo(2);
        assertThat(r.faultString()).isEqualTo("Object no.such.model doesn't exist");
        JsonNode json = Wire.json(fx.sim.url(), "object", "execute_kw", kw("no.such.model", "search", List.of(List.of())));
        assertThat(json.get("error").get("data").get("name").asText()).isEqualTo("odoo.exceptions.UserError");
    }

    @Test
    void pythonErrorsAreXmlFault1WithATraceback() {
        Wire.XmlReply r = Wire.xml(fx.sim.url(), "/xmlrpc/2/object", "execute_kw", kw("res.partner", "search_read",
                List.of(List.of(), List.of("no_such_field"))));
        assertThat(r.faultCode()).isEqualTo(1);
        assertThat(r.faultString()).startsWith("Traceback (most recent call last):\n")
                .endsWith("ValueError: Invalid field 'no_such_field' on model 'res.partner'\n");
        JsonNode json = Wire.json(fx.sim.url(), "object", "execute_kw", kw("res.partner", "search_read",
                List.of(List.of(), List.of("no_such_field"))));
        JsonNode data = json.get("error").get("data");
        assertThat(data.get("name").asText()).isEqualTo("builtins.ValueError");
        assertThat(data.get("message").asText()).isEqualTo("Invalid field 'no_such_field' on model 'res.partner'");
    }

    @Test
    void anIdBeyondPostgresqlsIntegerRangeIsRefusedAsOdooDoes() {
        long beyond = Long.MAX_VALUE / 2;
        JsonNode json = Wire.json(fx.sim.url(), "object", "execute_kw", kw("account.move", "search_read",
                List.of(List.of(List.of("id", ">", beyond)), List.of("name"))));
        assertThat(json.has("result")).isFalse();
        JsonNode data = json.get("error").get("data");
        assertThat(data.get("name").asText()).isEqualTo("psycopg2.errors.NumericValueOutOfRange");
        assertThat(data.get("message").asText()).isEqualTo("integer out of range\n");
        assertThat(json.get("error").get("message").asText()).isEqualTo("Odoo Server Error");

        Wire.XmlReply xml = Wire.xml(fx.sim.url(), "/xmlrpc/2/object", "execute_kw", kw("res.partner", "search",
                List.of(List.of(List.of("parent_id", "in", List.of(1, 1L + Integer.MAX_VALUE))))));
        assertThat(xml.faultCode()).isEqualTo(1);
        assertThat(xml.faultString()).contains("\npsycopg2.errors.NumericValueOutOfRange: integer out of range\n");
    }

    @Test
    void theLargestIdPostgresqlHoldsIsAcceptedAndMatchesNothing() {
        JsonNode json = Wire.json(fx.sim.url(), "object", "execute_kw", kw("account.move", "search",
                List.of(List.of(List.of("id", ">", Integer.MAX_VALUE)))));
        assertThat(json.has("error")).as(json.toString()).isFalse();
        assertThat(json.get("result").isArray()).isTrue();
        assertThat(json.get("result").size()).isZero();
    }

    @Test
    void privateMethodsAreRefused() {
        Wire.XmlReply r = Wire.xml(fx.sim.url(), "/xmlrpc/2/object", "execute_kw", kw("res.partner", "_search",
                List.of(List.of())));
        assertThat(r.faultCode()).isEqualTo(4);
        assertThat(r.faultString()).isEqualTo("Private methods (such as _search) cannot be called remotely.");
    }

    @Test
    void unknownMethodIsAnAttributeError() {
        JsonNode json = Wire.json(fx.sim.url(), "object", "execute_kw", kw("res.partner", "frobnicate", List.of()));
        JsonNode data = json.get("error").get("data");
        assertThat(data.get("name").asText()).isEqualTo("builtins.AttributeError");
        assertThat(data.get("message").asText())
                .isEqualTo("The method 'frobnicate' does not exist on the model 'res.partner'");
    }

    @Test
    void writingADeletedRecordIsMissingErrorButReadingSkipsIt() {
        Odoo odoo = fx.client(Odoo.Protocol.XML);
        int id = (Integer) odoo.call("res.partner", "create", List.of(Map.of("name", "Gone AS")));
        odoo.call("res.partner", "unlink", List.of(List.of(id)));
        assertThat((List<?>) odoo.call("res.partner", "read", List.of(List.of(id), List.of("name")))).isEmpty();
        Odoo.RpcFault f = fault(() -> odoo.call("res.partner", "write", List.of(List.of(id), Map.of("name", "x"))));
        assertThat(f.xmlCode).isEqualTo(2);
        assertThat(f.text).startsWith("One of the documents you are trying to access has been deleted");
        Odoo.RpcFault j = fault(() -> fx.client(Odoo.Protocol.JSON).call("res.partner", "write",
                List.of(List.of(id), Map.of("name", "x"))));
        assertThat(j.name).isEqualTo("odoo.exceptions.MissingError");
    }

    @Test
    void legacyEndpointUsesStringFaultCodes() {
        Wire.XmlReply denied = Wire.xml(fx.sim.url(), "/xmlrpc/object", "execute_kw", "acme", fx.bot.uid(), "bad",
                "res.partner", "search", List.of(List.of()), Map.of());
        assertThat(denied.faultCode()).isEqualTo("AccessDenied");
        Wire.XmlReply user = Wire.xml(fx.sim.url(), "/xmlrpc/object", "execute_kw", kw("nope.model", "search",
                List.of(List.of())));
        assertThat(user.faultCode()).isEqualTo("warning -- UserError\n\nObject nope.model doesn't exist");
        Wire.XmlReply access = Wire.xml(fx.sim.url(), "/xmlrpc/object", "execute_kw", kw("account.move", "unlink",
                List.of(List.of(1))));
        assertThat((String) access.faultCode()).startsWith("warning -- AccessError\n\nYou are not allowed to delete");
    }

    @ParameterizedTest
    @EnumSource(value = OdooVersion.class, names = "V20", mode = EnumSource.Mode.EXCLUDE)
    void jsonErrorCodeFollowsTheVersion(OdooVersion version) {
        try (Fixture other = new Fixture(version)) {
            JsonNode json = Wire.json(other.sim.url(), "object", "execute_kw", "acme", other.bot.uid(), "wrong",
                    "res.partner", "search", List.of(List.of()), Map.of());
            assertThat(json.get("error").get("code").asInt()).isEqualTo(version == OdooVersion.V19 ? 0 : 200);
        }
    }

    @Test
    void invalidJsonIsHttp400AndWrongContentTypeToo() {
        HttpResponse<String> bad = Wire.post(fx.sim.url() + "/jsonrpc", "application/json", "{not json");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("Invalid JSON data");
        HttpResponse<String> text = Wire.post(fx.sim.url() + "/jsonrpc", "text/plain",
                "{\"jsonrpc\":\"2.0\",\"params\":{}}");
        assertThat(text.statusCode()).isEqualTo(400);
    }

    @Test
    void malformedXmlIsFault1() {
        HttpResponse<String> r = Wire.post(fx.sim.url() + "/xmlrpc/2/common", "text/xml", "<methodCall><oops");
        Wire.XmlReply reply = Wire.decode(r.body());
        assertThat(reply.faultCode()).isEqualTo(1);
        assertThat(reply.faultString()).contains("ExpatError");
    }

    @Test
    void wrongArgumentShapesRaisePythonTypeErrors() {
        Odoo odoo = fx.client(Odoo.Protocol.JSON);
        Odoo.RpcFault f = fault(() -> odoo.call("res.partner", "search", List.of(List.of()), Map.of("bogus", 1)));
        assertThat(f.name).isEqualTo("builtins.TypeError");
        assertThat(f.text).isEqualTo("search() got an unexpected keyword argument 'bogus'");
        Odoo.RpcFault dup = fault(() -> odoo.call("res.partner", "search", List.of(List.of(), 0), Map.of("offset", 1)));
        assertThat(dup.text).isEqualTo("search() got multiple values for argument 'offset'");
        Odoo.RpcFault noIds = fault(() -> odoo.call("res.partner", "read", List.of()));
        assertThat(noIds.name).isEqualTo("builtins.IndexError");
    }
}
