package com.kraviabridge.app.daemon;

import com.kraviabridge.app.BridgeCommand;
import com.kraviabridge.app.e2e.Landscape;
import com.kraviabridge.sim.odoo.OdooVersion;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code bridge run} as an administrator's service manager runs it: its own JVM, the health check answering,
 * then SIGTERM. The shutdown hook stops the daemon and the store; the JVM ends with 143 (128 + SIGTERM), which
 * is what a JVM ending on SIGTERM reports whatever {@code main} returns afterwards.
 */
@Tag("slow")
class BridgeRunProcessTest {

    /** 128 + 15: the JVM's own exit status after SIGTERM, even with shutdown hooks that complete normally. */
    private static final int EXIT_ON_SIGTERM = 143;

    @Test
    void runsUntilSigtermThenStopsCleanly() throws Exception {
        int port = DaemonFixtures.freePort();
        try (Landscape world = new Landscape(OdooVersion.V17, "jsonrpc", DaemonFixtures.config(Map.of(
                "webhook.port", Integer.toString(port), "webhook.bind-address", "127.0.0.1")))) {
            Path out = Files.createTempFile("bridge-run", ".out");
            Path err = Files.createTempFile("bridge-run", ".err");
            Process bridge = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), BridgeCommand.class.getName(),
                    "run", "--config", world.configFile.toString()))
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            try {
                await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
                    assertThat(bridge.isAlive()).as("bridge run exited early: %s", read(err)).isTrue();
                    return answers(port);
                });
                DaemonFixtures.Answer health = DaemonFixtures.get(port, "/health");
                assertThat(health.status()).isEqualTo(200);
                assertThat(health.json().path("database").asText()).isEqualTo("UP");
                assertThat(read(out)).contains("Kravia Bridge running; webhooks and health on port " + port);

                bridge.destroy(); // SIGTERM
                assertThat(bridge.waitFor(60, TimeUnit.SECONDS)).as("stopped within a minute").isTrue();
                String log = read(err);
                assertThat(bridge.exitValue()).as(log).isEqualTo(EXIT_ON_SIGTERM);
                assertThat(log).contains("bridge running as instance").contains("bridge stopped")
                        .doesNotContain(" ERROR ");
                assertThat(answers(port)).as("the port is released").isFalse();
            } finally {
                if (bridge.isAlive()) {
                    bridge.destroyForcibly();
                }
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        }
    }

    /** Whether something accepts connections on the port (the endpoint is up), without a full request. */
    private static boolean answers(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        } catch (IOException refusedOrTimedOut) {
            return false;
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
