package com.kraviabridge.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Two bridge processes on one embedded data directory: the second stops at once with the documented "in use"
 * message, whether the first is still starting its server or already running it, instead of waiting on the
 * server's own file locks.
 */
@Tag("slow")
class DataDirectoryInUseTest {

    /** Far below the minutes a second server waits on the first one's InnoDB locks before it gives up. */
    private static final Duration AT_ONCE = Duration.ofSeconds(10);

    @TempDir
    Path dataDir;
    @TempDir
    Path scratch;

    private Process other;

    @AfterEach
    void stopTheOtherProcess() throws Exception {
        if (other != null) {
            other.getOutputStream().close();
            if (!other.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                other.destroyForcibly();
            }
        }
    }

    @Test
    void aSecondProcessIsRefusedWhileTheFirstIsStillStartingItsServer() throws IOException {
        Path output = scratch.resolve("other.out");
        other = startOtherProcess(output);
        // a start makes this directory right after taking the lock; the other process's server is not running
        // yet, nor even installed
        await().atMost(Duration.ofSeconds(60)).until(() -> Files.isDirectory(dataDir.resolve("mariadb")));

        assertTimeoutPreemptively(AT_ONCE, () -> assertThatThrownBy(
                () -> EmbeddedMariaDb.start(dataDir, SharedServer.BINARIES).close())
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("is in use by another bridge process"));

        await().atMost(Duration.ofSeconds(120)).until(() -> Files.readString(output).contains(HoldsDataDirectory.STARTED));
        assertThat(other.isAlive()).as("the first process keeps its server").isTrue();
    }

    @Test
    void aSecondProcessIsRefusedWhileTheFirstRunsItsServer() throws IOException {
        Path output = scratch.resolve("other.out");
        other = startOtherProcess(output);
        await().atMost(Duration.ofSeconds(120)).until(() -> Files.readString(output).contains(HoldsDataDirectory.STARTED));

        assertTimeoutPreemptively(AT_ONCE, () -> assertThatThrownBy(
                () -> EmbeddedMariaDb.start(dataDir, SharedServer.BINARIES).close())
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("is in use by another bridge process"));
    }

    private Process startOtherProcess(Path output) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                HoldsDataDirectory.class.getName(), dataDir.toString(), SharedServer.BINARIES.toString())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
    }
}
