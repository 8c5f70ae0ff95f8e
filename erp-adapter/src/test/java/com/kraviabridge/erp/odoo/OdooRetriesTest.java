package com.kraviabridge.erp.odoo;

import com.kraviabridge.core.port.RemoteFailure;
import com.kraviabridge.core.port.RemoteFailure.Kind;
import com.kraviabridge.erp.odoo.rpc.RpcProtocol;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static com.kraviabridge.erp.odoo.JsonRpcScript.error;
import static com.kraviabridge.erp.odoo.JsonRpcScript.result;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which writes are tried again, how often and after which waits, against a scripted JSON-RPC server. */
class OdooRetriesTest {

    private static final ScriptedServer.Answer ROLLED_BACK = error(200, "psycopg2.errors.SerializationFailure",
            "could not serialize access due to concurrent update");

    private final List<Duration> waits = new ArrayList<>();

    private OdooErp odoo(ScriptedServer server, int attempts) {
        OdooClientSettings settings = new OdooClientSettings(server.url(), "acme", "bot", "s3cr3t-key",
                RpcProtocol.JSONRPC, 500, Duration.ofSeconds(5)).withRetries(attempts, Duration.ofMillis(20));
        return OdooErp.connect(settings, Clock.systemUTC(), waits::add);
    }

    @Test
    void a_write_odoo_rolled_back_is_repeated_after_a_doubling_wait() throws Exception {
        JsonRpcScript script = new JsonRpcScript().on("message_post", ROLLED_BACK, ROLLED_BACK, result("5"));
        try (ScriptedServer server = new ScriptedServer(script)) {
            odoo(server, 3).notes().addNote(1, 42, "hello");

            assertThat(server.count("message_post")).isEqualTo(3);
            assertThat(waits).containsExactly(Duration.ofMillis(20), Duration.ofMillis(40));
        }
    }

    @Test
    void a_write_odoo_keeps_rolling_back_is_given_up_after_the_configured_attempts_as_retryable() throws Exception {
        JsonRpcScript script = new JsonRpcScript().on("message_post", ROLLED_BACK);
        try (ScriptedServer server = new ScriptedServer(script)) {
            assertThatThrownBy(() -> odoo(server, 2).notes().addNote(1, 42, "hello"))
                    .isInstanceOfSatisfying(RemoteFailure.class, f -> {
                        assertThat(f.kind()).isEqualTo(Kind.RETRYABLE);
                        assertThat(f.getMessage()).contains("message_post", "account.move");
                    });
            assertThat(server.count("message_post")).isEqualTo(2);
            assertThat(waits).containsExactly(Duration.ofMillis(20));
        }
    }

    @Test
    void one_attempt_means_no_repetition_even_of_a_read() throws Exception {
        JsonRpcScript script = new JsonRpcScript().on("search_read", ScriptedServer.Answer.status(502));
        try (ScriptedServer server = new ScriptedServer(script)) {
            assertThatThrownBy(() -> odoo(server, 1).openInvoices()
                    .overdueInvoices(1, java.time.LocalDate.now(), 0, 10))
                    .isInstanceOfSatisfying(RemoteFailure.class, f -> assertThat(f.kind()).isEqualTo(Kind.RETRYABLE));
            assertThat(server.count("search_read")).isEqualTo(1);
            assertThat(waits).isEmpty();
        }
    }
}
