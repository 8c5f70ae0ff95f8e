package com.kraviabridge.core.policy;

import com.kraviabridge.core.domain.Allocation;
import com.kraviabridge.core.domain.AllocationKind;
import com.kraviabridge.core.domain.CaseDetails;
import com.kraviabridge.core.domain.CaseDetails.RecordedPayment;
import com.kraviabridge.core.domain.CaseSnapshot;
import com.kraviabridge.core.domain.CaseStatus;
import com.kraviabridge.core.domain.Money;
import com.kraviabridge.core.domain.StatementLine;
import com.kraviabridge.core.policy.PayoutDecision.Kind;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class PayoutClassifierTest {

    private static final LocalDate COLLECTED_ON = LocalDate.of(2026, 11, 10);
    private static final LocalDate PAID_ON = LocalDate.of(2026, 11, 12);
    private static final Supplier<KraviaRecord> NOT_ASKED = () -> {
        throw new AssertionError("Kravia's record must not be asked when the ERP's signals decide");
    };

    private final PayoutClassifier classifier = new PayoutClassifier(new PayoutSignals(99, Set.of("KRV"),
            Set.of("1503.00.12345"), Pattern.compile("(?i)kravia")));

    private static Allocation payment(long partnerId, String journalCode, String memo, StatementLine line,
                                      String amount, LocalDate date) {
        return new Allocation(1, 1, 10, AllocationKind.CUSTOMER_PAYMENT, Money.of(amount, "NOK"), date, 1001,
                "PBNK/1", 5L, journalCode, partnerId, memo, 0, line);
    }

    private static Allocation payment(long partnerId, String journalCode) {
        return payment(partnerId, journalCode, null, null, "100", PAID_ON);
    }

    private static Allocation bankPayment(StatementLine line, String amount) {
        return payment(7, "BNK", null, line, amount, PAID_ON);
    }

    private static Allocation handRegistered(String amount, LocalDate date) {
        return payment(7, "BNK", "Faktura 2026/0042", null, amount, date);
    }

    private static KraviaRecord caseWith(String original, String remaining, RecordedPayment... payments) {
        return KraviaRecord.of(details(original, remaining, payments));
    }

    private static CaseDetails details(String original, String remaining, RecordedPayment... payments) {
        CaseSnapshot snapshot = new CaseSnapshot(777, 501, "odoo-1-10", "INV/2026/0042", new CaseStatus("CLOSED"),
                remaining == null ? null : Money.of(remaining, "NOK"), LocalDateTime.of(2026, 11, 10, 12, 0));
        return new CaseDetails(snapshot, Money.of("0", "NOK"), Money.of("0", "NOK"), null, List.of(),
                List.of(payments), original == null ? null : Money.of(original, "NOK"));
    }

    private static RecordedPayment collected(String amount, LocalDate date) {
        return new RecordedPayment(date, Money.of(amount, "NOK"), null, "COLLECTED");
    }

    private static RecordedPayment direct(String amount, LocalDate date) {
        return new RecordedPayment(date, Money.of(amount, "NOK"), "odoo-payment-3-4", "DIRECT");
    }

    @Nested
    class PartnerAndJournal {

        @Test
        void aPaymentFromKraviasPartnerIsAPayoutInAnyJournal() {
            PayoutDecision decision = classifier.classify(payment(99, "BNK"), NOT_ASKED);
            assertThat(decision.kind()).isEqualTo(Kind.PAYOUT);
            assertThat(decision.reason()).isEqualTo("its partner #99 is Kravia's (payout-partner)");
            assertThat(classifier.classify(payment(99, null), NOT_ASKED).kind()).isEqualTo(Kind.PAYOUT);
        }

        @Test
        void aPaymentIntoAPayoutJournalIsAPayoutFromAnyPartner() {
            PayoutDecision decision = classifier.classify(payment(7, "KRV"), NOT_ASKED);
            assertThat(decision.kind()).isEqualTo(Kind.PAYOUT);
            assertThat(decision.reason()).isEqualTo("it landed in journal KRV, where only Kravia's payouts land"
                    + " (payout-journals)");
            assertThat(classifier.classify(payment(0, "KRV"), NOT_ASKED).kind()).isEqualTo(Kind.PAYOUT);
        }

        @Test
        void journalCodesMatchExactly() {
            assertThat(classifier.classify(payment(7, "krv"), () -> null).kind()).isEqualTo(Kind.CUSTOMER_PAYMENT);
            assertThat(classifier.classify(payment(7, "KRV2"), () -> null).kind()).isEqualTo(Kind.CUSTOMER_PAYMENT);
        }

        @Test
        void withoutAConfiguredPartnerAPaymentWithoutPartnerIsNoPayout() {
            PayoutClassifier journalsOnly = new PayoutClassifier(new PayoutSignals(0, Set.of("KRV"), Set.of(), null));
            assertThat(journalsOnly.classify(payment(0, "BNK"), () -> null).kind()).isEqualTo(Kind.CUSTOMER_PAYMENT);
            assertThat(PayoutClassifier.none().classify(payment(0, null), () -> null).kind())
                    .isEqualTo(Kind.CUSTOMER_PAYMENT);
        }

        @Test
        void laterChangesToTheConfiguredSetsDoNotLeakIn() {
            Set<String> journals = new HashSet<>(Set.of("KRV"));
            Set<String> accounts = new HashSet<>(Set.of("15030012345"));
            PayoutClassifier configured = new PayoutClassifier(new PayoutSignals(0, journals, accounts, null));
            journals.add("BNK");
            accounts.add("99998877766");

            assertThat(configured.classify(payment(7, "BNK"), () -> null).kind()).isEqualTo(Kind.CUSTOMER_PAYMENT);
            assertThat(configured.classify(bankPayment(new StatementLine(null, "99998877766", null), "100"),
                    () -> null).kind()).isEqualTo(Kind.CUSTOMER_PAYMENT);
        }
    }

    @Nested
    class BankLine {

        @Test
        void aLineFromKraviasClientFundsAccountIsAPayoutHoweverTheNumberIsWritten() {
            for (String written : List.of("15030012345", "1503 00 12345", "1503.00.12345", " 1503.0012345 ")) {
                PayoutDecision decision = classifier.classify(
                        bankPayment(new StatementLine("Someone", written, "KID 123"), "100"), NOT_ASKED);
                assertThat(decision.kind()).as(written).isEqualTo(Kind.PAYOUT);
                assertThat(decision.reason()).isEqualTo("its bank line came from account " + written
                        + ", Kravia's client-funds account (payout-bank-accounts)");
            }
        }

        @Test
        void aPayerNamedLikeKraviaIsAPayout() {
            PayoutDecision decision = classifier.classify(
                    bankPayment(new StatementLine("KRAVIA AS", "12345678903", "KID 123"), "100"), NOT_ASKED);
            assertThat(decision.kind()).isEqualTo(Kind.PAYOUT);
            assertThat(decision.reason()).isEqualTo("its bank line's payer 'KRAVIA AS' matches payout-reference");
        }

        @Test
        void aLineWhoseTextNamesKraviaIsAPayout() {
            PayoutDecision decision = classifier.classify(
                    bankPayment(new StatementLine(null, null, "Utbetaling Kravia KID 123"), "100"), NOT_ASKED);
            assertThat(decision.kind()).isEqualTo(Kind.PAYOUT);
            assertThat(decision.reason()).isEqualTo("its bank line's text 'Utbetaling Kravia KID 123' matches"
                    + " payout-reference");
        }

        @Test
        void aPaymentMemoNamingKraviaIsAPayout() {
            PayoutDecision decision = classifier.classify(payment(7, "BNK", "Kravia utbetaling", null, "100", PAID_ON),
                    NOT_ASKED);
            assertThat(decision.kind()).isEqualTo(Kind.PAYOUT);
            assertThat(decision.reason()).isEqualTo("its memo 'Kravia utbetaling' matches payout-reference");
        }

        @Test
        void aCustomersLineWithoutSignsOfKraviaIsTheCustomersPayment() {
            PayoutDecision decision = classifier.classify(
                    bankPayment(new StatementLine("Ola Nordmann", "12345678903", "Faktura 42"), "100"), () -> null);
            assertThat(decision.kind()).isEqualTo(Kind.CUSTOMER_PAYMENT);
            assertThat(decision.reason()).isEqualTo("nothing marks it as Kravia's payout, and Kravia has no case on it");
        }
    }

    @Nested
    class KraviasRecord {

        @Test
        void thePaymentOfWhatKraviaCollectedAfterItCollectedIsThePayout() {
            PayoutDecision decision = classifier.classify(handRegistered("1250", PAID_ON),
                    () -> caseWith("1250", "0", collected("1250", COLLECTED_ON)));
            assertThat(decision.kind()).isEqualTo(Kind.PAYOUT);
            assertThat(decision.reason()).isEqualTo("its amount 1250.00 NOK is what Kravia collected on case 777 from"
                    + " 2026-11-10 (Kravia's record)");
        }

        @Test
        void onTheDayOfTheCollectionItIsThePayoutToo() {
            assertThat(classifier.classify(handRegistered("1250", COLLECTED_ON),
                    () -> caseWith("1250", "0", collected("1250", COLLECTED_ON))).kind()).isEqualTo(Kind.PAYOUT);
        }

        @Test
        void kraviaPaysOutOnlyCapitalSoFeesItCollectedAreNoPartOfThePayout() {
            KraviaRecord withFees = caseWith("1250", "0", collected("1500", COLLECTED_ON));
            assertThat(classifier.classify(handRegistered("1250", PAID_ON), () -> withFees).kind())
                    .isEqualTo(Kind.PAYOUT);
            PayoutDecision whole = classifier.classify(handRegistered("1500", PAID_ON), () -> withFees);
            assertThat(whole.kind()).isEqualTo(Kind.CUSTOMER_PAYMENT);
            assertThat(whole.reason()).isEqualTo("its amount 1500.00 NOK is not what Kravia collected on case 777"
                    + " (1250.00 NOK)");
        }

        @Test
        void capitalTheCreditorReportedAsDirectPaymentsOrCreditsIsNotKraviasCollection() {
            KraviaRecord details = caseWith("1000", "0", direct("300", LocalDate.of(2026, 11, 1)),
                    new RecordedPayment(LocalDate.of(2026, 11, 2), Money.of("-200", "NOK"), "odoo-credit-1", "CREDIT"),
                    collected("500", COLLECTED_ON));
            assertThat(classifier.classify(handRegistered("500", PAID_ON), () -> details).kind())
                    .isEqualTo(Kind.PAYOUT);
            assertThat(classifier.classify(handRegistered("1000", PAID_ON), () -> details).kind())
                    .isEqualTo(Kind.CUSTOMER_PAYMENT);
        }

        @Test
        void eachCollectionMayBePaidOutOnItsOwn() {
            KraviaRecord twice = caseWith("1000", "0", collected("400", COLLECTED_ON),
                    collected("600", COLLECTED_ON.plusDays(1)));
            assertThat(classifier.classify(handRegistered("400", PAID_ON), () -> twice).kind()).isEqualTo(Kind.PAYOUT);
            assertThat(classifier.classify(handRegistered("600", PAID_ON), () -> twice).kind()).isEqualTo(Kind.PAYOUT);
            assertThat(classifier.classify(handRegistered("1000", PAID_ON), () -> twice).kind()).isEqualTo(Kind.PAYOUT);
        }

        @Test
        void withoutTheOriginalCapitalEachCollectionCountsAsCapital() {
            assertThat(classifier.classify(handRegistered("1250", PAID_ON),
                    () -> caseWith(null, null, collected("1250", COLLECTED_ON))).kind()).isEqualTo(Kind.PAYOUT);
        }

        @Test
        void whatWasAlreadyTakenForKraviasPayoutIsNotPaidOutTwice() {
            CaseDetails collectedOnce = details("1250", "0", collected("1250", COLLECTED_ON));
            PayoutDecision again = classifier.classify(handRegistered("1250", PAID_ON),
                    () -> new KraviaRecord(collectedOnce, Money.of("1250", "NOK")));
            assertThat(again.kind()).isEqualTo(Kind.CUSTOMER_PAYMENT);
            assertThat(again.reason()).isEqualTo("Kravia's collections on case 777 (1250.00 NOK) are already paid out by"
                    + " payments recognised before");

            CaseDetails collectedTwice = details("1000", "0", collected("400", COLLECTED_ON),
                    collected("600", COLLECTED_ON.plusDays(1)));
            KraviaRecord firstPaidOut = new KraviaRecord(collectedTwice, Money.of("400", "NOK"));
            assertThat(classifier.classify(handRegistered("600", PAID_ON), () -> firstPaidOut).kind())
                    .isEqualTo(Kind.PAYOUT);
            assertThat(classifier.classify(handRegistered("1000", PAID_ON), () -> firstPaidOut).kind())
                    .isEqualTo(Kind.CUSTOMER_PAYMENT);
        }

        @Test
        void aPaymentDatedBeforeKraviaCollectedIsTheCustomers() {
            PayoutDecision decision = classifier.classify(handRegistered("1250", COLLECTED_ON.minusDays(1)),
                    () -> caseWith("1250", "0", collected("1250", COLLECTED_ON)));
            assertThat(decision.kind()).isEqualTo(Kind.CUSTOMER_PAYMENT);
            assertThat(decision.reason()).isEqualTo("it is dated 2026-11-09, before Kravia collected on case 777");
        }

        @Test
        void onACaseWhereKraviaCollectedNothingItIsTheCustomers() {
            PayoutDecision decision = classifier.classify(handRegistered("1250", PAID_ON),
                    () -> caseWith("1250", "1250", direct("100", COLLECTED_ON)));
            assertThat(decision.kind()).isEqualTo(Kind.CUSTOMER_PAYMENT);
            assertThat(decision.reason()).isEqualTo("nothing marks it as Kravia's payout, and Kravia has collected"
                    + " nothing on case 777");
        }

        @Test
        void aDirectPaymentOfTheSameAmountLeavesItUndecided() {
            PayoutDecision decision = classifier.classify(handRegistered("500", PAID_ON),
                    () -> caseWith("1000", "0", direct("500", LocalDate.of(2026, 11, 1)), collected("500", COLLECTED_ON)));
            assertThat(decision.kind()).isEqualTo(Kind.UNDECIDED);
            assertThat(decision.reason()).isEqualTo("its amount 500.00 NOK is what Kravia collected on case 777 from"
                    + " 2026-11-10, but the case also had a direct payment of the same amount on 2026-11-01; it may be"
                    + " Kravia's payout or the customer paying again");
        }

        @Test
        void aBankLineFromAnotherAccountThanKraviasLeavesItUndecided() {
            PayoutDecision decision = classifier.classify(
                    bankPayment(new StatementLine(null, "1234.56.78903", "Faktura 42"), "1250"),
                    () -> caseWith("1250", "0", collected("1250", COLLECTED_ON)));
            assertThat(decision.kind()).isEqualTo(Kind.UNDECIDED);
            assertThat(decision.reason()).endsWith("but its bank line came from account 1234.56.78903, not one of"
                    + " Kravia's (payout-bank-accounts); it may be Kravia's payout or the customer's own payment");
        }

        @Test
        void aBankLineFromAPayerNotNamedLikeKraviaLeavesItUndecided() {
            PayoutClassifier byName = new PayoutClassifier(new PayoutSignals(0, Set.of(), Set.of(),
                    Pattern.compile("KRAVIA")));
            PayoutDecision decision = byName.classify(
                    bankPayment(new StatementLine("Ola Nordmann", "1234.56.78903", "Faktura 42"), "1250"),
                    () -> caseWith("1250", "0", collected("1250", COLLECTED_ON)));
            assertThat(decision.kind()).isEqualTo(Kind.UNDECIDED);
            assertThat(decision.reason()).contains("but its bank line came from 'Ola Nordmann', which does not match"
                    + " payout-reference");
        }

        @Test
        void withNoBankSignalsConfiguredABankLineLeavesKraviasRecordToDecide() {
            PayoutClassifier recordOnly = PayoutClassifier.none();
            PayoutDecision decision = recordOnly.classify(
                    bankPayment(new StatementLine("Ola Nordmann", "1234.56.78903", "Faktura 42"), "1250"),
                    () -> caseWith("1250", "0", collected("1250", COLLECTED_ON)));
            assertThat(decision.kind()).isEqualTo(Kind.PAYOUT);
        }
    }
}
