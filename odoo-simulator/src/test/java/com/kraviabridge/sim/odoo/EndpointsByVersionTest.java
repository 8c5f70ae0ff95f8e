package com.kraviabridge.sim.odoo;

import com.fasterxml.jackson.databind.JsonNode;
import com.kraviabridge.sim.odoo.seed.InvoiceRef;
import com.kraviabridge.sim.odoo.seed.PartnerRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static com.kraviabridge.sim.odoo.AuthenticationTest.fault;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which endpoints each emulated version has: JSON-2 from 19; XML-RPC and JSON-RPC up to 19, where every request
 * to them is counted as deprecated; none of the old ones on 20.
 */
class EndpointsByVersionTest {
    private static final List<Object> NO_DOMAIN = List.of();

    @Test
    void version19AnswersTheOldEndpointsAndCountsEachRequestToThem() {
        try (Fixture fx = new Fixture(OdooVersion.V19)) {
            assertThat(fx.sim.deprecatedCalls()).isZero();
            assertThat(Wire.xml(fx.sim.url(), "/xmlrpc/2/common", "login", "acme", "bot", "bot-api-key").value())
                    .isEqualTo(fx.bot.uid());
            assertThat(fx.client(Odoo.Protocol.XML).search("res.country", List.of(List.of("code", "=", "NO"))))
                    .hasSize(1);
            assertThat(fx.client(Odoo.Protocol.JSON).search("res.country", List.of(List.of("code", "=", "NO"))))
                    .hasSize(1);
            assertThat(Wire.xml(fx.sim.url(), "/xmlrpc/common", "version").isFault()).isFalse();
            assertThat(fx.sim.deprecatedCalls()).isEqualTo(4);
        }
    }

    @Test
    void jsonTwoAndTheVersionProbesAreNotDeprecated() {
        try (Fixture fx = new Fixture(OdooVersion.V19)) {
            Json2 bot = Json2.withKey(fx.sim.url(), "acme", "bot-api-key");
            assertThat(bot.call("res.country", "search", "domain", NO_DOMAIN).status()).isEqualTo(200);
            assertThat(bot.get("/json/version").status()).isEqualTo(200);
            HttpRequest webVersion = HttpRequest.newBuilder(URI.create(fx.sim.url() + "/web/version")).GET().build();
            assertThat(Wire.HTTP.sendAsync(webVersion, HttpResponse.BodyHandlers.ofString()).join().statusCode())
                    .isEqualTo(200);
            assertThat(fx.sim.stats().total()).isEqualTo(1);
            assertThat(fx.sim.deprecatedCalls()).isZero();
        }
    }

    @Test
    void version20HasJsonTwoOnlyAndCountsRequestsToTheRemovedEndpoints() {
        try (Fixture fx = new Fixture(OdooVersion.V20)) {
            for (String path : List.of("/xmlrpc/2/common", "/xmlrpc/2/object", "/xmlrpc/common", "/jsonrpc")) {
                HttpResponse<String> resp = Wire.post(fx.sim.url() + path, "text/xml",
                        Wire.methodCall("version"));
                assertThat(resp.statusCode()).as(path).isEqualTo(404);
            }
            assertThat(fx.sim.deprecatedCalls()).isEqualTo(4);
            Json2 bot = Json2.withKey(fx.sim.url(), "acme", "bot-api-key");
            assertThat(bot.get("/json/version").value()).isEqualTo(Map.of("version_info",
                    List.of(20, 0, 0, "final", 0, ""), "version", "20.0"));
            PartnerRef p = fx.db.seed().partner("Twenty AS").save();
            assertThat(bot.call("res.partner", "read", "ids", List.of(p.id()), "fields", List.of("name")).value())
                    .isEqualTo(List.of(Map.of("id", p.id(), "name", "Twenty AS")));
            assertThat(fx.sim.deprecatedCalls()).isEqualTo(4);
        }
    }

    @ParameterizedTest
    @EnumSource(value = OdooVersion.class, names = {"V16", "V17", "V18"})
    void beforeNineteenThereIsNoJsonTwoAndNothingIsDeprecated(OdooVersion version) {
        try (Fixture fx = new Fixture(version)) {
            Json2 bot = Json2.withKey(fx.sim.url(), "acme", "bot-api-key");
            Json2.Reply call = bot.call("res.partner", "search", "domain", NO_DOMAIN);
            assertThat(call.status()).isEqualTo(404);
            assertThat(call.header("Content-Type")).startsWith("text/html");
            assertThat(bot.get("/json/version").status()).isEqualTo(404);
            assertThat(fx.client(Odoo.Protocol.JSON).search("res.country", List.of(List.of("code", "=", "NO"))))
                    .hasSize(1);
            assertThat(fx.sim.deprecatedCalls()).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(value = OdooVersion.class, names = {"V18", "V19"})
    void messagePostAnswersAListFrom19OverXmlRpcAndJsonRpcToo(OdooVersion version) {
        try (Fixture fx = new Fixture(version)) {
            PartnerRef p = fx.db.seed().partner("Debtor AS").save();
            InvoiceRef inv = fx.db.seed().invoice(p).amount("100").invoiceDate(Fixture.TODAY).save();
            for (Odoo.Protocol protocol : Odoo.Protocol.values()) {
                Object result = fx.client(protocol).call("account.move", "message_post", List.of(List.of(inv.id())),
                        Map.of("body", "note"));
                if (version.atLeast(19)) {
                    assertThat(result).as(protocol.name()).asList().hasSize(1);
                } else {
                    assertThat(result).as(protocol.name()).isInstanceOf(Integer.class);
                }
            }
        }
    }

    @Test
    void aLockErrorIsAUserErrorOverTheOldProtocols() {
        try (Fixture fx = new Fixture(OdooVersion.V19)) {
            fx.sim.faults().nextCalls(2).matching("res.partner", "search").lockError();
            Odoo.RpcFault xml = fault(() -> fx.client(Odoo.Protocol.XML).search("res.partner", NO_DOMAIN));
            assertThat(xml.xmlCode).isEqualTo(2);
            Odoo.RpcFault json = fault(() -> fx.client(Odoo.Protocol.JSON).search("res.partner", NO_DOMAIN));
            assertThat(json.name).isEqualTo("odoo.exceptions.LockError");
        }
    }

    @Test
    void jsonRpcErrorCodeIsZeroOn19() {
        try (Fixture fx = new Fixture(OdooVersion.V19)) {
            JsonNode resp = Wire.json(fx.sim.url(), "object", "execute_kw", "acme", fx.bot.uid(), "secret",
                    "res.partner", "x", List.of(), Map.of());
            assertThat(resp.get("error").get("code").asInt()).isZero();
        }
    }
}
