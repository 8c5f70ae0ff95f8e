package com.kraviabridge.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class ValidationTest {

    @TempDir
    Path dir;
    private ConfigFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new ConfigFixture(dir);
    }

    @ParameterizedTest
    @ValueSource(strings = {"odoo.url", "odoo.database", "odoo.username", "odoo.password", "kravia.token"})
    void aMissingRequiredKeyIsReportedAgainstTheFile(String key) {
        List<ConfigProblem> problems = fixture.problemsWithout(key);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo(key);
            assertThat(p.source()).endsWith("bridge.properties");
            assertThat(p.line()).isZero();
            assertThat(p.message()).startsWith("is required");
        });
    }

    @Test
    void anEmptyRequiredKeyIsReportedOnItsLine() {
        List<ConfigProblem> problems = fixture.problemsWithout("odoo.database", "", "odoo.database =");

        assertThat(problems).extracting(ConfigProblem::key, ConfigProblem::line)
                .containsExactly(tuple("odoo.database", 7));
        assertThat(problems.get(0).message()).startsWith("is empty, but it is required");
    }

    @Test
    void atLeastOneCreditorIsRequired() {
        List<ConfigProblem> problems = fixture.problemsWithout("creditor.1.id");

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("creditor.<odoo company id>.id");
            assertThat(p.message()).contains("creditor.1.id = 12345");
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ftp://acme.odoo.com       | must start with https://",
            "acme.odoo.com             | must start with https://",
            "https://                  | is not a valid URL",
            "https://acme odoo.com     | is not a valid URL",
            "https://acme.odoo.com/?db=x | must not have a ?query",
            "http://:8069              | has no valid host name"})
    void aMalformedOdooUrlIsReported(String url, String expected) {
        List<ConfigProblem> problems = fixture.problemsWithout("odoo.url", "odoo.url = " + url);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("odoo.url");
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.message()).contains(expected);
        });
    }

    @Test
    void credentialsInAUrlAreRefusedWithoutQuotingThem() {
        List<ConfigProblem> problems = fixture.problemsWithout("odoo.url", "odoo.url = https://admin:hunter2@acme.odoo.com");

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("must not contain a user name or password");
            assertThat(p.toString()).doesNotContain("hunter2");
        });
    }

    @Test
    void anOdooUrlMayHaveAPathButLosesItsTrailingSlash() {
        LoadedConfig config = fixture.load(fixture.properties(List.of(
                "odoo.url = https://erp.acme.no/odoo/",
                "odoo.database = acme", "odoo.username = u", "odoo.password = p", "kravia.token = t", "creditor.1.id = 1")));

        assertThat(config.settings().odoo().url()).hasToString("https://erp.acme.no/odoo");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://api.kravia.ai/api/v2", "https://api.kravia.ai/v2/"})
    void theKraviaUrlIsSchemeAndHostOnly(String url) {
        List<ConfigProblem> problems = fixture.problemsWithMinimalPlus("kravia.url = " + url);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("kravia.url");
            assertThat(p.line()).isEqualTo(7);
            assertThat(p.message()).contains("scheme and host only");
        });
    }

    @Test
    void theKraviaUrlAcceptsATrailingSlashAndAPort() {
        LoadedConfig config = fixture.loadMinimalPlus("kravia.url = http://127.0.0.1:9090/");

        assertThat(config.settings().kravia().url()).hasToString("http://127.0.0.1:9090");
        assertThat(config.warnings()).isEmpty();
    }

    @Test
    void plainHttpToARemoteKraviaIsAWarning() {
        LoadedConfig config = fixture.loadMinimalPlus("kravia.url = http://kravia.example.com");

        assertThat(config.warnings()).extracting(ConfigProblem::key, ConfigProblem::line)
                .containsExactly(tuple("kravia.url", 7));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "12.5", "-3", "0", "1e5"})
    void aCreditorIdMustBeAPositiveNumber(String id) {
        List<ConfigProblem> problems = fixture.problemsWithout("creditor.1.id", "creditor.1.id = " + id);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("creditor.1.id");
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.message()).contains("'" + id + "'");
        });
    }

    @Test
    void theCompanyIdInACreditorKeyMustBeANumber() {
        List<ConfigProblem> problems = fixture.problemsWithMinimalPlus("creditor.acme.id = 5");

        assertThat(problems).extracting(ConfigProblem::key, ConfigProblem::line)
                .containsExactly(tuple("creditor.acme.id", 7));
        assertThat(problems.get(0).message()).contains("not an Odoo company id");
    }

    @Test
    void aWebhookSecretNeedsTheCompanysCreditorId() {
        List<ConfigProblem> problems = fixture.problemsWithMinimalPlus("creditor.2.webhook-secret = whsec");

        assertThat(problems).extracting(ConfigProblem::key, ConfigProblem::line)
                .containsExactly(tuple("creditor.2.webhook-secret", 7));
        assertThat(problems.get(0).message()).contains("creditor.2.id is missing");
    }

    @Test
    void theSameCompanyCannotBeMappedTwice() {
        List<ConfigProblem> problems = fixture.problemsWithMinimalPlus("creditor.01.id = 777");

        assertThat(problems).extracting(ConfigProblem::key).containsExactly("creditor.1.id");
    }

    @Test
    void twoCompaniesCannotShareOneKraviaCreditor() {
        List<ConfigProblem> problems = fixture.problemsWithMinimalPlus("creditor.2.id = 12345");

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("creditor.2.id");
            assertThat(p.line()).isEqualTo(7);
            assertThat(p.message()).contains("Kravia creditor 12345").contains("creditor.1.id")
                    .contains("bridge.properties:6").contains("Odoo company 1").contains("Odoo company 2");
        });
    }

    @Test
    void severalCompaniesAreMappedInCompanyOrder() {
        LoadedConfig config = fixture.loadMinimalPlus(
                "creditor.10.id = 1010", "creditor.2.id = 2020", "creditor.2.webhook-secret = whsec-two");

        assertThat(config.settings().creditors())
                .extracting(CreditorConfig::odooCompanyId, CreditorConfig::kraviaCreditorId, c -> c.webhookSecret().reveal())
                .containsExactly(tuple(1L, 12345L, ""), tuple(2L, 2020L, "whsec-two"), tuple(10L, 1010L, ""));
        assertThat(config.settings().creditorFor(2)).isPresent();
        assertThat(config.settings().creditorFor(3)).isEmpty();
    }

    @Test
    void thePayoutPartnerIsANumericOdooId() {
        assertThat(fixture.problemsWithMinimalPlus("kravia.payout-partner = Kravia AS"))
                .extracting(ConfigProblem::key, ConfigProblem::line).containsExactly(tuple("kravia.payout-partner", 7));
        assertThat(fixture.loadMinimalPlus("kravia.payout-partner = 42", "kravia.payout-journals = BNK2, KRV")
                .settings().kravia())
                .satisfies(k -> {
                    assertThat(k.payoutPartnerId()).hasValue(42);
                    assertThat(k.payoutJournals()).containsExactly("BNK2", "KRV");
                });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "schedule.invoices    | 0 6 * * *",
            "schedule.payments    | 0 0 * * * *",
            "schedule.credits     | every hour",
            "schedule.status      | 0 */15 * * 13 ?",
            "schedule.settlements | 0 61 6 * * ?"})
    void aBadQuartzCronIsReported(String key, String cron) {
        List<ConfigProblem> problems = fixture.problemsWithMinimalPlus(key + " = " + cron);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo(key);
            assertThat(p.line()).isEqualTo(7);
            assertThat(p.message()).contains("not a Quartz cron expression").contains("0 0 6 * * ?");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"0 0 6 31 2 ?", "0 0 6 30 2 ?", "0 0 6 * * ? 2020"})
    void aScheduleThatCanNeverFireIsAWarningOnItsLine(String cron) {
        LoadedConfig config = fixture.loadMinimalPlus("schedule.invoices = " + cron);

        assertThat(config.warnings()).extracting(ConfigProblem::key, ConfigProblem::line, ConfigProblem::message)
                .containsExactly(tuple("schedule.invoices", 7, "'" + cron + "' never fires (no such day or year"
                        + " comes again), so the invoices flow never runs on its own; write off to switch it off"
                        + " on purpose"));
    }

    @Test
    void aFlowCanBeSwitchedOff() {
        LoadedConfig config = fixture.loadMinimalPlus("schedule.payments = off", "schedule.settlements = OFF");
        ScheduleConfig schedule = config.settings().schedule();

        assertThat(schedule.payments()).isEmpty();
        assertThat(schedule.settlements()).isEmpty();
        assertThat(schedule.invoices()).contains("0 0 6 * * ?");
        assertThat(config.warnings()).isEmpty();
        assertThat(config.render()).contains("schedule.payments = off (" + dir.resolve("bridge.properties") + ":7)");
    }

    @Test
    void schedulesDefaultToTheDocumentedCron() {
        ScheduleConfig schedule = fixture.loadMinimalPlus("schedule.status = 0 */5 * * * ?").settings().schedule();

        assertThat(schedule).isEqualTo(new ScheduleConfig(Optional.of("0 0 6 * * ?"), Optional.of("0 0 * * * ?"),
                Optional.of("0 5 * * * ?"), Optional.of("0 */5 * * * ?"), Optional.of("0 30 6 * * ?")));
    }

    @Test
    void aBadChoiceListsTheChoicesAndSuggestsTheNearest() {
        List<ConfigProblem> problems = fixture.problemsWithMinimalPlus(
                "odoo.protocol = json-rpc", "webhook.signature-rule = sha256");

        assertThat(problems).extracting(ConfigProblem::key, ConfigProblem::line, ConfigProblem::message)
                .containsExactly(
                        tuple("odoo.protocol", 7, "must be one of auto, json2, jsonrpc, xmlrpc, not 'json-rpc'; did you mean jsonrpc?"),
                        tuple("webhook.signature-rule", 8,
                                "must be one of md5-data-secret, md5-secret-data, hmac-md5, not 'sha256'"));
    }

    @Test
    void theOdooProtocolIsProbedUnlessSetAndJson2CanBeForced() {
        assertThat(fixture.loadMinimalPlus().settings().odoo().protocol()).isEqualTo(OdooProtocol.AUTO);
        assertThat(fixture.loadMinimalPlus("odoo.protocol = json2").settings().odoo().protocol())
                .isEqualTo(OdooProtocol.JSON2);
    }

    @Test
    void theLogFormatIsTextUnlessJsonIsChosen() {
        assertThat(fixture.loadMinimalPlus().settings().logFormat()).isEqualTo(LogFormat.TEXT);
        assertThat(fixture.loadMinimalPlus("logging.format = json").settings().logFormat()).isEqualTo(LogFormat.JSON);
        assertThat(fixture.problemsWithMinimalPlus("logging.format = yaml"))
                .extracting(ConfigProblem::key, ConfigProblem::message)
                .containsExactly(tuple("logging.format", "must be one of text, json, not 'yaml'"));
    }

    @Test
    void choicesIgnoreCase() {
        assertThat(fixture.loadMinimalPlus("odoo.protocol = XMLRPC", "webhook.signature-rule = HMAC-MD5").settings())
                .satisfies(s -> {
                    assertThat(s.odoo().protocol()).isEqualTo(OdooProtocol.XMLRPC);
                    assertThat(s.webhook().signatureRule()).isEqualTo(WebhookSignatureConfig.HMAC_MD5);
                });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "odoo.page-size                 | 0",
            "odoo.page-size                 | 5001",
            "odoo.timeout-seconds           | 0",
            "kravia.connect-timeout-seconds | 301",
            "kravia.max-concurrency         | 0",
            "kravia.max-concurrency         | 65",
            "kravia.rate-limit              | 0",
            "kravia.max-retries             | -1",
            "collection.min-days-overdue    | -1",
            "collection.min-amount          | -0.01",
            "db.pool-size                   | 0",
            "db.connect-timeout-seconds     | 0",
            "db.connect-timeout-seconds     | 301",
            "webhook.port                   | 65536",
            "webhook.tolerance-minutes      | 0",
            "webhook.max-body-bytes         | 100"})
    void outOfRangeNumbersAreReported(String key, String value) {
        List<ConfigProblem> problems = fixture.problemsWithMinimalPlus(key + " = " + value);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo(key);
            assertThat(p.line()).isEqualTo(7);
            assertThat(p.message()).startsWith("must be between");
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "odoo.page-size        | five hundred",
            "kravia.max-retries    | 2.5",
            "kravia.rate-limit     | 10/s",
            "collection.min-amount | 1 000,00"})
    void nonNumbersAreReported(String key, String value) {
        List<ConfigProblem> problems = fixture.problemsWithMinimalPlus(key + " = " + value);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo(key);
            assertThat(p.message()).contains("'" + value + "'");
        });
    }

    @Test
    void fewerThan14DaysOverdueIsAWarningNotAnError() {
        LoadedConfig config = fixture.loadMinimalPlus("collection.min-days-overdue = 7");

        assertThat(config.settings().collection().minDaysOverdue()).isEqualTo(7);
        assertThat(config.warnings()).singleElement().satisfies(w -> {
            assertThat(w.key()).isEqualTo("collection.min-days-overdue");
            assertThat(w.line()).isEqualTo(7);
            assertThat(w.message()).contains("14");
        });
    }

    @Test
    void aBadMinimumDaysIsAnErrorWithoutAFollowUpWarning() {
        Path file = fixture.minimalPlus("collection.min-days-overdue = two weeks");

        assertThatThrownBy(() -> fixture.load(file)).isInstanceOfSatisfying(ConfigException.class, e -> {
            assertThat(e.problems()).extracting(ConfigProblem::key).containsExactly("collection.min-days-overdue");
            assertThat(e.warnings()).isEmpty();
        });
    }

    @Test
    void collectionListsAreSplitAndCurrenciesChecked() {
        CollectionConfig collection = fixture.loadMinimalPlus(
                "collection.excluded-partner-tags = Ikke inkasso, , Nøkkelkunde",
                "collection.currencies = nok,SEK",
                "collection.min-amount = 99.50").settings().collection();

        assertThat(collection.excludedPartnerTags()).containsExactly("Ikke inkasso", "Nøkkelkunde");
        assertThat(collection.currencies()).containsExactly("NOK", "SEK");
        assertThat(collection.minAmount()).isEqualByComparingTo("99.50");

        assertThat(fixture.problemsWithMinimalPlus("collection.currencies = NOK, KRONER"))
                .extracting(ConfigProblem::key, ConfigProblem::line).containsExactly(tuple("collection.currencies", 7));
    }

    @Test
    void approvalIsAutomaticWithoutAnAgeLimitUnlessSet() {
        CollectionConfig unset = fixture.loadMinimalPlus().settings().collection();
        assertThat(unset.approval()).isEqualTo(ApprovalMode.AUTOMATIC);
        assertThat(unset.approvalAfterDaysOverdue()).isEmpty();

        CollectionConfig set = fixture.loadMinimalPlus("collection.approval = Manual",
                "collection.approval-after-days-overdue =").settings().collection();
        assertThat(set.approval()).isEqualTo(ApprovalMode.MANUAL);
        assertThat(set.approvalAfterDaysOverdue()).isEmpty();

        LoadedConfig aged = fixture.loadMinimalPlus("collection.approval-after-days-overdue = 90");
        assertThat(aged.settings().collection().approvalAfterDaysOverdue()).hasValue(90);
        assertThat(aged.warnings()).isEmpty();
    }

    @Test
    void aBadApprovalSettingIsAnErrorOnItsLine() {
        assertThat(fixture.problemsWithMinimalPlus("collection.approval = by hand"))
                .singleElement().satisfies(p -> {
                    assertThat(p.key()).isEqualTo("collection.approval");
                    assertThat(p.line()).isEqualTo(7);
                    assertThat(p.message()).contains("automatic, manual");
                });
        assertThat(fixture.problemsWithMinimalPlus("collection.approval-after-days-overdue = 3 months"))
                .extracting(ConfigProblem::key, ConfigProblem::line)
                .containsExactly(tuple("collection.approval-after-days-overdue", 7));
    }

    @Test
    void anAgeLimitWithManualApprovalIsWarnedAbout() {
        LoadedConfig config = fixture.loadMinimalPlus("collection.approval = manual",
                "collection.approval-after-days-overdue = 60");
        assertThat(config.warnings()).singleElement().satisfies(w -> {
            assertThat(w.key()).isEqualTo("collection.approval-after-days-overdue");
            assertThat(w.message()).contains("no effect");
        });
    }

    @Test
    void aMysqlDatabaseUrlIsRefusedOnItsLineSayingWhatToWriteInstead() {
        List<ConfigProblem> problems = fixture.problemsWithMinimalPlus("db.url = jdbc:mysql://db.internal:3306/kravia_bridge");

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("db.url");
            assertThat(p.line()).isEqualTo(7);
            assertThat(p.message()).isEqualTo("the bridge's MariaDB driver refuses jdbc:mysql: URLs; write"
                    + " jdbc:mariadb://db.internal:3306/kravia_bridge instead (the same server, only the scheme differs)");
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "jdbc:postgresql://db/bridge            | must start with jdbc:mariadb: (or be empty for the embedded MariaDB)",
            "JDBC:MYSQL://db/bridge                 | write jdbc:mariadb://db/bridge instead",
            "jdbc:mariadb:db/bridge                 | is not a URL the MariaDB driver takes",
            "jdbc:mariadb://db:33o6/bridge          | is not a URL the MariaDB driver takes",
            "jdbc:mariadb://db/bridge?sslMode=bogus | is not a URL the MariaDB driver takes",
            "jdbc:mariadb://db/kravia-bridge        | the database name 'kravia-bridge' must be letters, digits or _"})
    void aDatabaseUrlTheDriverOrTheStoreWouldRefuseIsReported(String url, String expected) {
        List<ConfigProblem> problems = fixture.problemsWithMinimalPlus("db.url = " + url);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("db.url");
            assertThat(p.line()).isEqualTo(7);
            assertThat(p.message()).contains(expected);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:mariadb://db.internal:3306/kravia_bridge", "jdbc:mariadb://db.internal",
            "jdbc:mariadb://[::1]:3306/bridge?sslMode=verify-full", "jdbc:mariadb:replication://db1,db2/bridge",
            "jdbc:mysql://db.internal/bridge?permitMysqlScheme"})
    void aDatabaseUrlTheDriverTakesIsAccepted(String url) {
        DatabaseConfig database = fixture.loadMinimalPlus("db.url = " + url).settings().database();

        assertThat(database.embedded()).isFalse();
        assertThat(database.url()).isEqualTo(url);
    }

    @Test
    void withoutADatabaseUrlTheEmbeddedMariaDbIsUsed() {
        assertThat(fixture.loadMinimalPlus().settings().database().embedded()).isTrue();
    }

    @Test
    void theDatabaseConnectTimeoutIsAFewSecondsUnlessSet() {
        assertThat(fixture.loadMinimalPlus().settings().database().connectTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(fixture.loadMinimalPlus("db.connect-timeout-seconds = 20").settings().database().connectTimeout())
                .isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void thePublicWebhookUrlIsOptionalAndKeepsAProxyPrefix() {
        assertThat(fixture.loadMinimalPlus().settings().webhook().publicUrl()).isEmpty();
        assertThat(fixture.loadMinimalPlus("webhook.public-url = https://bridge.acme.no/kravia-bridge/").settings()
                .webhook().publicUrl()).hasValue(URI.create("https://bridge.acme.no/kravia-bridge"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "bridge.acme.no                                 | must start with https://",
            "https://bridge.acme.no/webhooks/kravia/12345   | must stop before /webhooks/kravia/",
            "https://bridge.acme.no/?creditor=1             | must not have a ?query",
            "https://hook:pw@bridge.acme.no                 | must not contain a user name or password"})
    void aPublicWebhookUrlKraviaCouldNotCallIsReported(String url, String expected) {
        List<ConfigProblem> problems = fixture.problemsWithMinimalPlus("webhook.public-url = " + url);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("webhook.public-url");
            assertThat(p.line()).isEqualTo(7);
            assertThat(p.message()).contains(expected);
        });
    }

    @Test
    void aPlainHttpPublicWebhookUrlIsAWarning() {
        assertThat(fixture.loadMinimalPlus("webhook.public-url = http://bridge.acme.no").warnings())
                .singleElement().satisfies(w -> {
                    assertThat(w.key()).isEqualTo("webhook.public-url");
                    assertThat(w.message()).contains("https");
                });
        assertThat(fixture.loadMinimalPlus("webhook.public-url = https://bridge.acme.no").warnings()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8089", "http://localhost:8089", "https://localhost", "http://[::1]:8089"})
    void aLoopbackPublicWebhookUrlIsAWarningKraviaCannotReachIt(String url) {
        assertThat(fixture.loadMinimalPlus("webhook.public-url = " + url).warnings())
                .singleElement().satisfies(w -> {
                    assertThat(w.key()).isEqualTo("webhook.public-url");
                    assertThat(w.line()).isEqualTo(7);
                    assertThat(w.message()).contains("loopback address, which Kravia cannot reach",
                            "the same on every instance");
                    if (url.startsWith("http:")) {
                        assertThat(w.message()).contains("should be https");
                    } else {
                        assertThat(w.message()).doesNotContain("should be https");
                    }
                });
    }

    @Test
    void theEndpointListensOnLoopbackUnlessABindAddressOpensIt() {
        assertThat(fixture.loadMinimalPlus().settings().webhook().bindAddress()).isEqualTo("127.0.0.1");
    }

    @Test
    void handledWebhookCallsAreKeptThirtyDaysUnlessSaidOtherwise() {
        assertThat(fixture.loadMinimalPlus().settings().webhook().inboxRetention()).isEqualTo(Duration.ofDays(30));
        assertThat(fixture.loadMinimalPlus("webhook.inbox-retention-days = 7").settings().webhook().inboxRetention())
                .isEqualTo(Duration.ofDays(7));
        assertThat(fixture.problemsWithMinimalPlus("webhook.inbox-retention-days = 0"))
                .extracting(ConfigProblem::key).containsExactly("webhook.inbox-retention-days");
    }

    @Test
    void settlementAccountsNeedAJournal() {
        List<ConfigProblem> problems = fixture.problemsWithMinimalPlus("settlement.account.1500 = 1500");

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("settlement.journal");
            assertThat(p.message()).contains("settlement.account.*");
        });
    }

    @Test
    void settlementsAreOnWhenAccountsAndJournalAreSet() {
        SettlementConfig settlement = fixture.loadMinimalPlus("settlement.journal = BNK",
                "settlement.account.1500 = 1500", "settlement.account.7790 = 7790").settings().settlement();

        assertThat(settlement.enabled()).isTrue();
        assertThat(settlement.journal()).hasValue("BNK");
        assertThat(settlement.accounts()).containsEntry("1500", "1500").containsEntry("7790", "7790");
    }

    @Test
    void settlementsAreOffByDefault() {
        assertThat(fixture.loadMinimalPlus().settings().settlement().enabled()).isFalse();
    }

    @Test
    void aJournalWithoutAccountsIsAWarning() {
        assertThat(fixture.loadMinimalPlus("settlement.journal = BNK").warnings())
                .extracting(ConfigProblem::key).containsExactly("settlement.journal");
    }

    @Test
    void aKraviaLedgerAccountIsANumber() {
        assertThat(fixture.problemsWithMinimalPlus("settlement.journal = BNK", "settlement.account.fees = 7790"))
                .extracting(ConfigProblem::key, ConfigProblem::line).containsExactly(tuple("settlement.account.fees", 8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0", "127.0.0.1", "::", "[::1]", "bridge.internal", "localhost"})
    void validBindAddresses(String address) {
        assertThat(fixture.loadMinimalPlus("webhook.bind-address = " + address).settings().webhook().bindAddress())
                .isEqualTo(address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"256.0.0.1", "1.2.3", "my host", "-bad-"})
    void invalidBindAddresses(String address) {
        assertThat(fixture.problemsWithMinimalPlus("webhook.bind-address = " + address))
                .extracting(ConfigProblem::key).containsExactly("webhook.bind-address");
    }

    @Test
    void aKeyGivenTwiceIsReportedOnTheSecondLine() {
        assertThat(fixture.problemsWithMinimalPlus("odoo.page-size = 100", "odoo.page-size = 200"))
                .extracting(ConfigProblem::key, ConfigProblem::line, ConfigProblem::message)
                .containsExactly(tuple("odoo.page-size", 8, "set again (first set on line 7); keep one of the two"));
    }

    @Test
    void everyProblemIsReportedAtOnceInLineOrder() {
        Path file = fixture.properties(List.of(
                "# a config with many mistakes",
                "odoo.url = htps://acme.odoo.com",
                "odoo.username = bridge",
                "odoo.pasword = x",
                "kravia.url = https://api.kravia.ai/api/v2",
                "odoo.page-size = 0",
                "creditor.1.id = twelve",
                "schedule.invoices = 0 6 * * *",
                "webhook.signature-rule = sha1"));

        List<ConfigProblem> problems = fixture.problems(file);

        assertThat(problems).extracting(ConfigProblem::key, ConfigProblem::line).containsExactly(
                tuple("odoo.url", 2),
                tuple("odoo.pasword", 4),
                tuple("kravia.url", 5),
                tuple("odoo.page-size", 6),
                tuple("creditor.1.id", 7),
                tuple("schedule.invoices", 8),
                tuple("webhook.signature-rule", 9),
                tuple("odoo.database", 0),
                tuple("odoo.password", 0),
                tuple("kravia.token", 0));
    }

    @Test
    void aMissingFileIsOneProblem() {
        List<ConfigProblem> problems = fixture.problems(dir.resolve("nowhere.properties"));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.source()).endsWith("nowhere.properties");
            assertThat(p.message()).contains("file not found");
        });
    }

    @Test
    void problemsPrintAsFileLineKeyMessage() {
        assertThat(new ConfigProblem("odoo.url", "config/bridge.properties", 12, "is bad"))
                .hasToString("config/bridge.properties:12 odoo.url: is bad");
        assertThat(new ConfigProblem("odoo.url", "config/bridge.properties", 0, "is required"))
                .hasToString("config/bridge.properties: odoo.url: is required");
        assertThat(new ConfigProblem("", "environment variable BRIDGE_X", 0, "unknown"))
                .hasToString("environment variable BRIDGE_X: unknown");
    }
}
