package com.kraviabridge.core.policy;

import com.kraviabridge.core.domain.Allocation;
import com.kraviabridge.core.domain.AllocationKind;
import com.kraviabridge.core.domain.Money;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class KraviaPayoutsTest {

    private final KraviaPayouts payouts = new KraviaPayouts(99, Set.of("KRV"));

    private static Allocation payment(long partnerId, String journalCode) {
        return new Allocation(1, 1, 10, AllocationKind.CUSTOMER_PAYMENT, Money.of("100", "NOK"),
                LocalDate.of(2026, 11, 20), 1001, "PBNK/1", 5L, journalCode, partnerId, null, 0);
    }

    @Test
    void aPaymentFromKraviasPartnerIsAPayoutInAnyJournal() {
        assertThat(payouts.isKraviaPayout(payment(99, "BNK"))).isTrue();
        assertThat(payouts.isKraviaPayout(payment(99, null))).isTrue();
    }

    @Test
    void aPaymentIntoAPayoutJournalIsAPayoutFromAnyPartner() {
        assertThat(payouts.isKraviaPayout(payment(7, "KRV"))).isTrue();
        assertThat(payouts.isKraviaPayout(payment(0, "KRV"))).isTrue();
    }

    @Test
    void theDebtorsOwnPaymentIsNot() {
        assertThat(payouts.isKraviaPayout(payment(7, "BNK"))).isFalse();
        assertThat(payouts.isKraviaPayout(payment(7, null))).isFalse();
    }

    @Test
    void withoutAConfiguredPartnerAPaymentWithoutPartnerIsNoPayout() {
        KraviaPayouts journalsOnly = new KraviaPayouts(0, Set.of("KRV"));

        assertThat(journalsOnly.isKraviaPayout(payment(0, "BNK"))).isFalse();
        assertThat(KraviaPayouts.none().isKraviaPayout(payment(0, "BNK"))).isFalse();
        assertThat(KraviaPayouts.none().isKraviaPayout(payment(0, null))).isFalse();
    }

    @Test
    void journalCodesMatchExactly() {
        assertThat(payouts.isKraviaPayout(payment(7, "krv"))).isFalse();
        assertThat(payouts.isKraviaPayout(payment(7, "KRV2"))).isFalse();
    }

    @Test
    void laterChangesToTheConfiguredJournalsDoNotLeakIn() {
        Set<String> journals = new HashSet<>(Set.of("KRV"));
        KraviaPayouts configured = new KraviaPayouts(0, journals);
        journals.add("BNK");

        assertThat(configured.isKraviaPayout(payment(7, "BNK"))).isFalse();
    }
}
