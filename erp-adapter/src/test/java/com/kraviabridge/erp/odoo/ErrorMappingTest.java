package com.kraviabridge.erp.odoo;

import com.kraviabridge.core.domain.JournalEntry;
import com.kraviabridge.core.domain.JournalLine;
import com.kraviabridge.core.domain.Money;
import com.kraviabridge.core.port.RemoteCallListener;
import com.kraviabridge.core.port.RemoteFailure;
import com.kraviabridge.core.port.RemoteFailure.Kind;
import com.kraviabridge.erp.odoo.rpc.RpcProtocol;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static com.kraviabridge.erp.odoo.JsonRpcScript.error;
import static com.kraviabridge.erp.odoo.JsonRpcScript.result;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How failures on the wire reach the core, against a scripted JSON-RPC server. */
class ErrorMappingTest {

    private final List<Duration> waits = new ArrayList<>();

    private OdooErp odoo(URI url, RpcProtocol protocol, Duration timeout) {
        OdooClientSettings settings = new OdooClientSettings(url, "acme", "bot", "s3cr3t-key", protocol, 500, timeout)
                .withRetries(3, Duration.ofMillis(100));
        return OdooErp.connect(settings, Clock.systemUTC(), waits::add);
    }

    private OdooErp odoo(ScriptedServer server) {
        return odoo(server.url(), RpcProtocol.JSONRPC, Duration.ofSeconds(5));
    }

    @Test
    void bad_credentials_are_permanent_and_name_user_and_database_but_not_the_password() throws Exception {
        try (ScriptedServer server = new ScriptedServer(new JsonRpcScript().on("authenticate", result("false")))) {
            assertThatThrownBy(() -> odoo(server).companies().companies())
                    .isInstanceOfSatisfying(RemoteFailure.class, f -> {
                        assertThat(f.kind()).isEqualTo(Kind.PERMANENT);
                        assertThat(f.side()).isEqualTo(RemoteFailure.Side.ERP);
                        assertThat(f.getMessage()).contains("'bot'", "'acme'").doesNotContain("s3cr3t-key");
                    });
            assertThat(server.count("\"authenticate\"")).isEqualTo(1);
        }
    }

    @Test
    void access_error_is_permanent_and_names_model_and_operation_with_odoos_message() throws Exception {
        JsonRpcScript script = new JsonRpcScript()
                .on("search_read", error(200, "odoo.exceptions.AccessError", "You are not allowed to access Journal Entry"));
        try (ScriptedServer server = new ScriptedServer(script)) {
            assertThatThrownBy(() -> odoo(server).openInvoices().overdueInvoices(1, LocalDate.now(), 0, 10))
                    .isInstanceOfSatisfying(RemoteFailure.class, f -> {
                        assertThat(f.kind()).isEqualTo(Kind.PERMANENT);
                        assertThat(f.isAccessRefused()).as("the user's rights, not the record, are at fault").isTrue();
                        assertThat(f.getMessage()).contains("search_read", "account.move",
                                "You are not allowed to access Journal Entry");
                    });
            assertThat(server.count("search_read")).as("permanent errors are not retried").isEqualTo(1);
        }
    }

    @Test
    void the_api_key_echoed_by_odoo_is_masked_after_decoding_in_any_form() throws Exception {
        JsonRpcScript script = new JsonRpcScript().on("search_read", error(200, "odoo.exceptions.ValidationError",
                "key s3cr3t-key, escaped \\u0073\\u0033cr3t-key, in a URL s3cr3t%2Dkey"));
        try (ScriptedServer server = new ScriptedServer(script)) {
            assertThatThrownBy(() -> odoo(server).openInvoices().overdueInvoices(1, LocalDate.now(), 0, 10))
                    .isInstanceOfSatisfying(RemoteFailure.class, f -> assertThat(f.describe())
                            .doesNotContain("s3cr3t-key").doesNotContain("cr3t-key").doesNotContain("cr3t%2Dkey")
                            .contains("key ****, escaped ****, in a URL ****"));
        }
    }

    @Test
    void kinds_follow_the_exception_name_not_the_meaningless_error_code() throws Exception {
        JsonRpcScript script = new JsonRpcScript()
                .on("search_read", error(0, "odoo.exceptions.ValidationError", "The entry is not balanced."));
        try (ScriptedServer server = new ScriptedServer(script)) {
            assertThatThrownBy(() -> odoo(server).openInvoices().overdueInvoices(1, LocalDate.now(), 0, 10))
                    .isInstanceOfSatisfying(RemoteFailure.class, f -> {
                        assertThat(f.kind()).isEqualTo(Kind.PERMANENT);
                        assertThat(f.isAccessRefused()).isFalse();
                        assertThat(f.getMessage()).contains("ValidationError", "The entry is not balanced.");
                    });
        }
    }

    @Test
    void a_serialisation_failure_on_a_read_is_retried_with_backoff() throws Exception {
        JsonRpcScript script = new JsonRpcScript().on("search_read",
                error(200, "psycopg2.errors.SerializationFailure", "could not serialize access due to concurrent update"),
                result("[]"));
        try (ScriptedServer server = new ScriptedServer(script)) {
            assertThat(odoo(server).openInvoices().overdueInvoices(1, LocalDate.now(), 0, 10).invoices()).isEmpty();
            assertThat(server.count("search_read")).isEqualTo(2);
            assertThat(waits).containsExactly(Duration.ofMillis(100));
        }
    }

    @Test
    void the_listener_hears_of_every_call_and_retry_by_model_and_method() throws Exception {
        JsonRpcScript script = new JsonRpcScript().on("search_read",
                error(200, "psycopg2.errors.SerializationFailure", "could not serialize access due to concurrent update"),
                result("[]"));
        List<String> heard = new ArrayList<>();
        RemoteCallListener listener = new RemoteCallListener() {
            @Override
            public void answered(String method, String outcome, Duration took) {
                heard.add(method + " " + outcome);
            }

            @Override
            public void retrying(String method) {
                heard.add("retrying " + method);
            }
        };
        try (ScriptedServer server = new ScriptedServer(script)) {
            OdooClientSettings settings = new OdooClientSettings(server.url(), "acme", "bot", "s3cr3t-key",
                    RpcProtocol.JSONRPC, 500, Duration.ofSeconds(5)).withRetries(3, Duration.ofMillis(100));
            OdooErp.connect(settings, Clock.systemUTC(), waits::add, listener).openInvoices()
                    .overdueInvoices(1, LocalDate.now(), 0, 10);
        }

        assertThat(heard).containsSubsequence("account.move.search_read odoo_error",
                "retrying account.move.search_read", "account.move.search_read ok");
        assertThat(String.join(" ", heard)).doesNotContain("s3cr3t-key");
    }

    @Test
    void server_errors_on_reads_are_retried_then_reported_as_retryable() throws Exception {
        JsonRpcScript script = new JsonRpcScript().on("search_read", ScriptedServer.Answer.status(502));
        try (ScriptedServer server = new ScriptedServer(script)) {
            assertThatThrownBy(() -> odoo(server).openInvoices().overdueInvoices(1, LocalDate.now(), 0, 10))
                    .isInstanceOfSatisfying(RemoteFailure.class, f -> assertThat(f.kind()).isEqualTo(Kind.RETRYABLE));
            assertThat(server.count("search_read")).isEqualTo(3);
            assertThat(waits).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
        }
    }

    @Test
    void a_server_error_on_a_write_is_not_repeated_and_its_outcome_is_unknown() throws Exception {
        JsonRpcScript script = new JsonRpcScript().on("message_post", ScriptedServer.Answer.status(504));
        try (ScriptedServer server = new ScriptedServer(script)) {
            assertThatThrownBy(() -> odoo(server).notes().addNote(1, 42, "hello"))
                    .isInstanceOfSatisfying(RemoteFailure.class, f -> assertThat(f.kind()).isEqualTo(Kind.OUTCOME_UNKNOWN));
            assertThat(server.count("message_post")).isEqualTo(1);
        }
    }

    @Test
    void a_write_whose_answer_never_came_has_an_unknown_outcome() throws Exception {
        JsonRpcScript script = new JsonRpcScript().on("message_post", result("5").after(3000));
        try (ScriptedServer server = new ScriptedServer(script)) {
            OdooErp odoo = odoo(server.url(), RpcProtocol.JSONRPC, Duration.ofMillis(700));
            assertThatThrownBy(() -> odoo.notes().addNote(1, 42, "hello"))
                    .isInstanceOfSatisfying(RemoteFailure.class, f -> assertThat(f.kind()).isEqualTo(Kind.OUTCOME_UNKNOWN));
            assertThat(server.count("message_post")).isEqualTo(1);
        }
    }

    @Test
    void an_unreachable_server_is_retryable() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        OdooErp odoo = odoo(URI.create("http://127.0.0.1:" + port), RpcProtocol.AUTO, Duration.ofSeconds(2));
        assertThatThrownBy(() -> odoo.notes().addNote(1, 42, "hello"))
                .isInstanceOfSatisfying(RemoteFailure.class, f -> assertThat(f.kind()).isEqualTo(Kind.RETRYABLE));
    }

    @Test
    void a_validation_error_when_posting_is_permanent_with_odoos_message() throws Exception {
        JsonRpcScript script = new JsonRpcScript()
                .on("search_read", result("[]"),
                        result("[{\"id\":3,\"code\":\"BNK1\",\"default_account_id\":[10,\"1920 Bank\"]}]"),
                        result("[{\"id\":11,\"code\":\"1500\"},{\"id\":12,\"code\":\"7770\"}]"))
                .on("read", result("[]"))
                .on("create", error(200, "odoo.exceptions.UserError",
                        "The move (KRAVIA-SETTLEMENT-9) is not balanced. The total of debits equals 100.00 and the total of credits equals 90.00."));
        // The company's currency is read by a search_read too; its scripted answer has none, so it is not checked.
        try (ScriptedServer server = new ScriptedServer(script)) {
            JournalEntry entry = new JournalEntry(1, "BNK1", LocalDate.of(2024, 5, 2), "KRAVIA-SETTLEMENT-9", List.of(
                    new JournalLine(null, 0, "payout", Money.of("100.00", "NOK"), 0),
                    new JournalLine("1500", 9, "capital", Money.of("-90.00", "NOK"), 0)));
            assertThatThrownBy(() -> odoo(server).ledger().post(entry))
                    .isInstanceOfSatisfying(RemoteFailure.class, f -> {
                        assertThat(f.kind()).isEqualTo(Kind.PERMANENT);
                        assertThat(f.getMessage()).contains("create", "account.move", "not balanced");
                    });
            assertThat(server.count("\"create\"")).isEqualTo(1);
        }
    }

    @Test
    void auto_falls_back_to_xml_rpc_when_json_rpc_is_not_served() throws Exception {
        String version = "<?xml version=\"1.0\"?><methodResponse><params><param><value><struct>"
                + "<member><name>server_version</name><value><string>16.0</string></value></member>"
                + "<member><name>server_version_info</name><value><array><data><value><int>16</int></value>"
                + "<value><int>0</int></value></data></array></value></member>"
                + "</struct></value></param></params></methodResponse>";
        String uid = "<?xml version=\"1.0\"?><methodResponse><params><param><value><int>7</int></value></param></params></methodResponse>";
        ScriptedServer.Script script = request -> switch (request.path()) {
            case "/xmlrpc/2/common" -> ScriptedServer.Answer.xml(request.body().contains("<methodName>version</methodName>") ? version : uid);
            default -> ScriptedServer.Answer.status(404);
        };
        try (ScriptedServer server = new ScriptedServer(script)) {
            OdooErp.ServerInfo info = odoo(server.url(), RpcProtocol.AUTO, Duration.ofSeconds(5)).serverInfo();
            assertThat(info.protocol()).isEqualTo("xmlrpc");
            assertThat(info.major()).isEqualTo(16);
            assertThat(info.uid()).isEqualTo(7);
            assertThat(server.requests()).extracting(ScriptedServer.Request::path)
                    .containsExactly("/json/version", "/jsonrpc", "/xmlrpc/2/common", "/xmlrpc/2/common");
        }
    }

    @Test
    void auto_prefers_json_rpc() throws Exception {
        try (ScriptedServer server = new ScriptedServer(new JsonRpcScript())) {
            OdooErp.ServerInfo info = odoo(server.url(), RpcProtocol.AUTO, Duration.ofSeconds(5)).serverInfo();
            assertThat(info.protocol()).isEqualTo("jsonrpc");
            assertThat(info.major()).isEqualTo(17);
            assertThat(server.count("\"version\"")).as("the probe's answer is reused").isEqualTo(1);
        }
    }

    @Test
    void every_company_call_carries_the_company_in_the_context() throws Exception {
        try (ScriptedServer server = new ScriptedServer(new JsonRpcScript().on("search_read", result("[]")))) {
            odoo(server).openInvoices().overdueInvoices(3, LocalDate.of(2024, 1, 1), 0, 10);
            assertThat(server.requests().get(server.requests().size() - 1).body())
                    .contains("\"allowed_company_ids\":[3]");
        }
    }
}
