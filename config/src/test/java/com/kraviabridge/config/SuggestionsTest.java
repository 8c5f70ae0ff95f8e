package com.kraviabridge.config;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SuggestionsTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({
            "odoo.passwd,                  odoo.password",
            "odoo.pasword,                 odoo.password",
            "ODOO.URL,                     odoo.url",
            "kravia.tokne,                 kravia.token",
            "collection.min_days_overdue,  collection.min-days-overdue",
            "schedule.invoice,             schedule.invoices",
            "creditor.1.idd,               creditor.1.id",
            "creditors.1.id,               creditor.1.id",
            "creditor.7.webhook_secret,    creditor.7.webhook-secret",
            "settlement.acount.1500,       settlement.account.1500",
            "webhook.signature-rules,      webhook.signature-rule"})
    void aMisspeltKeyGetsTheNearestKnownKey(String unknown, String expected) {
        assertThat(KeyCatalog.suggestKey(unknown)).hasValue(expected);
    }

    @Test
    void somethingUnlikeAnyKeyGetsNoSuggestion() {
        assertThat(KeyCatalog.suggestKey("log.level")).isEmpty();
        assertThat(KeyCatalog.suggestKey("x")).isEmpty();
    }

    @Test
    void theSuggestionIsPartOfTheProblem() {
        ConfigFixture fixture = new ConfigFixture(dir);

        assertThat(fixture.problemsWithMinimalPlus("kravia.rate_limit = 5", "something.else = 1"))
                .extracting(ConfigProblem::toString)
                .containsExactly(
                        dir.resolve("bridge.properties") + ":7 kravia.rate_limit: unknown key; did you mean kravia.rate-limit?",
                        dir.resolve("bridge.properties") + ":8 something.else: unknown key;"
                                + " bridge.properties.example lists every key");
    }

    @Test
    void distanceCountsASwapOfNeighboursAsOne() {
        assertThat(Suggestions.distance("odoo.rul", "odoo.url")).isEqualTo(1);
        assertThat(Suggestions.distance("abc", "abc")).isZero();
        assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
        assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
    }
}
