package com.kraviabridge.app.cli;

import com.kraviabridge.app.logging.Secrets;
import com.kraviabridge.sim.kravia.KraviaSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static com.kraviabridge.app.cli.CommandLineRun.bridge;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code bridge kravia webhook} against the Kravia simulator over HTTP: what it needs from the configuration, what
 * it prints per creditor, and how it fails when Kravia refuses. Odoo and the database are left out on purpose
 * (their addresses lead nowhere): setting up Kravia's webhook needs neither.
 */
class KraviaWebhookCommandTest {

    private static final String TOKEN = "kv-token-501-and-502";
    private static final String SECRET_1 = "hook-secret-company-1-xyz";
    private static final String SECRET_2 = "hook-secret-company-2-xyz";
    private static final String SECRET_3 = "hook-secret-company-3-xyz";
    private static final String PUBLIC_URL = "https://bridge.acme.no/kravia-bridge";

    @TempDir
    Path dir;
    private KraviaSimulator kravia;

    @BeforeEach
    void start() {
        kravia = KraviaSimulator.start();
        kravia.addCreditor(501, TOKEN).addCreditor(502, TOKEN);
    }

    @AfterEach
    void stop() {
        kravia.close();
        Secrets.forgetAll();
    }

    @Test
    void everyCreditorWithASecretIsPointedAtThePublicUrlAndOneWithoutIsSkipped() throws IOException {
        Path file = config("webhook.public-url = " + PUBLIC_URL + "/", "creditor.1.webhook-secret = " + SECRET_1);

        CommandLineRun run = bridge("kravia", "webhook", "--config", file.toString());

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out().lines()).containsExactly(
                "creditor 501 (Odoo company 1): webhook on, calls go to " + PUBLIC_URL + "/webhooks/kravia/501,"
                        + " signed with creditor.1.webhook-secret",
                "creditor 502 (Odoo company 2): skipped, creditor.2.webhook-secret is not set; its status changes"
                        + " still arrive with the scheduled pull (schedule.status)");
        assertThat(kravia.webhookConfig(501)).hasValueSatisfying(config -> {
            assertThat(config.url()).isEqualTo(PUBLIC_URL + "/webhooks/kravia/501");
            assertThat(config.secret()).isEqualTo(SECRET_1);
            assertThat(config.enabled()).isTrue();
        });
        assertThat(kravia.webhookConfig(502)).isEmpty();
        assertThat(run.all()).doesNotContain(SECRET_1).doesNotContain(TOKEN);
    }

    @Test
    void oneCreditorCanBeChosenAndTurnedOff() throws IOException {
        Path file = config("webhook.public-url = " + PUBLIC_URL, "creditor.1.webhook-secret = " + SECRET_1,
                "creditor.2.webhook-secret = " + SECRET_2);
        assertThat(bridge("kravia", "webhook", "--config", file.toString()).exitCode()).isZero();

        CommandLineRun run = bridge("kravia", "webhook", "--off", "--creditor", "502", "--config", file.toString());

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out().lines()).containsExactly("creditor 502 (Odoo company 2): webhook off");
        assertThat(kravia.webhookConfig(502)).hasValueSatisfying(config -> assertThat(config.enabled()).isFalse());
        assertThat(kravia.webhookConfig(501)).hasValueSatisfying(config -> assertThat(config.enabled()).isTrue());
        assertThat(kravia.requests("PUT", "creditor/502/webhook")).last().satisfies(request -> assertThat(request.body())
                .isEqualTo("{\"url\":\"" + PUBLIC_URL + "/webhooks/kravia/502\",\"secret\":\"" + SECRET_2
                        + "\",\"enabled\":false}"));
        assertThat(run.all()).doesNotContain(SECRET_2).doesNotContain(TOKEN);
    }

    @Test
    void turningOffNeedsNeitherThePublicUrlNorASecret() throws IOException {
        Path file = config("webhook.port = 0");

        CommandLineRun run = bridge("kravia", "webhook", "--off", "--config", file.toString());

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out().lines()).containsExactly("creditor 501 (Odoo company 1): webhook off",
                "creditor 502 (Odoo company 2): webhook off");
        assertThat(kravia.requests("PUT", "creditor/501/webhook")).singleElement()
                .satisfies(request -> assertThat(request.body()).isEqualTo("{\"enabled\":false}"));
    }

    @Test
    void aRefusalByKraviaIsReportedPerCreditorAndExitsOne() throws IOException {
        // creditor 503 exists in Kravia, but the token does not grant it: 403
        kravia.addCreditor(503, "another-creditors-token");
        Path file = config("webhook.public-url = " + PUBLIC_URL, "creditor.1.webhook-secret = " + SECRET_1,
                "creditor.2.webhook-secret = " + SECRET_2, "creditor.3.id = 503",
                "creditor.3.webhook-secret = " + SECRET_3);
        // and creditor 502's request meets a server failure, not retried with kravia.max-retries = 0
        kravia.faults().forPath("creditor/502/webhook").failNext(1, 500);

        CommandLineRun run = bridge("kravia", "webhook", "--config", file.toString());

        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.out().lines()).containsExactly(
                "creditor 501 (Odoo company 1): webhook on, calls go to " + PUBLIC_URL + "/webhooks/kravia/501,"
                        + " signed with creditor.1.webhook-secret",
                "creditor 502 (Odoo company 2): FAILED, Kravia could not take PUT creditor/502/webhook for creditor 502"
                        + " now (HTTP 500): Simulated server failure (HTTP 500).",
                "creditor 503 (Odoo company 3): FAILED, Kravia refused our credentials for creditor 503 (HTTP 403 on"
                        + " PUT creditor/503/webhook): The token does not grant access to creditor 503.; check the token"
                        + " and that it may act for this creditor",
                "Kravia's webhook was set for 1 of 3 creditor(s); fix what Kravia said and run the command again.");
        assertThat(kravia.webhookConfig(503)).isEmpty();
        assertThat(run.all()).doesNotContain(SECRET_1).doesNotContain(SECRET_2).doesNotContain(SECRET_3)
                .doesNotContain(TOKEN);
    }

    @Test
    void withoutAPublicUrlOrAListeningPortNothingIsSentAndEveryMissingKeyIsNamed() throws IOException {
        Path file = config("webhook.port = 0");

        CommandLineRun run = bridge("kravia", "webhook", "--config", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains(
                "error: " + file + ": webhook.public-url: is not set, so Kravia cannot be told where to call",
                "error: " + file + ": webhook.port: is 0, so the bridge does not listen for Kravia's calls",
                "error: " + file + ": creditor.1.webhook-secret: is not set",
                "error: " + file + ": creditor.2.webhook-secret: is not set",
                "The configuration has 4 problems; nothing was done.");
        assertThat(run.out()).isEmpty();
        assertThat(kravia.requests()).isEmpty();
    }

    @Test
    void aChosenCreditorWithoutASecretIsAConfigurationProblem() throws IOException {
        Path file = config("webhook.public-url = " + PUBLIC_URL, "creditor.1.webhook-secret = " + SECRET_1);

        CommandLineRun run = bridge("kravia", "webhook", "--creditor", "502", "--config", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("error: " + file + ": creditor.2.webhook-secret: is not set");
        assertThat(kravia.requests()).isEmpty();
    }

    @Test
    void aCreditorThatIsNotMappedIsAUsageError() throws IOException {
        Path file = config("webhook.public-url = " + PUBLIC_URL, "creditor.1.webhook-secret = " + SECRET_1);

        CommandLineRun run = bridge("kravia", "webhook", "--creditor", "999", "--config", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("Kravia creditor 999 is not mapped in " + file
                + " (creditor.<odoo company id>.id); mapped: 501, 502");
        assertThat(kravia.requests()).isEmpty();
    }

    @Test
    void theCommandIsListedUnderKravia() {
        CommandLineRun run = bridge("kravia", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("webhook", "Register the bridge's webhook address with Kravia for every creditor.");
    }

    /** Kravia at the simulator, two creditors, and an Odoo and a database that would not answer. */
    private Path config(String... extra) throws IOException {
        StringBuilder text = new StringBuilder("""
                odoo.url = http://127.0.0.1:9
                odoo.database = acme
                odoo.username = bridge@acme.example
                odoo.password = odoo-api-key-not-used
                kravia.url = %s
                kravia.token = %s
                kravia.max-retries = 0
                creditor.1.id = 501
                creditor.2.id = 502
                db.url = jdbc:mariadb://127.0.0.1:9/bridge
                """.formatted(kravia.baseUrl(), TOKEN));
        for (String line : extra) {
            text.append(line).append('\n');
        }
        return Files.writeString(dir.resolve("bridge.properties"), text.toString());
    }
}
