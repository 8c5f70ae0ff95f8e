package com.kraviabridge.app.cli;

import com.kraviabridge.app.logging.Secrets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static com.kraviabridge.app.cli.CommandLineRun.bridge;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A command whose database server takes the connection and then never answers (an overloaded host, a firewall
 * letting the handshake through to nothing) says so after db.connect-timeout-seconds, not after the driver's 30 s.
 */
@Tag("slow")
class DatabaseUnreachableCommandTest {

    private static final String DB_PASSWORD = "db-Passw0rd-never-shown";

    @TempDir
    Path dir;

    @AfterEach
    void forgetSecrets() {
        Secrets.forgetAll();
    }

    @Test
    void aSilentDatabaseServerFailsTheCommandWithinTheConfiguredTimeout() throws IOException {
        List<Socket> held = new CopyOnWriteArrayList<>();
        try (ServerSocket silent = new ServerSocket()) {
            silent.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        held.add(silent.accept());
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            }, "silent-database");
            acceptor.setDaemon(true);
            acceptor.start();
            Path file = Files.writeString(dir.resolve("bridge.properties"), OfflineConfig.ODOO_AND_KRAVIA_UNUSED + """
                    db.url = jdbc:mariadb://127.0.0.1:%d/bridge
                    db.password = %s
                    db.connect-timeout-seconds = 2
                    """.formatted(silent.getLocalPort(), DB_PASSWORD));

            long start = System.nanoTime();
            CommandLineRun run = bridge("status", "--config", file.toString());
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCodes.FAILED);
            assertThat(run.err()).contains("cannot reach the database server 127.0.0.1:" + silent.getLocalPort(),
                    "waited at most 2 s");
            assertThat(run.all()).doesNotContain(DB_PASSWORD);
            assertThat(took).isLessThan(Duration.ofSeconds(15));
            assertThat(held).as("the server was really asked").isNotEmpty();
        } finally {
            for (Socket socket : held) {
                socket.close();
            }
        }
    }
}
