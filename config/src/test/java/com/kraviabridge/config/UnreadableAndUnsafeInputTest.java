package com.kraviabridge.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Files that never end or never answer, and values that would forge a line of output, are named, not used. */
class UnreadableAndUnsafeInputTest {

    private static final Duration PATIENCE = Duration.ofMillis(300);

    @TempDir
    Path dir;
    private ConfigFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new ConfigFixture(dir);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/dev/zero", "/dev/urandom"})
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aSecretFileThatNeverEndsIsRefusedOnItsLine(String device) {
        List<ConfigProblem> problems = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> fixture.problemsWithout("kravia.token", "kravia.token = file:" + device));

        assertThat(problems).extracting(ConfigProblem::key, ConfigProblem::line)
                .containsExactly(tuple("kravia.token", 6));
        assertThat(problems.get(0).message())
                .isEqualTo("refers to file " + device + ", which holds more than 64 KiB; no setting is that long:"
                        + " is it the right file?");
    }

    @Test
    void aSecretFileOverTheLimitIsRefusedEvenWhenItIsAPlainFile() throws IOException {
        Path huge = dir.resolve("token");
        Files.write(huge, new byte[64 * 1024 + 1]);

        List<ConfigProblem> problems = fixture.problemsWithout("kravia.token", "kravia.token = file:" + huge);

        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).contains("more than 64 KiB"));
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aConfigFileThatNeverEndsIsRefusedNamingTheFile() {
        ConfigException thrown = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> ConfigFixture.refusal(
                () -> new ConfigLoader(Map.of()).load(Path.of("/dev/zero"))));

        assertThat(thrown.problems()).singleElement().hasToString(
                "/dev/zero: holds more than 1 MiB; a bridge configuration is a few kilobytes: is it the right file?");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aPipeNobodyWritesToIsGivenUpOnNamingTheKey() throws Exception {
        Path pipe = fifo("token-pipe");
        try {
            List<ConfigProblem> problems = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
                ConfigException thrown = ConfigFixture.refusal(() -> new ConfigLoader(Map.of(), PATIENCE)
                        .load(fixture.properties(List.of("odoo.url = https://acme.odoo.com", "odoo.database = acme",
                                "odoo.username = u", "odoo.password = " + ConfigFixture.ODOO_PASSWORD,
                                "kravia.token = file:" + pipe, "creditor.1.id = 1"))));
                return thrown.problems();
            });

            assertThat(problems).extracting(ConfigProblem::key, ConfigProblem::line, ConfigProblem::message)
                    .containsExactly(tuple("kravia.token", 5, "refers to file " + pipe
                            + ", which gave nothing to read within 0.3 s (a pipe nobody writes to?)"));
        } finally {
            release(pipe);
        }
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aConfigPipeNobodyWritesToIsGivenUpOn() throws Exception {
        Path pipe = fifo("config-pipe");
        try {
            ConfigException thrown = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> ConfigFixture.refusal(
                    () -> new ConfigLoader(Map.of(), PATIENCE).load(pipe)));

            assertThat(thrown.problems()).singleElement().hasToString(
                    pipe + ": gave nothing to read within 0.3 s (a pipe nobody writes to?)");
        } finally {
            release(pipe);
        }
    }

    @Test
    void aSecretFileWithALineBreakInsideIsRefusedWithoutShowingIt() {
        Path token = fixture.file("token", "first-half\nsecond-half\n");

        ConfigException thrown = ConfigFixture.refusal(() -> fixture.load(
                fixture.minimalPlus("creditor.1.webhook-secret = file:" + token)));

        assertThat(thrown.problems()).extracting(ConfigProblem::key, ConfigProblem::line)
                .containsExactly(tuple("creditor.1.webhook-secret", 7));
        assertThat(thrown.problems().get(0).message())
                .isEqualTo("the value read through file:" + token + " holds a line break or another control"
                        + " character, which no setting takes (the value is not shown)");
        assertThat(thrown.getMessage()).doesNotContain("first-half").doesNotContain("second-half");
    }

    @Test
    void anEnvironmentOverrideWithALineBreakIsRefusedNamingKeyAndVariable() {
        fixture.env("BRIDGE_ODOO_USERNAME", "bridge\nerror: forged line");

        ConfigException thrown = ConfigFixture.refusal(() -> fixture.loadMinimalPlus());

        assertThat(thrown.problems()).singleElement().hasToString("environment variable BRIDGE_ODOO_USERNAME:"
                + " odoo.username: holds a line break or another control character, which no setting takes"
                + " (the value is not shown)");
        assertThat(thrown.getMessage()).doesNotContain("forged");
    }

    @Test
    void anEscapeSequenceInAFileValueIsRefusedToo() {
        List<ConfigProblem> problems = fixture.problemsWithMinimalPlus("kravia.payout-journals = BNK\\u001b[2J");

        assertThat(problems).extracting(ConfigProblem::key, ConfigProblem::line)
                .containsExactly(tuple("kravia.payout-journals", 7));
    }

    @Test
    void aTabIsWhitespaceNotAControlCharacterToRefuse() {
        LoadedConfig config = fixture.loadMinimalPlus("kravia.payout-journals = BNK,\tKRV");

        assertThat(config.settings().kravia().payoutJournals()).containsExactly("BNK", "KRV");
    }

    @Test
    void aControlCharacterInAnUnknownVariableNameIsNotPrintedRaw() {
        fixture.env("BRIDGE_ODOO_X\nerror: forged", "1");

        LoadedConfig config = fixture.loadMinimalPlus();

        assertThat(config.warnings()).singleElement().satisfies(w -> assertThat(w.toString())
                .doesNotContain("\n").contains("BRIDGE_ODOO_X\\nerror: forged"));
    }

    private Path fifo(String name) throws Exception {
        Path pipe = dir.resolve(name);
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).inheritIO().start();
        assertThat(mkfifo.waitFor()).isZero();
        return pipe;
    }

    /** Opens the pipe for writing once, so that a reader still waiting in open() gets its end and its thread ends. */
    private static void release(Path pipe) {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Files.write(pipe, new byte[0]));
    }
}
