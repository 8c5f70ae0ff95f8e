package com.kraviabridge.store;

import com.kraviabridge.core.port.store.Cursors;
import com.kraviabridge.core.port.store.StoreUnavailable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A database server that cannot be reached is reported within seconds, naming where the bridge looked and never
 * the password; one that goes away during a run is waited for well beyond a single connection attempt.
 */
@ExtendWith(StoreExtension.class)
@Tag("slow")
class UnreachableServerTest {

    private static final String PASSWORD = "s3cret-db-Passw0rd";
    /** Generous: the point is "seconds, not the driver's 30 s", not a precise figure on a busy machine. */
    private static final Duration BOUND = Duration.ofSeconds(15);
    private static final Pattern SERVER_URL = Pattern.compile("jdbc:mariadb://([^:/]+):(\\d+)/(\\w+)");

    @Test
    void aPortNothingListensOnFailsAtOnceNamingHostAndPort() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            port = socket.getLocalPort();
        }
        StoreSettings settings = StoreSettings.server("jdbc:mariadb://127.0.0.1:" + port + "/bridge", "bridge", PASSWORD);

        long start = System.nanoTime();
        assertThatThrownBy(() -> Database.open(settings))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("cannot reach the database server 127.0.0.1:" + port)
                .hasMessageNotContaining(PASSWORD);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(BOUND);
    }

    @Test
    void aServerThatNeverAnswersFailsAfterTheConnectTimeoutNotTheDriversThirtySeconds() {
        try (HangingRelay silent = HangingRelay.silent()) {
            StoreSettings settings = StoreSettings.server("jdbc:mariadb://127.0.0.1:" + silent.port() + "/bridge",
                    "bridge", PASSWORD);

            long start = System.nanoTime();
            assertThatThrownBy(() -> Database.open(settings))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("cannot reach the database server 127.0.0.1:" + silent.port())
                    .hasMessageContaining("waited at most 5 s")
                    .hasMessageNotContaining(PASSWORD);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(BOUND);
            assertThat(silent.heldSilently()).as("the server was really asked").isEqualTo(1);
        }
    }

    @Test
    void aServerThatHangsDuringARunIsWaitedForBeyondOneConnectTimeout(Database shared, SharedServer server)
            throws Exception {
        Matcher url = SERVER_URL.matcher(shared.jdbcUrl());
        assertThat(url.matches()).as(shared.jdbcUrl()).isTrue();
        try (HangingRelay relay = HangingRelay.to(url.group(1), Integer.parseInt(url.group(2)));
             Database store = Database.open(server.settings("jdbc:mariadb://127.0.0.1:" + relay.port() + "/"
                     + url.group(3)).withPoolSize(1).withConnectTimeout(Duration.ofSeconds(1)))) {
            relay.hang();
            CompletableFuture<Integer> statement = CompletableFuture.supplyAsync(() -> selectOne(store.dataSource()));

            // three attempts of a second each and the statement still waits for the server
            await().atMost(Duration.ofSeconds(20)).until(() -> relay.heldSilently() >= 3);
            assertThat(statement).isNotDone();

            relay.heal();
            assertThat(statement.get(20, TimeUnit.SECONDS)).isEqualTo(1);
        }
    }

    @Test
    void forACommandAServerLostMidRunFailsEachStatementWithinTheConnectTimeoutNamingTheServer(Database shared,
                                                                                               SharedServer server) {
        Matcher url = SERVER_URL.matcher(shared.jdbcUrl());
        assertThat(url.matches()).as(shared.jdbcUrl()).isTrue();
        try (HangingRelay relay = HangingRelay.to(url.group(1), Integer.parseInt(url.group(2)));
             Database store = Database.open(server.settings("jdbc:mariadb://127.0.0.1:" + relay.port() + "/"
                     + url.group(3)).withPoolSize(1).withConnectTimeout(Duration.ofSeconds(1)),
                     Clock.systemUTC(), Database.ConnectionWait.ONE_CONNECT_TIMEOUT)) {
            Cursors cursors = store.cursors();
            cursors.write(1, "lost-server", "before");
            relay.hang();

            long start = System.nanoTime();
            // the first may fail on the pooled connection the hang dropped, the second needs a new one
            for (int statement = 1; statement <= 2; statement++) {
                assertThatThrownBy(() -> cursors.read(1, "lost-server"))
                        .isInstanceOf(StoreUnavailable.class)
                        .hasMessageStartingWith("cannot reach the database server 127.0.0.1:" + relay.port()
                                + " (jdbc:mariadb://127.0.0.1:" + relay.port() + "/" + url.group(3)
                                + "; waited at most 1 s): ");
            }
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
            assertThat(relay.heldSilently()).as("a new connection was really tried").isPositive();
        }
    }

    /**
     * SELECT 1 on a connection of the pool. The connection it held from before the hang was dropped with it, and
     * the pool learns so only by using it: one failed statement is allowed for that, a failed wait is not.
     */
    private static int selectOne(DataSource dataSource) {
        for (int statement = 1; ; statement++) {
            try (Connection connection = dataSource.getConnection()) {
                try (Statement select = connection.createStatement(); ResultSet row = select.executeQuery("SELECT 1")) {
                    row.next();
                    return row.getInt(1);
                } catch (SQLException broken) {
                    if (statement > 1) {
                        throw new IllegalStateException(broken);
                    }
                }
            } catch (SQLException noConnection) {
                throw new IllegalStateException(noConnection);
            }
        }
    }
}
