package com.kraviabridge.app.cli;

import com.kraviabridge.app.BridgeCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static com.kraviabridge.app.cli.CommandLineRun.bridge;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A manual command while {@code bridge run} works on the same embedded data directory stops at once with the
 * guide's "in use" message and exit code 1, instead of its database server waiting on the daemon's.
 */
@Tag("slow")
class EmbeddedDatabaseInUseCommandTest {

    /** Unpacked once for the e2e tests; shared here so this test does not unpack its own 330 MB. */
    private static final Path BINARIES = Path.of("target", "e2e-mariadb", "mariadb-base").toAbsolutePath();

    @TempDir
    Path dir;

    private Process daemon;

    @AfterEach
    void stopTheDaemon() throws InterruptedException {
        if (daemon != null) {
            daemon.destroy(); // SIGTERM: the daemon stops its database itself
            if (!daemon.waitFor(2, TimeUnit.MINUTES)) {
                daemon.destroyForcibly();
            }
        }
    }

    @Test
    void aSyncWhileTheDaemonRunsOnTheEmbeddedDatabaseIsRefusedAtOnce() throws IOException {
        Path dataDir = dir.resolve("data");
        Files.createDirectories(BINARIES);
        Files.createDirectories(dataDir);
        Files.createSymbolicLink(dataDir.resolve("mariadb-base"), BINARIES);
        Path config = Files.writeString(dir.resolve("bridge.properties"), OfflineConfig.ODOO_AND_KRAVIA_UNUSED + """
                webhook.port = 0
                data.dir = %s
                """.formatted(dataDir));
        Path output = dir.resolve("daemon.out");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        daemon = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), BridgeCommand.class.getName(),
                "run", "--config", config.toString())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        await().atMost(Duration.ofMinutes(2)).until(() -> Files.readString(output).contains("Kravia Bridge running")
                || !daemon.isAlive());
        assertThat(daemon.isAlive()).as(Files.readString(output)).isTrue();

        long start = System.nanoTime();
        CommandLineRun sync = bridge("sync", "--config", config.toString());

        assertThat(sync.exitCode()).as(sync.all()).isEqualTo(ExitCodes.FAILED);
        assertThat(sync.err()).contains("the embedded MariaDB data directory " + dataDir
                + " is in use by another bridge process (pid " + daemon.pid() + "); stop that one first");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(daemon.isAlive()).as("the daemon goes on").isTrue();
    }
}
