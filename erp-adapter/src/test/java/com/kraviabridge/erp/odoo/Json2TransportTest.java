package com.kraviabridge.erp.odoo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.kraviabridge.core.port.RemoteFailure;
import com.kraviabridge.core.port.RemoteFailure.Kind;
import com.kraviabridge.erp.odoo.rpc.RpcProtocol;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static com.kraviabridge.erp.odoo.Json2Script.error;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The JSON-2 transport against a scripted Odoo 19: what goes on the wire, and how its errors reach the core. */
class Json2TransportTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KEY = "s3cr3t-api-key";

    private final List<Duration> waits = new ArrayList<>();

    private OdooErp odoo(URI url, RpcProtocol protocol, Duration timeout) {
        OdooClientSettings settings = new OdooClientSettings(url, "acme", "bot", KEY, protocol, 500, timeout)
                .withRetries(3, Duration.ofMillis(100));
        return OdooErp.connect(settings, Clock.systemUTC(), waits::add);
    }

    private OdooErp odoo(ScriptedServer server) {
        return odoo(server.url(), RpcProtocol.JSON2, Duration.ofSeconds(5));
    }

    private static Json2Script noInvoices() {
        return new Json2Script().on("account.move/search_read", ScriptedServer.Answer.json("[]"))
                .on("account.move/fields_get", ScriptedServer.Answer.json("{}"));
    }

    private static ScriptedServer.Request last(ScriptedServer server, String path) {
        List<ScriptedServer.Request> matching = server.requests().stream().filter(r -> r.path().equals(path)).toList();
        assertThat(matching).as("requests to " + path).isNotEmpty();
        return matching.get(matching.size() - 1);
    }

    @Test
    void a_call_is_a_post_with_named_arguments_the_key_as_bearer_the_database_and_the_bridges_name() throws Exception {
        try (ScriptedServer server = new ScriptedServer(noInvoices())) {
            odoo(server).openInvoices().overdueInvoices(3, LocalDate.of(2024, 1, 1), 0, 10);

            ScriptedServer.Request search = last(server, "/json/2/account.move/search_read");
            assertThat(search.method()).isEqualTo("POST");
            assertThat(search.header("Authorization")).isEqualTo("bearer " + KEY);
            assertThat(search.header("X-Odoo-Database")).isEqualTo("acme");
            assertThat(search.header("User-Agent")).startsWith("kravia-bridge/").doesNotContain("unknown");
            JsonNode body = JSON.readTree(search.body());
            assertThat(body.has("domain")).isTrue();
            assertThat(body.has("fields")).isTrue();
            assertThat(body.has("args")).as("no positional arguments in JSON-2").isFalse();
            assertThat(body.path("context").path("allowed_company_ids").toString()).isEqualTo("[3]");
            assertThat(server.requests()).extracting(ScriptedServer.Request::path)
                    .noneMatch(path -> path.startsWith("/jsonrpc") || path.startsWith("/xmlrpc"));
        }
    }

    @Test
    void the_user_is_who_the_key_belongs_to_and_the_version_comes_from_json_version() throws Exception {
        try (ScriptedServer server = new ScriptedServer(new Json2Script())) {
            OdooErp.ServerInfo info = odoo(server).serverInfo();

            assertThat(info.protocol()).isEqualTo("json2");
            assertThat(info.major()).isEqualTo(19);
            assertThat(info.uid()).isEqualTo(7);
            assertThat(last(server, "/json/version").header("Authorization")).as("the version needs no key").isNull();
        }
    }

    @Test
    void a_refused_key_names_odoo_password_and_api_keys_and_where_to_make_one_but_never_the_key() throws Exception {
        Json2Script script = new Json2Script().on("res.users/context_get",
                error(401, "werkzeug.exceptions.Unauthorized", "Invalid apikey"));
        try (ScriptedServer server = new ScriptedServer(script)) {
            assertThatThrownBy(() -> odoo(server).serverInfo())
                    .isInstanceOfSatisfying(RemoteFailure.class, f -> {
                        assertThat(f.kind()).isEqualTo(Kind.PERMANENT);
                        assertThat(f.isAccessRefused()).isTrue();
                        assertThat(f.getMessage()).contains("'bot'", "'acme'", "Invalid apikey", "odoo.password",
                                "API key", "Preferences > Account Security > New API Key").doesNotContain(KEY);
                    });
        }
    }

    @Test
    void an_empty_key_is_refused_without_sending_it() throws Exception {
        try (ScriptedServer server = new ScriptedServer(new Json2Script())) {
            OdooClientSettings settings = new OdooClientSettings(server.url(), "acme", "bot", "", RpcProtocol.JSON2, 500,
                    Duration.ofSeconds(5));
            assertThatThrownBy(() -> OdooErp.connect(settings).serverInfo())
                    .isInstanceOfSatisfying(RemoteFailure.class, f ->
                            assertThat(f.getMessage()).contains("odoo.password", "API key"));
            assertThat(server.requests()).extracting(ScriptedServer.Request::path)
                    .doesNotContain("/json/2/res.users/context_get");
        }
    }

    @Test
    void access_rights_are_refused_access_like_over_the_other_protocols() throws Exception {
        Json2Script script = noInvoices().on("account.move/search_read",
                error(403, "odoo.exceptions.AccessError", "You are not allowed to access Journal Entry"));
        try (ScriptedServer server = new ScriptedServer(script)) {
            assertThatThrownBy(() -> odoo(server).openInvoices().overdueInvoices(1, LocalDate.now(), 0, 10))
                    .isInstanceOfSatisfying(RemoteFailure.class, f -> {
                        assertThat(f.kind()).isEqualTo(Kind.PERMANENT);
                        assertThat(f.isAccessRefused()).isTrue();
                        assertThat(f.getMessage()).contains("search_read", "account.move", "not allowed");
                    });
        }
    }

    @Test
    void an_unknown_model_or_method_and_a_user_error_are_permanent_with_odoos_message() throws Exception {
        for (ScriptedServer.Answer answer : List.of(
                error(404, "werkzeug.exceptions.NotFound", "the model 'account.move' does not exist"),
                error(422, "odoo.exceptions.ValidationError", "the entry is not balanced"),
                error(422, "werkzeug.exceptions.UnprocessableEntity", "missing a required argument: 'domain'"),
                error(500, "builtins.ValueError", "Invalid field 'x' on 'account.move'"),
                error(400, "werkzeug.exceptions.BadRequest", "Invalid JSON data"))) {
            try (ScriptedServer server = new ScriptedServer(noInvoices().on("account.move/search_read", answer))) {
                assertThatThrownBy(() -> odoo(server).openInvoices().overdueInvoices(1, LocalDate.now(), 0, 10))
                        .isInstanceOfSatisfying(RemoteFailure.class, f -> {
                            assertThat(f.kind()).isEqualTo(Kind.PERMANENT);
                            assertThat(f.isAccessRefused()).isFalse();
                            assertThat(f.getMessage()).contains("account.move");
                        });
                assertThat(server.count("")).isPositive();
            }
        }
    }

    @Test
    void a_lock_conflict_was_rolled_back_and_is_retried() throws Exception {
        Json2Script script = noInvoices().on("account.move/search_read",
                error(409, "odoo.exceptions.LockError", "could not obtain lock"), ScriptedServer.Answer.json("[]"));
        try (ScriptedServer server = new ScriptedServer(script)) {
            assertThat(odoo(server).openInvoices().overdueInvoices(1, LocalDate.now(), 0, 10).invoices()).isEmpty();
            assertThat(server.requests().stream().filter(r -> r.path().endsWith("/search_read")).count()).isEqualTo(2);
            assertThat(waits).hasSize(1);
        }
    }

    @Test
    void a_write_whose_answer_never_came_has_an_unknown_outcome_and_is_not_repeated() throws Exception {
        Json2Script script = new Json2Script().on("account.move/message_post",
                ScriptedServer.Answer.json("[41]").after(3000));
        try (ScriptedServer server = new ScriptedServer(script)) {
            OdooErp odoo = odoo(server.url(), RpcProtocol.JSON2, Duration.ofMillis(500));
            assertThatThrownBy(() -> odoo.notes().addNote(1, 5, "handed over"))
                    .isInstanceOfSatisfying(RemoteFailure.class,
                            f -> assertThat(f.kind()).isEqualTo(Kind.OUTCOME_UNKNOWN));
            assertThat(server.requests().stream().filter(r -> r.path().endsWith("/message_post")).count()).isEqualTo(1);
        }
    }

    @Test
    void an_empty_answer_to_a_write_is_not_taken_for_none_but_leaves_the_outcome_unknown() throws Exception {
        Json2Script script = new Json2Script().on("account.move/message_post",
                new ScriptedServer.Answer(200, "application/json", "", 0));
        try (ScriptedServer server = new ScriptedServer(script)) {
            assertThatThrownBy(() -> odoo(server).notes().addNote(1, 5, "handed over"))
                    .isInstanceOfSatisfying(RemoteFailure.class,
                            f -> assertThat(f.kind()).isEqualTo(Kind.OUTCOME_UNKNOWN));
        }
    }

    @Test
    void auto_picks_json2_on_odoo_19_without_touching_the_deprecated_endpoints() throws Exception {
        try (ScriptedServer server = new ScriptedServer(new Json2Script())) {
            OdooErp.ServerInfo info = odoo(server.url(), RpcProtocol.AUTO, Duration.ofSeconds(5)).serverInfo();

            assertThat(info.protocol()).isEqualTo("json2");
            assertThat(server.requests()).extracting(ScriptedServer.Request::path)
                    .containsExactly("/json/version", "/json/2/res.users/context_get");
        }
    }

    @Test
    void auto_picks_json_rpc_before_odoo_19() throws Exception {
        try (ScriptedServer server = new ScriptedServer(new JsonRpcScript())) {
            OdooErp.ServerInfo info = odoo(server.url(), RpcProtocol.AUTO, Duration.ofSeconds(5)).serverInfo();

            assertThat(info.protocol()).isEqualTo("jsonrpc");
            assertThat(info.major()).isEqualTo(17);
        }
    }

    @Test
    void json2_asked_of_an_odoo_before_19_fails_saying_which_version_it_is_and_what_to_set() throws Exception {
        try (ScriptedServer server = new ScriptedServer(new JsonRpcScript())) {
            assertThatThrownBy(() -> odoo(server).serverInfo())
                    .isInstanceOfSatisfying(RemoteFailure.class, f -> {
                        assertThat(f.kind()).isEqualTo(Kind.PERMANENT);
                        assertThat(f.getMessage()).contains("odoo.protocol", "json2", "Odoo 17.0", "auto");
                    });
            assertThat(server.requests()).extracting(ScriptedServer.Request::path).doesNotContain("/json/2/res.users/context_get");
        }
    }

    @Test
    void a_deprecated_protocol_set_by_hand_on_odoo_19_is_warned_about_and_json2_is_not() throws Exception {
        JsonRpcScript odoo19 = new JsonRpcScript().on("version", JsonRpcScript.result(
                "{\"server_version\":\"19.0\",\"server_version_info\":[19,0,0,\"final\",0,\"\"],\"protocol_version\":1}"));
        try (ScriptedServer server = new ScriptedServer(odoo19)) {
            OdooErp.ServerInfo info = odoo(server.url(), RpcProtocol.JSONRPC, Duration.ofSeconds(5)).serverInfo();

            assertThat(info.offersJson2()).isTrue();
            assertThat(info.protocolWarning()).contains("jsonrpc", "set by hand", "Odoo 19", "deprecates",
                    "odoo.protocol = auto");
        }
        try (ScriptedServer server = new ScriptedServer(new Json2Script())) {
            assertThat(odoo(server.url(), RpcProtocol.AUTO, Duration.ofSeconds(5)).serverInfo().protocolWarning())
                    .isNull();
        }
    }
}
