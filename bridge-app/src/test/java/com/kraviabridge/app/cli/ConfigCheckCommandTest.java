package com.kraviabridge.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.kraviabridge.app.logging.Secrets;

import static com.kraviabridge.app.cli.CommandLineRun.bridge;
import static org.assertj.core.api.Assertions.assertThat;

class ConfigCheckCommandTest {

    private static final Path EXAMPLE = Path.of("..", "config", "bridge.properties.example");
    private static final String PASSWORD = "Tr0ub4dor&3-odoo";
    private static final String TOKEN = "kv_live_0123456789abcdef";

    @TempDir
    Path dir;

    @AfterEach
    void forgetSecrets() {
        Secrets.forgetAll();
    }

    @Test
    void theShippedExampleIsValid() {
        CommandLineRun run = bridge("config", "check", "--config", EXAMPLE.toString());

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out()).contains("odoo.url = https://mycompany.odoo.com (" + EXAMPLE + ":",
                "odoo.password = ****", "kravia.token = ****", "schedule.invoices = 0 0 6 * * ? (default)",
                "warning: ", "is valid, with 2 warnings.");
        assertThat(run.all()).doesNotContain("change-me");
    }

    @Test
    void aValidConfigurationPrintsNoSecret() throws IOException {
        Path file = write("""
                odoo.url = https://acme.odoo.com
                odoo.database = acme
                odoo.username = bridge
                odoo.password = %s
                kravia.token = env:KRAVIA_TOKEN
                creditor.1.id = 12345
                """.formatted(PASSWORD));

        CommandLineRun run = bridge(Map.of("KRAVIA_TOKEN", TOKEN), "config", "check", "--config", file.toString());

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out()).contains("kravia.token = **** (" + file + ":5 via env:KRAVIA_TOKEN)", file + " is valid.");
        assertThat(run.all()).doesNotContain(PASSWORD).doesNotContain(TOKEN);
    }

    @Test
    void anInvalidConfigurationExitsTwoListingEveryProblemWithItsLine() throws IOException {
        Path file = write("""
                # three mistakes: an unknown key, a malformed URL, a creditor without its id
                odoo.url = htp//acme.odoo.com
                odoo.database = acme
                odoo.username = bridge
                odoo.passwrd = %s
                odoo.password = %s
                kravia.token = %s
                creditor.1.id =
                """.formatted(PASSWORD, PASSWORD, TOKEN));

        CommandLineRun run = bridge("config", "check", "--config", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains(
                "error: " + file + ":2 odoo.url: must start with https://",
                "error: " + file + ":5 odoo.passwrd: unknown key; did you mean odoo.password?",
                "error: " + file + ":8 creditor.1.id: is empty, but it is required",
                "The configuration has 3 problems; nothing was done.");
        assertThat(run.out()).isEmpty();
        assertThat(run.all()).doesNotContain(PASSWORD).doesNotContain(TOKEN);
    }

    @Test
    void aMysqlDatabaseUrlIsRefusedOnItsLineWithWhatToWriteInstead() throws IOException {
        Path file = write(minimalConfig() + "db.url = jdbc:mysql://db.internal:3306/kravia_bridge\n");

        CommandLineRun run = bridge("config", "check", "--config", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("error: " + file + ":7 db.url: the bridge's MariaDB driver refuses jdbc:mysql:"
                + " URLs; write jdbc:mariadb://db.internal:3306/kravia_bridge instead");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aMissingCreditorIsReportedAgainstTheFile() throws IOException {
        Path file = write("""
                odoo.url = https://acme.odoo.com
                odoo.database = acme
                odoo.username = bridge
                odoo.password = x
                kravia.token = y
                """);

        CommandLineRun run = bridge("config", "check", "--config", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("error: " + file + ": creditor.<odoo company id>.id: map at least one Odoo company");
    }

    @Test
    void aMissingFileIsAConfigurationError() {
        CommandLineRun run = bridge("config", "check", "--config", dir.resolve("absent.properties").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("absent.properties: file not found");
    }

    @Test
    void theEnvironmentOverridesTheFile() {
        CommandLineRun run = bridge(Map.of("BRIDGE_ODOO_PAGE_SIZE", "100"),
                "config", "check", "--config", EXAMPLE.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("odoo.page-size = 100 (environment variable BRIDGE_ODOO_PAGE_SIZE)");
    }

    @Test
    void loadingRegistersTheSecretsForTheLogs() throws IOException {
        Path file = write(minimalConfig());

        bridge("config", "check", "--config", file.toString());

        assertThat(Secrets.redact("login with " + PASSWORD + " and " + TOKEN)).isEqualTo("login with **** and ****");
    }

    @Test
    void aConfigFileThatNeverEndsIsAConfigurationErrorNotAStackTrace() {
        CommandLineRun run = bridge("config", "check", "--config", "/dev/zero");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("error: /dev/zero: holds more than 1 MiB; a bridge configuration is a few"
                + " kilobytes: is it the right file?");
        assertThat(run.all()).doesNotContain("Exception").doesNotContain("Error:").doesNotContain("\tat ");
    }

    @Test
    void aSecretFileThatNeverEndsNamesItsKeyAndLine() throws IOException {
        Path file = write(minimalConfig() + "creditor.1.webhook-secret = file:/dev/urandom\n");

        CommandLineRun run = bridge("config", "check", "--config", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("error: " + file + ":7 creditor.1.webhook-secret: refers to file /dev/urandom,"
                + " which holds more than 64 KiB");
    }

    @Test
    void anOverrideThatWouldForgeAnOutputLineIsRefusedWithoutPrintingIt() throws IOException {
        Path file = write(minimalConfig());

        CommandLineRun run = bridge(Map.of("BRIDGE_ODOO_USERNAME", "bridge\nerror: forged by the environment"),
                "config", "check", "--config", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("error: environment variable BRIDGE_ODOO_USERNAME: odoo.username: holds a line"
                + " break or another control character");
        assertThat(run.all()).doesNotContain("forged");
    }

    @Test
    void aScheduleThatNeverFiresIsAWarningInConfigCheck() throws IOException {
        Path file = write(minimalConfig() + "schedule.credits = 0 0 6 31 2 ?\n" + "schedule.status = off\n");

        CommandLineRun run = bridge("config", "check", "--config", file.toString());

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out()).contains("warning: " + file + ":7 schedule.credits: '0 0 6 31 2 ?' never fires",
                "schedule.status = off (" + file + ":8)");
    }

    @Test
    void aScheduleThatNeverFiresIsAWarningWhenTheDaemonStarts() throws IOException {
        // port 1 refuses at once, so the daemon stops right after reading its configuration
        Path file = write(minimalConfig() + "schedule.credits = 0 0 6 31 2 ?\n"
                + "db.url = jdbc:mariadb://127.0.0.1:1/bridge\n" + "db.connect-timeout-seconds = 1\n");

        CommandLineRun run = bridge("run", "--config", file.toString());

        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.err()).contains("warning: " + file + ":7 schedule.credits: '0 0 6 31 2 ?' never fires");
    }

    /** The six keys a valid file needs, with the test's secrets; lines 1 to 6. */
    private static String minimalConfig() {
        return """
                odoo.url = https://acme.odoo.com
                odoo.database = acme
                odoo.username = bridge
                odoo.password = %s
                kravia.token = %s
                creditor.1.id = 12345
                """.formatted(PASSWORD, TOKEN);
    }

    private Path write(String content) throws IOException {
        return Files.writeString(dir.resolve("bridge.properties"), content);
    }
}
