package com.kraviabridge.config;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The payout keys: common ones under kravia., and each company's own under creditor.<id>., which win. */
class PayoutKeysTest {

    @TempDir
    Path dir;
    private ConfigFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new ConfigFixture(dir);
    }

    @Test
    void theCommonKeysAreEveryCompanysDefault() {
        BridgeConfig config = fixture.loadMinimalPlus("kravia.payout-partner = 42", "kravia.payout-journals = KRV",
                "kravia.payout-bank-accounts = 1503.00.12345, 1503 99 12345", "kravia.payout-reference = kravia as")
                .settings();

        PayoutConfig common = config.kravia().payouts();
        assertThat(common.partnerId()).hasValue(42);
        assertThat(common.journals()).containsExactly("KRV");
        assertThat(common.bankAccounts()).containsExactly("1503.00.12345", "1503 99 12345");
        assertThat(common.reference()).hasValueSatisfying(p -> assertThat(p.matcher("Fra KRAVIA AS").find()).isTrue());
        assertThat(config.creditorFor(1)).hasValueSatisfying(c -> assertThat(c.payouts()).isEqualTo(common));
    }

    @Test
    void aCompanysOwnKeyReplacesOnlyThatKeyForThatCompany() {
        BridgeConfig config = fixture.loadMinimalPlus("creditor.2.id = 2020", "kravia.payout-partner = 42",
                "kravia.payout-journals = KRV", "creditor.2.payout-journals = KRV2, BNK9",
                "creditor.2.payout-bank-accounts = 1503.00.55555").settings();

        assertThat(config.creditorFor(1).orElseThrow().payouts().journals()).containsExactly("KRV");
        PayoutConfig second = config.creditorFor(2).orElseThrow().payouts();
        assertThat(second.partnerId()).hasValue(42);
        assertThat(second.journals()).containsExactly("KRV2", "BNK9");
        assertThat(second.bankAccounts()).containsExactly("1503.00.55555");
        assertThat(config.kravia().payouts().bankAccounts()).isEmpty();
    }

    @Test
    void aBadPatternIsNamedWithItsKeyAndLine() {
        List<ConfigProblem> problems = fixture.problemsWithMinimalPlus("kravia.payout-reference = kravia(",
                "creditor.1.payout-reference = [kravia");

        assertThat(problems).extracting(ConfigProblem::key, ConfigProblem::line)
                .containsExactly(tuple("kravia.payout-reference", 7), tuple("creditor.1.payout-reference", 8));
        assertThat(problems).allSatisfy(p -> assertThat(p.message()).contains("is not a valid pattern"));
    }

    @Test
    void aBankAccountMustLookLikeOne() {
        assertThat(fixture.problemsWithMinimalPlus("kravia.payout-bank-accounts = Kravia's account"))
                .singleElement().satisfies(p -> {
                    assertThat(p.key()).isEqualTo("kravia.payout-bank-accounts");
                    assertThat(p.line()).isEqualTo(7);
                    assertThat(p.message()).contains("is not a bank account number");
                });
    }

    @Test
    void aCompanysPayoutKeyWithoutItsCreditorIsAnError() {
        assertThat(fixture.problemsWithMinimalPlus("creditor.3.payout-partner = 42"))
                .singleElement().satisfies(p -> {
                    assertThat(p.key()).isEqualTo("creditor.3.payout-partner");
                    assertThat(p.message()).contains("creditor.3.id is missing");
                });
    }

    @Test
    void aCompanysPartnerIsANumericOdooId() {
        assertThat(fixture.problemsWithMinimalPlus("creditor.1.payout-partner = Kravia AS"))
                .extracting(ConfigProblem::key, ConfigProblem::line).containsExactly(tuple("creditor.1.payout-partner", 7));
    }
}
