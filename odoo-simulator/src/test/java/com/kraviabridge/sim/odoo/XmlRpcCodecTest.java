package com.kraviabridge.sim.odoo;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The hand-written XML-RPC codec against payloads as other clients produce them. */
@SuppressWarnings("unchecked")
class XmlRpcCodecTest {
    static Fixture fx;

    @BeforeAll
    static void start() {
        fx = new Fixture(OdooVersion.V17);
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    private Wire.XmlReply raw(String body) {
        HttpResponse<String> r = Wire.post(fx.sim.url() + "/xmlrpc/2/object", "text/xml", body);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/xml");
        return Wire.decode(r.body());
    }

    private String call(String modelMethodAndArgs) {
        return "<?xml version=\"1.0\"?><methodCall><methodName>execute_kw</methodName><params>"
                + "<param><value>acme</value></param>"
                + "<param><value><i4>" + fx.bot.uid() + "</i4></value></param>"
                + "<param><value><string>secret</string></value></param>" + modelMethodAndArgs
                + "</params></methodCall>";
    }

    @Test
    void acceptsUntypedStringsI4NilDateTimeAndBase64() {
        Wire.XmlReply r = raw(call("<param><value>res.partner</value></param><param><value>create</value></param>"
                + "<param><value><array><data><value><struct>"
                + "<member><name>name</name><value>Plain &amp; Simple AS</value></member>"
                + "<member><name>comment</name><value><ex:nil xmlns:ex=\"http://ws.apache.org/xmlrpc/namespaces/extensions\"/></value></member>"
                + "<member><name>ref</name><value><base64>S1VOREUtMQ==</base64></value></member>"
                + "</struct></value></data></array></value></param>"));
        assertThat(r.isFault()).as(r.raw()).isFalse();
        int id = (Integer) r.value();
        Map<String, Object> row = fx.client(Odoo.Protocol.XML).readOne("res.partner", id, "name", "comment", "ref");
        assertThat(row).containsEntry("name", "Plain & Simple AS").containsEntry("comment", false)
                .containsEntry("ref", "KUNDE-1");
        Wire.XmlReply dt = raw(call("<param><value>res.partner</value></param><param><value>search</value></param>"
                + "<param><value><array><data><value><array><data><value><array><data><value>write_date</value>"
                + "<value>&lt;=</value><value><dateTime.iso8601>20300101T00:00:00</dateTime.iso8601></value>"
                + "</data></array></value></data></array></value></data></array></value></param>"));
        assertThat(dt.isFault()).as(dt.raw()).isFalse();
        assertThat((List<Object>) dt.value()).contains((Object) id);
    }

    @Test
    void neverSendsNilAndStripsControlCharacters() {
        // XML 1.0 cannot carry U+0007, so the value arrives over JSON-RPC
        Odoo odoo = fx.client(Odoo.Protocol.JSON);
        int id = (Integer) odoo.call("res.partner", "create", List.of(Map.of("name", "Bell\u0007 AS\tTab")));
        Wire.XmlReply r = Wire.xml(fx.sim.url(), "/xmlrpc/2/object", "execute_kw", "acme", fx.bot.uid(), "secret",
                "res.partner", "read", List.of(List.of(id), List.of("name", "email", "parent_id")), Map.of());
        assertThat(r.raw()).doesNotContain("<nil").doesNotContain("\u0007");
        Map<String, Object> row = ((List<Map<String, Object>>) r.value()).get(0);
        assertThat(row).containsEntry("name", "Bell AS\tTab").containsEntry("email", false)
                .containsEntry("parent_id", false);
        assertThat(r.raw()).contains("<value><boolean>0</boolean></value>");
    }

    @Test
    void badBooleanIsAFault() {
        Wire.XmlReply r = raw(call("<param><value>res.partner</value></param><param><value>search</value></param>"
                + "<param><value><array><data><value><array><data><value><array><data><value>active</value>"
                + "<value>=</value><value><boolean>yes</boolean></value></data></array></value></data></array>"
                + "</value></data></array></value></param>"));
        assertThat(r.faultCode()).isEqualTo(1);
        assertThat(r.faultString()).endsWith("TypeError: bad boolean value\n");
    }

    @Test
    void doctypesAreRefused() {
        String evil = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<methodCall><methodName>version</methodName><params><param><value>&e;</value></param></params>"
                + "</methodCall>";
        Wire.XmlReply r = Wire.decode(Wire.post(fx.sim.url() + "/xmlrpc/2/common", "text/xml", evil).body());
        assertThat(r.isFault()).isTrue();
        assertThat(r.faultString()).doesNotContain("root:");
    }
}
