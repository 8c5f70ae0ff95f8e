package com.kraviabridge.app.wiring;

import com.kraviabridge.config.BridgeConfig;
import com.kraviabridge.config.ConfigLoader;
import com.kraviabridge.core.domain.Allocation;
import com.kraviabridge.core.domain.AllocationKind;
import com.kraviabridge.core.domain.Money;
import com.kraviabridge.core.domain.StatementLine;
import com.kraviabridge.core.policy.PayoutClassifiers;
import com.kraviabridge.core.policy.PayoutDecision.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Each company is classified with its own payout keys where it gives them, the common ones otherwise. */
class PayoutRulesTest {

    @TempDir
    Path dir;

    private BridgeConfig config(String... extra) throws IOException {
        Path file = dir.resolve("bridge.properties");
        Files.writeString(file, String.join("\n", "odoo.url = https://acme.odoo.com", "odoo.database = acme",
                "odoo.username = bridge@acme.no", "odoo.password = secret-password", "kravia.token = kv-token",
                "creditor.1.id = 101", "creditor.2.id = 202", String.join("\n", extra)) + "\n");
        return new ConfigLoader(Map.of()).load(file).settings();
    }

    private static Allocation bankPayment(long companyId, String account, String journal) {
        return new Allocation(1, companyId, 10, AllocationKind.BANK_STATEMENT, Money.of("100", "NOK"),
                LocalDate.of(2026, 11, 20), 1001, "BNK/1", null, journal, 7, null, 0,
                new StatementLine(null, account, null));
    }

    @Test
    void aCompanysOwnKeysReplaceTheCommonOnesForThatCompanyOnly() throws IOException {
        PayoutClassifiers classifiers = PayoutRules.classifiers(config(
                "kravia.payout-bank-accounts = 1503.00.12345", "kravia.payout-journals = KRV",
                "creditor.2.payout-bank-accounts = 1503.00.99999"));

        assertThat(classifiers.forCompany(1).classify(bankPayment(1, "15030012345", "BNK"), () -> null).kind())
                .isEqualTo(Kind.PAYOUT);
        assertThat(classifiers.forCompany(2).classify(bankPayment(2, "15030012345", "BNK"), () -> null).kind())
                .isEqualTo(Kind.CUSTOMER_PAYMENT);
        assertThat(classifiers.forCompany(2).classify(bankPayment(2, "1503 00 99999", "BNK"), () -> null).kind())
                .isEqualTo(Kind.PAYOUT);
        assertThat(classifiers.forCompany(2).classify(bankPayment(2, null, "KRV"), () -> null).kind())
                .as("the common journals still apply to company 2").isEqualTo(Kind.PAYOUT);
    }
}
