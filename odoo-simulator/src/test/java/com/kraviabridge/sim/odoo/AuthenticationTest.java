package com.kraviabridge.sim.odoo;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@SuppressWarnings("unchecked")
class AuthenticationTest {
    static Fixture fx;

    @BeforeAll
    static void start() {
        fx = new Fixture(OdooVersion.V17);
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    @ParameterizedTest
    @EnumSource(value = OdooVersion.class, names = "V20", mode = EnumSource.Mode.EXCLUDE)
    void versionReportsTheEmulatedRelease(OdooVersion version) {
        try (OdooSimulator sim = OdooSimulator.start(version)) {
            Wire.XmlReply xml = Wire.xml(sim.url(), "/xmlrpc/2/common", "version");
            assertThat(xml.value()).isEqualTo(Map.of(
                    "server_version", version.major() + ".0",
                    "server_version_info", List.of(version.major(), 0, 0, "final", 0, ""),
                    "server_serie", version.major() + ".0",
                    "protocol_version", 1));
            JsonNode json = Wire.json(sim.url(), "common", "version");
            assertThat(json.get("result").get("server_version").asText()).isEqualTo(version.major() + ".0");
            assertThat(json.get("id").asInt()).isEqualTo(7);
        }
    }

    @Test
    void xmlRpcLoginAcceptsPasswordAndApiKey() {
        assertThat(Wire.xml(fx.sim.url(), "/xmlrpc/2/common", "login", "acme", "bot", "secret").value())
                .isEqualTo(fx.bot.uid());
        assertThat(Wire.xml(fx.sim.url(), "/xmlrpc/2/common", "authenticate", "acme", "bot", "bot-api-key", Map.of())
                .value()).isEqualTo(fx.bot.uid());
    }

    @Test
    void badCredentialsMakeLoginReturnFalseNotAFault() {
        Wire.XmlReply xml = Wire.xml(fx.sim.url(), "/xmlrpc/2/common", "authenticate", "acme", "bot", "wrong", Map.of());
        assertThat(xml.isFault()).isFalse();
        assertThat(xml.value()).isEqualTo(false);
        assertThat(Wire.xml(fx.sim.url(), "/xmlrpc/2/common", "login", "acme", "nobody", "secret").value())
                .isEqualTo(false);
        JsonNode json = Wire.json(fx.sim.url(), "common", "login", "acme", "bot", "wrong");
        assertThat(json.get("result").asBoolean(true)).isFalse();
        assertThat(json.has("error")).isFalse();
    }

    @Test
    void archivedUserCannotLogInOrCall() {
        SimUser temp = fx.db.addUser("temp", "pw");
        temp.deactivate();
        assertThat(Wire.xml(fx.sim.url(), "/xmlrpc/2/common", "login", "acme", "temp", "pw").value()).isEqualTo(false);
        Odoo.RpcFault fault = fault(() -> new Odoo(fx.sim.url(), Odoo.Protocol.XML, "acme", temp.uid(), "pw")
                .search("res.partner", List.of()));
        assertThat(fault.xmlCode).isEqualTo(3);
    }

    @Test
    void executeKwWithBadSecretIsAccessDenied() {
        Odoo.RpcFault xml = fault(() -> new Odoo(fx.sim.url(), Odoo.Protocol.XML, "acme", fx.bot.uid(), "nope")
                .search("res.partner", List.of()));
        assertThat(xml.xmlCode).isEqualTo(3);
        assertThat(xml.text).isEqualTo("Access Denied");
        Odoo.RpcFault json = fault(() -> new Odoo(fx.sim.url(), Odoo.Protocol.JSON, "acme", fx.bot.uid(), "nope")
                .search("res.partner", List.of()));
        assertThat(json.name).isEqualTo("odoo.exceptions.AccessDenied");
        assertThat(json.text).isEqualTo("Access Denied");
    }

    @Test
    void apiKeyReplacesThePasswordAndStopsWorkingWhenRevoked() {
        SimUser keyed = fx.db.addUser("keyed", "pw").apiKey("k1");
        Odoo withKey = new Odoo(fx.sim.url(), Odoo.Protocol.JSON, "acme", keyed.uid(), "k1");
        assertThat(withKey.search("res.country", List.of(List.of("code", "=", "NO")))).hasSize(1);
        keyed.revokeApiKey("k1");
        assertThat(fault(() -> withKey.search("res.country", List.of())).name)
                .isEqualTo("odoo.exceptions.AccessDenied");
    }

    @Test
    void keyOfAnotherUserIsRejected() {
        Odoo.RpcFault f = fault(() -> new Odoo(fx.sim.url(), Odoo.Protocol.XML, "acme", fx.admin.uid(), "bot-api-key")
                .search("res.partner", List.of()));
        assertThat(f.xmlCode).isEqualTo(3);
    }

    @Test
    void unknownDatabaseIsAnInternalError() {
        Wire.XmlReply r = Wire.xml(fx.sim.url(), "/xmlrpc/2/common", "login", "nodb", "bot", "secret");
        assertThat(r.faultCode()).isEqualTo(1);
        assertThat(r.faultString()).startsWith("Traceback (most recent call last):")
                .contains("psycopg2.OperationalError").contains("database \"nodb\" does not exist");
    }

    @Test
    void oldStyleExecutePassesArgsPositionally() {
        Wire.XmlReply r = Wire.xml(fx.sim.url(), "/xmlrpc/2/object", "execute", "acme", fx.bot.uid(), "secret",
                "res.country", "search", List.of(List.of("code", "=", "SE")));
        assertThat((List<Object>) r.value()).hasSize(1);
        JsonNode json = Wire.json(fx.sim.url(), "object", "execute", "acme", fx.bot.uid(), "secret", "res.country",
                "search_count", List.of());
        assertThat(json.get("result").asInt()).isGreaterThan(5);
    }

    @Test
    void webVersionAnswersWithoutAuthentication() throws Exception {
        java.net.http.HttpResponse<String> r = Wire.HTTP.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(fx.sim.url() + "/web/version")).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(Wire.JSON.readTree(r.body()).get("version").asText()).isEqualTo("17.0");
    }

    static Odoo.RpcFault fault(Runnable call) {
        try {
            call.run();
        } catch (Odoo.RpcFault f) {
            return f;
        }
        throw new AssertionError("expected a fault");
    }
}
