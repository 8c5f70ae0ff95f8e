package com.kraviabridge.config;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class EnvironmentAndReferencesTest {

    @TempDir
    Path dir;
    private ConfigFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new ConfigFixture(dir);
    }

    @Test
    void anEnvironmentVariableOverridesTheFile() {
        fixture.env("BRIDGE_ODOO_URL", "https://other.odoo.com").env("BRIDGE_ODOO_PAGE_SIZE", " 250 ");

        LoadedConfig config = fixture.loadMinimalPlus();

        assertThat(config.settings().odoo().url()).hasToString("https://other.odoo.com");
        assertThat(config.settings().odoo().pageSize()).isEqualTo(250);
        assertThat(config.render()).contains(
                "odoo.url = https://other.odoo.com (environment variable BRIDGE_ODOO_URL)",
                "odoo.page-size = 250 (environment variable BRIDGE_ODOO_PAGE_SIZE)");
    }

    @Test
    void theEnvironmentAloneCanSupplyARequiredKey() {
        fixture.env("BRIDGE_KRAVIA_TOKEN", "from-env-token");

        LoadedConfig config = fixture.load(fixture.properties(
                ConfigFixture.MINIMAL.stream().filter(l -> !l.startsWith("kravia.token")).toList()));

        assertThat(config.settings().kravia().token().reveal()).isEqualTo("from-env-token");
    }

    @Test
    void templatedKeysCanComeFromTheEnvironment() {
        fixture.env("BRIDGE_CREDITOR_2_ID", "222")
                .env("BRIDGE_CREDITOR_2_WEBHOOK_SECRET", "whsec-2")
                .env("BRIDGE_SETTLEMENT_JOURNAL", "BNK")
                .env("BRIDGE_SETTLEMENT_ACCOUNT_1500", "1510");

        BridgeConfig settings = fixture.loadMinimalPlus().settings();

        assertThat(settings.creditors()).extracting(CreditorConfig::odooCompanyId, CreditorConfig::kraviaCreditorId)
                .containsExactly(tuple(1L, 12345L), tuple(2L, 222L));
        assertThat(settings.creditorFor(2).orElseThrow().webhookSecret().reveal()).isEqualTo("whsec-2");
        assertThat(settings.settlement().accounts()).containsEntry("1500", "1510");
    }

    @Test
    void aBadValueFromTheEnvironmentNamesTheVariable() {
        fixture.env("BRIDGE_KRAVIA_MAX_CONCURRENCY", "many");

        List<ConfigProblem> problems = fixture.problemsWithMinimalPlus();

        assertThat(problems).extracting(ConfigProblem::key, ConfigProblem::source, ConfigProblem::line)
                .containsExactly(tuple("kravia.max-concurrency", "environment variable BRIDGE_KRAVIA_MAX_CONCURRENCY", 0));
        assertThat(problems.get(0)).hasToString("environment variable BRIDGE_KRAVIA_MAX_CONCURRENCY: "
                + "kravia.max-concurrency: must be a whole number between 1 and 64, not 'many'");
    }

    @Test
    void anUnknownBridgeVariableIsAWarningWithASuggestion() {
        fixture.env("BRIDGE_ODOO_PASWORD", "x").env("PATH", "/usr/bin").env("BRIDGE_CREDITOR_1_IDD", "5");

        LoadedConfig config = fixture.loadMinimalPlus();

        assertThat(config.warnings()).extracting(ConfigProblem::source, ConfigProblem::message).containsExactly(
                tuple("environment variable BRIDGE_CREDITOR_1_IDD",
                        "not a setting the bridge knows, ignored; did you mean BRIDGE_CREDITOR_1_ID?"),
                tuple("environment variable BRIDGE_ODOO_PASWORD",
                        "not a setting the bridge knows, ignored; did you mean BRIDGE_ODOO_PASSWORD?"));
    }

    @Test
    void envReferenceReadsTheNamedVariable() {
        fixture.env("ODOO_PASSWORD", "pw-from-env\n");

        LoadedConfig config = fixture.load(fixture.properties(List.of(
                "odoo.url = https://acme.odoo.com", "odoo.database = acme", "odoo.username = u",
                "odoo.password = env:ODOO_PASSWORD", "kravia.token = t", "creditor.1.id = 1")));

        assertThat(config.settings().odoo().password().reveal()).isEqualTo("pw-from-env");
        assertThat(config.render()).contains("odoo.password = **** (" + dir.resolve("bridge.properties") + ":4 via env:ODOO_PASSWORD)");
    }

    @Test
    void fileReferenceReadsTheFileTrimmed() {
        Path secret = fixture.file("kravia-token", "  token-from-file \n\n");

        LoadedConfig config = fixture.loadMinimalPlus("kravia.max-retries = file:" + fixture.file("retries", "3\n"));

        assertThat(config.settings().kravia().maxRetries()).isEqualTo(3);

        fixture.env("BRIDGE_KRAVIA_TOKEN", "file:" + secret);
        assertThat(fixture.loadMinimalPlus().settings().kravia().token().reveal()).isEqualTo("token-from-file");
    }

    @Test
    void anUnreadableReferenceIsOneProblemOnItsLine() {
        List<ConfigProblem> problems = fixture.problems(fixture.properties(List.of(
                "odoo.url = https://acme.odoo.com", "odoo.database = acme", "odoo.username = u",
                "odoo.password = env:NOT_SET_ANYWHERE",
                "kravia.token = file:" + dir.resolve("missing-token"),
                "creditor.1.id = 1",
                "db.password = env:")));

        assertThat(problems).extracting(ConfigProblem::key, ConfigProblem::line, ConfigProblem::message).containsExactly(
                tuple("odoo.password", 4, "refers to environment variable NOT_SET_ANYWHERE, which is not set"),
                tuple("kravia.token", 5, "refers to file " + dir.resolve("missing-token") + ", which does not exist"),
                tuple("db.password", 7, "env: needs the name of an environment variable, e.g. env:ODOO_PASSWORD"));
    }

    @Test
    void aReferenceToAnEmptyVariableLeavesARequiredKeyEmpty() {
        fixture.env("ODOO_PASSWORD", "");

        List<ConfigProblem> problems = fixture.problemsWithout("odoo.password", "odoo.password = env:ODOO_PASSWORD");

        assertThat(problems).extracting(ConfigProblem::key, ConfigProblem::line).containsExactly(tuple("odoo.password", 6));
        assertThat(problems.get(0).message()).startsWith("is empty, but it is required");
    }
}
