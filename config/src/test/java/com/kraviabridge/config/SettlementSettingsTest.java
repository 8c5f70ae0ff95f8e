package com.kraviabridge.config;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** settlement.vat-tax.*, settlement.post and a company's own creditor.<company>.settlement-* keys. */
class SettlementSettingsTest {

    @TempDir
    Path dir;
    private ConfigFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new ConfigFixture(dir);
    }

    @Test
    void aVatCodeIsMappedToAPurchaseTaxByNameOrId() {
        SettlementConfig settlement = fixture.loadMinimalPlus("settlement.journal = BNK", "settlement.account.2710 = 2710",
                "settlement.vat-tax.1 = Inngående mva 25 %", "settlement.vat-tax.3 = 17").settings().settlement();

        assertThat(settlement.vatTaxes()).containsExactlyInAnyOrderEntriesOf(Map.of("1", "Inngående mva 25 %", "3", "17"));
    }

    @Test
    void aVatCodeThatIsNotANumberOrAnEmptyTaxIsRefusedWithItsKeyAndLine() {
        List<ConfigProblem> problems = fixture.problemsWithMinimalPlus("settlement.journal = BNK",
                "settlement.account.2710 = 2710", "settlement.vat-tax.high = Inngående mva 25 %", "settlement.vat-tax.1 =");

        assertThat(problems).extracting(ConfigProblem::key, ConfigProblem::line).containsExactlyInAnyOrder(
                tuple("settlement.vat-tax.high", 9), tuple("settlement.vat-tax.1", 10));
        assertThat(problems).anySatisfy(p -> assertThat(p.message()).contains("not a Kravia VAT code"));
    }

    @Test
    void postingIsImmediateByDefaultAndDraftOnRequest() {
        assertThat(fixture.loadMinimalPlus("settlement.journal = BNK", "settlement.account.1500 = 1500").settings()
                .settlement().post()).isEqualTo(SettlementPost.POSTED);
        assertThat(fixture.loadMinimalPlus("settlement.journal = BNK", "settlement.account.1500 = 1500",
                "settlement.post = draft").settings().settlement().post()).isEqualTo(SettlementPost.DRAFT);
        assertThat(fixture.problemsWithMinimalPlus("settlement.journal = BNK", "settlement.account.1500 = 1500",
                "settlement.post = drafts")).extracting(ConfigProblem::key, ConfigProblem::line)
                .containsExactly(tuple("settlement.post", 9));
    }

    @Test
    void aCompanysOwnJournalAndAccountsWinOverTheGlobalOnes() {
        SettlementConfig settlement = fixture.loadMinimalPlus("settlement.journal = BNK", "settlement.account.1500 = 1500",
                "settlement.account.7790 = 7790", "creditor.2.id = 67890", "creditor.2.settlement-journal = KRV",
                "creditor.2.settlement-account.7790 = 6790").settings().settlement();

        assertThat(settlement.journalOf(1)).hasValue("BNK");
        assertThat(settlement.accountsOf(1)).containsEntry("7790", "7790");
        assertThat(settlement.journalOf(2)).hasValue("KRV");
        assertThat(settlement.accountsOf(2)).containsEntry("1500", "1500").containsEntry("7790", "6790");
    }

    @Test
    void everyCompanyWithItsOwnJournalNeedsNoGlobalOne() {
        SettlementConfig settlement = fixture.loadMinimalPlus("settlement.account.1500 = 1500",
                "creditor.1.settlement-journal = KRV").settings().settlement();

        assertThat(settlement.journal()).isEmpty();
        assertThat(settlement.journalOf(1)).hasValue("KRV");
    }

    @Test
    void aCompanyKeyOfACompanyNotHandedToKraviaIsRefused() {
        assertThat(fixture.problemsWithMinimalPlus("settlement.journal = BNK", "settlement.account.1500 = 1500",
                "creditor.3.settlement-journal = KRV", "creditor.x.settlement-account.1500 = 1510"))
                .extracting(ConfigProblem::key, ConfigProblem::line).containsExactlyInAnyOrder(
                        tuple("creditor.3.settlement-journal", 9), tuple("creditor.x.settlement-account.1500", 10));
    }
}
