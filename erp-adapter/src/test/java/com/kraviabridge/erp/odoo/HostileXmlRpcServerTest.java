package com.kraviabridge.erp.odoo;

import com.kraviabridge.core.port.RemoteFailure;
import com.kraviabridge.erp.odoo.rpc.RpcProtocol;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A hostile or hijacked server must not get Java objects deserialised in the bridge (the class of bug behind
 * CVE-2016-5003 / CVE-2019-17570 in Apache XML-RPC). Even with the library's own opt-in switch turned on, the
 * adapter's configuration (extensions and exceptions disabled) keeps the payload from being read.
 */
class HostileXmlRpcServerTest {

    private static final String EX = "http://ws.apache.org/xmlrpc/namespaces/extensions";
    private static final String PAYLOAD = Tripwire.serialisedBase64();
    private static final String PROPERTY = "org.apache.xmlrpc.allowInsecureDeserialization";

    private String previousProperty;

    @BeforeEach
    void arm() {
        Tripwire.triggered = false;
        // The fork refuses ex:serializable unless this is set; set it to prove the adapter does not rely on it.
        previousProperty = System.setProperty(PROPERTY, "1");
    }

    @AfterEach
    void disarm() {
        if (previousProperty == null) {
            System.clearProperty(PROPERTY);
        } else {
            System.setProperty(PROPERTY, previousProperty);
        }
    }

    @Test
    void a_serialised_object_as_a_result_is_refused_not_deserialised() throws Exception {
        String answer = "<?xml version=\"1.0\"?><methodResponse xmlns:ex=\"" + EX + "\"><params><param><value>"
                + "<ex:serializable>" + PAYLOAD + "</ex:serializable></value></param></params></methodResponse>";
        assertRefused(answer);
    }

    @Test
    void a_serialised_fault_cause_is_ignored_not_deserialised() throws Exception {
        String answer = "<?xml version=\"1.0\"?><methodResponse><fault><value><struct>"
                + "<member><name>faultCode</name><value><int>1</int></value></member>"
                + "<member><name>faultString</name><value><string>boom</string></value></member>"
                + "<member><name>faultCause</name><value><base64>" + PAYLOAD + "</base64></value></member>"
                + "</struct></value></fault></methodResponse>";
        assertRefused(answer);
    }

    @Test
    void a_serialised_object_inside_a_fault_is_refused_not_deserialised() throws Exception {
        String answer = "<?xml version=\"1.0\"?><methodResponse xmlns:ex=\"" + EX + "\"><fault><value><struct>"
                + "<member><name>faultCode</name><value><int>2</int></value></member>"
                + "<member><name>faultString</name><value><ex:serializable>" + PAYLOAD + "</ex:serializable></value></member>"
                + "</struct></value></fault></methodResponse>";
        assertRefused(answer);
    }

    @Test
    void a_serialised_object_deep_in_a_struct_is_refused_not_deserialised() throws Exception {
        String answer = "<?xml version=\"1.0\"?><methodResponse xmlns:ex=\"" + EX + "\"><params><param><value><struct>"
                + "<member><name>server_version_info</name><value><array><data><value><ex:serializable>" + PAYLOAD
                + "</ex:serializable></value></data></array></value></member>"
                + "</struct></value></param></params></methodResponse>";
        assertRefused(answer);
    }

    private void assertRefused(String hostileAnswer) throws Exception {
        try (ScriptedServer server = new ScriptedServer(request -> ScriptedServer.Answer.xml(hostileAnswer))) {
            OdooErp odoo = OdooErp.connect(new OdooClientSettings(server.url(), "db", "bot", "secret-key",
                    RpcProtocol.XMLRPC, 500, Duration.ofSeconds(5)).withRetries(1, Duration.ZERO));

            assertThatThrownBy(() -> odoo.companies().companies())
                    .isInstanceOf(RemoteFailure.class)
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("secret-key"));
            assertThat(server.requests()).isNotEmpty();
            assertThat(server.requests().get(0).path()).isEqualTo("/xmlrpc/2/common");
        }
        assertThat(Tripwire.triggered).as("the serialised object was deserialised").isFalse();
    }
}
