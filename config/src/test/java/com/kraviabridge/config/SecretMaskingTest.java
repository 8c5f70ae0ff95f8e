package com.kraviabridge.config;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.kraviabridge.config.ConfigFixture.KRAVIA_TOKEN;
import static com.kraviabridge.config.ConfigFixture.ODOO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecretMaskingTest {

    private static final String DB_PASSWORD = "db-pa55-from-file";
    private static final String WEBHOOK_SECRET = "whsec_9b8a7c6d";

    @TempDir
    Path dir;
    private ConfigFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new ConfigFixture(dir);
    }

    @Test
    void theRenderingMasksEverySecretWhole() {
        fixture.env("BRIDGE_CREDITOR_1_WEBHOOK_SECRET", WEBHOOK_SECRET);
        LoadedConfig config = fixture.loadMinimalPlus("db.password = file:" + fixture.file("db", DB_PASSWORD));

        String rendered = String.join("\n", config.render());

        for (String secret : List.of(ODOO_PASSWORD, KRAVIA_TOKEN, DB_PASSWORD, WEBHOOK_SECRET)) {
            assertThat(rendered).doesNotContain(secret);
            // not even a recognisable piece of it
            assertThat(rendered).doesNotContain(secret.substring(0, 6)).doesNotContain(secret.substring(secret.length() - 6));
        }
        assertThat(config.render()).contains(
                "odoo.password = **** (" + dir.resolve("bridge.properties") + ":4)",
                "kravia.token = **** (" + dir.resolve("bridge.properties") + ":5)",
                "creditor.1.webhook-secret = **** (environment variable BRIDGE_CREDITOR_1_WEBHOOK_SECRET)");
        assertThat(rendered).contains("db.password = **** (" + dir.resolve("bridge.properties") + ":7 via file:");
    }

    @Test
    void theRenderingShowsEveryKeyWithItsSource() {
        LoadedConfig config = fixture.loadMinimalPlus();

        assertThat(config.render())
                .contains("odoo.url = https://acme.odoo.com (" + dir.resolve("bridge.properties") + ":1)",
                        "odoo.page-size = 1000 (default)",
                        "schedule.invoices = 0 0 6 * * ? (default)",
                        "db.password = (not set) (default)",
                        "creditor.1.id = 12345 (" + dir.resolve("bridge.properties") + ":6)")
                .hasSize(KeyCatalog.KEYS.size() - (int) KeyCatalog.KEYS.stream().filter(ConfigKey::templated).count() + 1);
        assertThat(config.secretValues()).containsExactlyInAnyOrder(ODOO_PASSWORD, KRAVIA_TOKEN);
    }

    @Test
    void problemsNeverQuoteASecret() {
        fixture.env("BRIDGE_KRAVIA_TOKEN", KRAVIA_TOKEN);
        Path file = fixture.properties(List.of(
                // a secret pasted into the wrong keys, where values are normally quoted
                "odoo.url = " + KRAVIA_TOKEN,
                "odoo.database = acme",
                "odoo.username = u",
                "odoo.password = " + ODOO_PASSWORD,
                "odoo.page-size = " + ODOO_PASSWORD,
                "kravia.auth-scheme = Bearer " + KRAVIA_TOKEN,
                "creditor.1.id = " + ODOO_PASSWORD));

        assertThatThrownBy(() -> fixture.load(file))
                .isInstanceOfSatisfying(ConfigException.class, e -> {
                    assertThat(e.problems()).hasSize(4);
                    String everything = e.getMessage() + e.problems() + e.warnings() + e;
                    assertThat(everything).doesNotContain(ODOO_PASSWORD).doesNotContain(KRAVIA_TOKEN).contains("****");
                });
    }

    @Test
    void aPasswordInsideTheDatabaseUrlIsRefusedWithoutQuotingIt() {
        for (String url : List.of("jdbc:mariadb://db:3306/bridge?user=bridge&password=Zq9-db-pw",
                "jdbc:mysql://bridge:Zq9-db-pw@db/bridge")) {
            assertThat(fixture.problemsWithMinimalPlus("db.url = " + url)).singleElement().satisfies(p -> {
                assertThat(p.key()).isEqualTo("db.url");
                assertThat(p.message()).contains("db.password").doesNotContain("Zq9-db-pw");
            });
        }
    }

    @Test
    void secretsPrintMasked() {
        BridgeConfig settings = fixture.loadMinimalPlus().settings();

        assertThat(settings.toString()).doesNotContain(ODOO_PASSWORD).doesNotContain(KRAVIA_TOKEN).contains("****");
        assertThat(Secret.of("x")).hasToString("****");
        assertThat(Secret.empty()).hasToString("(not set)");
    }

    @Test
    void aSecretTooShortToMaskIsAWarning() {
        LoadedConfig config = fixture.loadMinimalPlus("db.password = abc");

        assertThat(config.warnings()).singleElement().satisfies(w -> {
            assertThat(w.key()).isEqualTo("db.password");
            assertThat(w.line()).isEqualTo(7);
            assertThat(w.message()).contains("shorter than 4").doesNotContain("abc");
        });
    }

    @Test
    void shortSecretsAreNotScrubbedFromMessages() {
        assertThat(Redaction.scrub("Odoo company", List.of("y", "pan"))).isEqualTo("Odoo company");
        assertThat(Redaction.scrub("token abcd and abcdef", List.of("abcd", "abcdef"))).isEqualTo("token **** and ****");
    }

    @Test
    void theExamplesPlaceholderIsAWarning() {
        LoadedConfig config = fixture.load(fixture.properties(List.of(
                "odoo.url = https://acme.odoo.com", "odoo.database = acme", "odoo.username = u",
                "odoo.password = change-me", "kravia.token = change-me", "creditor.1.id = 1")));

        assertThat(config.warnings()).extracting(ConfigProblem::key).containsExactly("odoo.password", "kravia.token");
    }
}
