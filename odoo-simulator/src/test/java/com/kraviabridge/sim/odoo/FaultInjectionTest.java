package com.kraviabridge.sim.odoo;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static com.kraviabridge.sim.odoo.AuthenticationTest.fault;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FaultInjectionTest {
    Fixture fx;
    Odoo json;

    @BeforeEach
    void start() {
        fx = new Fixture(OdooVersion.V17);
        json = fx.client(Odoo.Protocol.JSON);
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    private String searchBody() {
        return Wire.methodCall("execute_kw", "acme", fx.bot.uid(), "secret", "res.partner", "search",
                List.of(List.of()), Map.of());
    }

    @Test
    void fixedLatencyDelaysEveryCall() {
        fx.sim.faults().latency(Duration.ofMillis(150));
        long start = System.nanoTime();
        json.search("res.partner", List.of());
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(150));
    }

    @Test
    void nextCallsAnswerWithTheGivenHttpStatus() {
        fx.sim.faults().nextCalls(2).httpStatus(503);
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> r = Wire.post(fx.sim.url() + "/xmlrpc/2/object", "text/xml", searchBody());
            assertThat(r.statusCode()).isEqualTo(503);
            assertThat(r.body()).contains("503 Service Unavailable");
        }
        HttpResponse<String> ok = Wire.post(fx.sim.url() + "/xmlrpc/2/object", "text/xml", searchBody());
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(fx.sim.faults().pending()).isZero();
    }

    @Test
    void serializationFailureRollsBackAndReportsPsycopg() {
        fx.sim.faults().nextCall().serializationFailure();
        int before = fx.db.count("res.partner");
        Odoo.RpcFault f = fault(() -> json.call("res.partner", "create", List.of(Map.of("name", "Never"))));
        assertThat(f.name).isEqualTo("psycopg2.errors.SerializationFailure");
        assertThat(f.text).isEqualTo("could not serialize access due to concurrent update\n");
        assertThat(fx.db.count("res.partner")).isEqualTo(before);
        fx.sim.faults().nextCall().serializationFailure();
        Wire.XmlReply xml = Wire.decode(Wire.post(fx.sim.url() + "/xmlrpc/2/object", "text/xml", searchBody()).body());
        assertThat(xml.faultCode()).isEqualTo(1);
        assertThat(xml.faultString()).endsWith(
                "psycopg2.errors.SerializationFailure: could not serialize access due to concurrent update\n\n");
    }

    @Test
    void droppedConnectionDoesNothing() {
        fx.sim.faults().nextCall().dropConnection();
        int before = fx.db.count("res.partner");
        assertThatThrownBy(() -> json.call("res.partner", "create", List.of(Map.of("name", "Lost"))))
                .isInstanceOf(Wire.WireFailure.class);
        assertThat(fx.db.count("res.partner")).isEqualTo(before);
    }

    @Test
    void failAfterCommitDoesTheWorkThenDrops() {
        fx.sim.faults().nextCall().failAfterCommit();
        int before = fx.db.count("res.partner");
        assertThatThrownBy(() -> json.call("res.partner", "create", List.of(Map.of("name", "Committed AS"))))
                .isInstanceOf(Wire.WireFailure.class);
        assertThat(fx.db.count("res.partner")).isEqualTo(before + 1);
        assertThat(json.search("res.partner", List.of(List.of("name", "=", "Committed AS")))).hasSize(1);
    }

    @Test
    void plansCanTargetOneModelMethod() {
        fx.sim.faults().nextCall().matching("res.partner", "create").httpStatus(502);
        assertThat(json.search("res.partner", List.of())).isNotEmpty();
        assertThatThrownBy(() -> json.call("res.partner", "create", List.of(Map.of("name", "X"))))
                .hasMessageContaining("HTTP 502");
        fx.sim.faults().nextCall().matching("common", "login").httpStatus(500);
        HttpResponse<String> r = Wire.post(fx.sim.url() + "/xmlrpc/2/common", "text/xml",
                Wire.methodCall("login", "acme", "bot", "secret"));
        assertThat(r.statusCode()).isEqualTo(500);
    }

    @Test
    void statsCountTotalsAndModelMethods() {
        fx.sim.stats().reset();
        json.search("res.partner", List.of());
        json.search("res.partner", List.of());
        json.searchRead("account.move", List.of(), List.of("name"));
        Wire.xml(fx.sim.url(), "/xmlrpc/2/common", "version");
        fx.sim.faults().nextCall().httpStatus(503);
        Wire.post(fx.sim.url() + "/xmlrpc/2/object", "text/xml", searchBody());
        RequestStats stats = fx.sim.stats();
        assertThat(stats.total()).isEqualTo(5);
        assertThat(stats.count("res.partner", "search")).isEqualTo(3);
        assertThat(stats.count("account.move", "search_read")).isEqualTo(1);
        assertThat(stats.serviceCount("common", "version")).isEqualTo(1);
        assertThat(stats.serviceCount("object", "execute_kw")).isEqualTo(4);
    }

    @Test
    void jsonRpcIdIsEchoedEvenOnErrors() {
        HttpResponse<String> r = Wire.post(fx.sim.url() + "/jsonrpc", "application/json",
                "{\"jsonrpc\":\"2.0\",\"method\":\"call\",\"id\":\"abc\",\"params\":{\"service\":\"object\","
                        + "\"method\":\"execute_kw\",\"args\":[\"acme\"," + fx.bot.uid() + ",\"bad\",\"res.partner\","
                        + "\"search\",[[]]]}}");
        JsonNode node = read(r.body());
        assertThat(node.get("id").asText()).isEqualTo("abc");
        assertThat(node.get("error").get("data").get("name").asText()).isEqualTo("odoo.exceptions.AccessDenied");
    }

    private static JsonNode read(String body) {
        try {
            return Wire.JSON.readTree(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
