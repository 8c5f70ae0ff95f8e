package com.kraviabridge.core.policy;

import com.kraviabridge.core.domain.Address;
import com.kraviabridge.core.domain.Debtor;
import com.kraviabridge.core.domain.Invoice;
import com.kraviabridge.core.domain.Money;
import com.kraviabridge.core.domain.PaymentState;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class EligibilityTest {

    private static final Clock CLOCK = Clock.fixed(Invoices.TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    @Nested
    class DaysOverdue {

        private final MinimumDaysOverdue policy = new MinimumDaysOverdue(14, CLOCK);

        @Test
        void dueExactlyFourteenDaysAgoIsEligible() {
            assertThat(policy.assess(Invoices.dueDaysAgo(14)).isAllowed()).isTrue();
        }

        @Test
        void dueThirteenDaysAgoWaitsOneMoreDay() {
            Verdict verdict = policy.assess(Invoices.dueDaysAgo(13));
            assertThat(verdict.isAllowed()).isFalse();
            assertThat(verdict.reasonText()).contains("not yet 14 days overdue").contains("2026-11-26")
                    .contains("INV/2026/00042");
        }

        @Test
        void notYetDueSaysWhenCollectionStarts() {
            Verdict verdict = policy.assess(Invoices.dueDaysAgo(-5));
            assertThat(verdict.reasonText()).contains("not yet 14 days overdue")
                    .contains("collection starts on " + Invoices.TODAY.plusDays(5 + 14));
        }

        /** A changed reason opens a new to-do in Odoo: one that counted the days would open one every day. */
        @Test
        void theReasonIsTheSameFromOneDayToTheNext() {
            Clock tomorrow = Clock.offset(CLOCK, java.time.Duration.ofDays(1));
            Invoice invoice = Invoices.dueDaysAgo(5);
            String today = policy.assess(invoice).reasonText();
            String nextDay = new MinimumDaysOverdue(14, tomorrow).assess(invoice).reasonText();
            assertThat(new MinimumDaysOverdue(14, tomorrow).assess(invoice).isAllowed()).isFalse();
            assertThat(nextDay).isNotEmpty().isEqualTo(today);
        }

        @Test
        void configurableMinimum() {
            assertThat(new MinimumDaysOverdue(30, CLOCK).assess(Invoices.dueDaysAgo(20)).isAllowed()).isFalse();
            assertThat(new MinimumDaysOverdue(0, CLOCK).assess(Invoices.dueDaysAgo(0)).isAllowed()).isTrue();
        }
    }

    @Nested
    class KeptOut {

        @Test
        void anInvoiceKeptOutInOdooIsNotHandedOverWhateverElseItIs() {
            Verdict verdict = Eligibility.of(CollectionRules.norwegianDefaults(), Set.of(1L), CLOCK)
                    .assess(Invoices.dueDaysAgo(30).withMarks(true, true));
            assertThat(verdict.isAllowed()).isFalse();
            assertThat(verdict.isKeptOut()).as("a hold is a choice, not a problem to fix").isTrue();
            assertThat(verdict.reasonText()).contains("INV/2026/00042").contains("kept out of Kravia in Odoo");
        }

        @Test
        void aHoldWinsOverProblemsNobodyNeedsToFixForAnInvoiceThatStays() {
            Invoice heldAndBroken = Invoices.withDebtor(new Debtor(7, "C-0042", "Fjordbakeri AS", true, null,
                    new Address("Bryggen 3", "", "Bergen", "NO"), null, Set.of())).withMarks(true, false);
            Verdict verdict = Eligibility.of(CollectionRules.norwegianDefaults(), Set.of(1L), CLOCK).assess(heldAndBroken);
            assertThat(verdict.isKeptOut()).isTrue();
            assertThat(verdict.reasonText()).contains("kept out of Kravia in Odoo").doesNotContain("postal code");
        }

        @Test
        void clearingTheMarkLetsItGo() {
            assertThat(Eligibility.of(CollectionRules.norwegianDefaults(), Set.of(1L), CLOCK)
                    .assess(Invoices.dueDaysAgo(30).withMarks(false, false)).isAllowed()).isTrue();
        }
    }

    @Nested
    class Amount {

        @Test
        void partialPaymentBelowTheMinimumIsRejected() {
            Invoice partlyPaid = Invoices.invoice(Invoices.TODAY.minusDays(30), Money.of("99.99", "NOK"),
                    PaymentState.PARTIAL, Invoices.business());
            Verdict verdict = new MinimumAmount(new BigDecimal("100")).assess(partlyPaid);
            assertThat(verdict.isAllowed()).isFalse();
            assertThat(verdict.reasonText()).contains("99.99 NOK").contains("collection.min-amount");
        }

        @Test
        void exactlyTheMinimumPasses() {
            Invoice invoice = Invoices.invoice(Invoices.TODAY.minusDays(30), Money.of("100", "NOK"),
                    PaymentState.PARTIAL, Invoices.business());
            assertThat(new MinimumAmount(new BigDecimal("100.00")).assess(invoice).isAllowed()).isTrue();
        }

        @Test
        void settledInvoiceHasNothingToCollect() {
            Invoice paid = Invoices.invoice(Invoices.TODAY.minusDays(30), Money.of("0", "NOK"), PaymentState.PAID,
                    Invoices.business());
            assertThat(new OpenResidual().assess(paid).reasonText()).contains("nothing left to collect").contains("paid");
            Invoice blocked = Invoices.invoice(Invoices.TODAY.minusDays(30), Money.of("10", "NOK"), PaymentState.BLOCKED,
                    Invoices.business());
            assertThat(new OpenResidual().assess(blocked).isAllowed()).isFalse();
            assertThat(new OpenResidual().assess(Invoices.dueDaysAgo(30)).isAllowed()).isTrue();
        }
    }

    @Nested
    class DebtorData {

        @Test
        void businessWithoutOrganisationNumberIsRejected() {
            Debtor noOrgNumber = new Debtor(7, "C-0042", "Fjordbakeri AS", true, " ",
                    Invoices.business().address(), null, Set.of());
            Verdict verdict = new OrganisationNumberForBusiness().assess(Invoices.withDebtor(noOrgNumber));
            assertThat(verdict.reasonText()).contains("Fjordbakeri AS").contains("no organisation number");
        }

        @Test
        void privatePersonNeedsNoOrganisationNumber() {
            Debtor person = new Debtor(8, "C-0043", "Kari Nordmann", false, null, Invoices.business().address(), null,
                    Set.of());
            assertThat(new OrganisationNumberForBusiness().assess(Invoices.withDebtor(person)).isAllowed()).isTrue();
        }

        @Test
        void missingPostalCodeIsNamed() {
            Debtor noZip = new Debtor(7, "C-0042", "Fjordbakeri AS", true, "912345678",
                    new Address("Bryggen 3", null, "Bergen", "NO"), null, Set.of());
            Verdict verdict = new CompleteAddress().assess(Invoices.withDebtor(noZip));
            assertThat(verdict.reasonText()).contains("has no postal code").doesNotContain("street");
        }

        @Test
        void everyMissingPartIsListedAtOnce() {
            Debtor nothing = new Debtor(9, "ODOO-9", null, false, null, null, null, Set.of());
            assertThat(new CompleteAddress().assess(Invoices.withDebtor(nothing)).reasonText())
                    .contains("street, postal code, city, country, name").contains("#9");
        }

        @Test
        void excludedTagMatchesWhateverTheCase() {
            Debtor tagged = new Debtor(7, "C-0042", "Fjordbakeri AS", true, "912345678",
                    Invoices.business().address(), null, Set.of("VIP", "Nordland"));
            ExcludedPartnerTags policy = new ExcludedPartnerTags(Set.of(" vip "));
            assertThat(policy.assess(Invoices.withDebtor(tagged)).reasonText()).contains("excluded tag 'VIP'");
            assertThat(new ExcludedPartnerTags(Set.of("Dispute")).assess(Invoices.withDebtor(tagged)).isAllowed()).isTrue();
        }
    }

    @Nested
    class CompanyAndCurrency {

        @Test
        void companyWithoutCreditorIsRejected() {
            Verdict verdict = new CompanyHasCreditor(Set.of(2L)).assess(Invoices.dueDaysAgo(30));
            assertThat(verdict.reasonText()).contains("company 1").contains("creditor.1.id");
            assertThat(new CompanyHasCreditor(Set.of(1L)).assess(Invoices.dueDaysAgo(30)).isAllowed()).isTrue();
        }

        @Test
        void currencyOutsideTheAgreedOnesIsRejectedAndNeverConverted() {
            Invoice euro = Invoices.invoice(Invoices.TODAY.minusDays(30), Money.of("100", "EUR"), PaymentState.NOT_PAID,
                    Invoices.business());
            assertThat(new AllowedCurrency(Set.of("NOK", "SEK")).assess(euro).reasonText()).contains("EUR")
                    .contains("NOK, SEK");
            assertThat(new AllowedCurrency(Set.of()).assess(euro).isAllowed()).isTrue();
        }
    }

    @Test
    void allReasonsAreCollectedTogether() {
        Debtor bad = new Debtor(7, "C-0042", "Fjordbakeri AS", true, null, new Address("Bryggen 3", "", "Bergen", "NO"),
                null, Set.of("VIP"));
        Invoice invoice = Invoices.invoice(Invoices.TODAY.minusDays(3), Money.of("50", "NOK"), PaymentState.PARTIAL, bad);
        Eligibility eligibility = Eligibility.of(new CollectionRules(14, new BigDecimal("100"), Set.of("vip"), Set.of()),
                Set.of(2L), CLOCK);
        Verdict verdict = eligibility.assess(invoice);
        assertThat(verdict.isKeptOut()).as("the excluded tag is a person's choice and wins").isTrue();
        assertThat(verdict.reasons()).hasSize(1);
        assertThat(verdict.reasonText()).contains("excluded tag");

        Invoice untagged = Invoices.invoice(Invoices.TODAY.minusDays(3), Money.of("50", "NOK"), PaymentState.PARTIAL,
                new Debtor(7, "C-0042", "Fjordbakeri AS", true, null, new Address("Bryggen 3", "", "Bergen", "NO"),
                        null, Set.of()));
        Verdict problems = eligibility.assess(untagged);
        assertThat(problems.isKeptOut()).isFalse();
        assertThat(problems.reasons()).hasSize(5);
        assertThat(problems.reasonText()).contains("creditor.1.id", "not yet 14 days overdue", "below the minimum",
                "postal code", "organisation number");
    }

    @Nested
    class Lengths {

        private final RecordableLengths policy = new RecordableLengths();

        @Test
        void aCustomerReferenceLongerThanTheBridgeRecordsIsNamedWithItsLength() {
            Debtor longRef = new Debtor(7, "R".repeat(300), "Fjordbakeri AS", true, "912345678",
                    new Address("Bryggen 3", "5003", "Bergen", "NO"), null, Set.of());
            Verdict verdict = policy.assess(Invoices.withDebtor(longRef));
            assertThat(verdict.reasonText()).startsWith("invoice INV/2026/00042: customer reference")
                    .contains("is 300 characters, the bridge records at most " + RecordableLengths.CUSTOMER_NUMBER);
        }

        @Test
        void anInvoiceNumberIsCountedInCharactersAndShownShortened() {
            String emoji = "\uD83D\uDE00";
            Invoice atLimit = new Invoice(1, emoji.repeat(RecordableLengths.INVOICE_NUMBER), 1, Invoices.TODAY,
                    Invoices.TODAY, null, Money.of("1", "NOK"), PaymentState.NOT_PAID, Invoices.business());
            Invoice over = new Invoice(1, "INV/" + "9".repeat(137), 1, Invoices.TODAY, Invoices.TODAY, null,
                    Money.of("1", "NOK"), PaymentState.NOT_PAID, Invoices.business());
            assertThat(policy.assess(atLimit).isAllowed()).isTrue();
            assertThat(policy.assess(over).reasonText()).startsWith("invoice INV/999")
                    .contains("…: invoice number is 141 characters, the bridge records at most 100")
                    .doesNotContain("9".repeat(137));
        }
    }

    @Test
    void goodInvoicePassesEveryRule() {
        Eligibility eligibility = Eligibility.of(CollectionRules.norwegianDefaults(), Set.of(1L), CLOCK);
        assertThat(eligibility.assess(Invoices.dueDaysAgo(14)).isAllowed()).isTrue();
    }
}
