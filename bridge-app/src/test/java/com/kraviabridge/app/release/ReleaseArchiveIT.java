package com.kraviabridge.app.release;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The release archive as an administrator gets it: unpacked into an empty directory far from the source tree, its
 * launcher run with Java alone (JAVA_HOME set, nothing of Maven nor of the build on the PATH). Runs after
 * {@code package}, in every {@code mvn verify}.
 */
@Tag("slow")
class ReleaseArchiveIT {

    @TempDir
    static Path unpacked;

    private static Path home;

    @BeforeAll
    static void unpack() throws Exception {
        String built = System.getProperty("release.archive");
        assertThat(built).as("the archive's path, given by failsafe after package: run it with mvn verify").isNotNull();
        Path archive = Path.of(built);
        assertThat(archive).exists();
        Run tar = run(unpacked, List.of("tar", "-xzf", archive.toString()));
        assertThat(tar.exitCode()).as(tar.output()).isZero();
        home = unpacked.resolve("kravia-bridge-" + System.getProperty("release.version"));
    }

    @Test
    void holdsTheLauncherTheJarTheExampleConfigTheUnitAndTheGuide() {
        assertThat(home.resolve("bin/bridge")).isExecutable();
        assertThat(home.resolve("lib/kravia-bridge.jar")).isRegularFile();
        assertThat(home.resolve("config/bridge.properties.example")).content().contains("odoo.url");
        assertThat(home.resolve("systemd/kravia-bridge.service")).content()
                .contains("ExecStart=/opt/kravia-bridge/bin/bridge run --config /etc/kravia-bridge/bridge.properties");
        assertThat(home.resolve("docs/administrators-guide.md")).isRegularFile();
        assertThat(home.resolve("docs/README.md")).isRegularFile();
    }

    @Test
    void tellsItsVersionCommitAndBuildDate() throws Exception {
        Run version = bridge("--version");

        assertThat(version.exitCode()).as(version.output()).isZero();
        assertThat(version.output().strip()).startsWith("kravia-bridge " + System.getProperty("release.version") + " (commit ")
                .contains(", built 20");
    }

    @Test
    void checksTheExampleConfiguration() throws Exception {
        Run check = bridge("config", "check", "--config", home.resolve("config/bridge.properties.example").toString());

        assertThat(check.exitCode()).as(check.output()).isZero();
        assertThat(check.output()).contains("odoo.url").contains("logging.format");
    }

    @Test
    void playsAShortDemo() throws Exception {
        Run demo = bridge("demo", "--weeks", "1", "--customers", "10", "--invoices", "40",
                "--data-dir", unpacked.resolve("demo-data").toString());

        assertThat(demo.exitCode()).as(demo.output()).isZero();
        assertThat(demo.output()).contains("Week 1").contains("Summary after 1 week");
    }

    private static Run bridge(String... arguments) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(home.resolve("bin/bridge").toString());
        command.addAll(List.of(arguments));
        return run(unpacked, command);
    }

    /** Runs a command in {@code directory} with Java and the basic system tools only. */
    private static Run run(Path directory, List<String> command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        environment.clear();
        environment.put("PATH", "/usr/bin:/bin");
        environment.put("HOME", directory.toString());
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        Path output = Files.createTempFile(directory, "run", ".out");
        Process process = builder.redirectOutput(output.toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(command + " did not end within 5 minutes: " + read(output));
        }
        return new Run(process.exitValue(), read(output));
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private record Run(int exitCode, String output) {
    }
}
