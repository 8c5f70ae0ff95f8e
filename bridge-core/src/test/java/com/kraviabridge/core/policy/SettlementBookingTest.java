package com.kraviabridge.core.policy;

import com.kraviabridge.core.domain.CaseStatus;
import com.kraviabridge.core.domain.CollectionCase;
import com.kraviabridge.core.domain.JournalEntry;
import com.kraviabridge.core.domain.JournalLine;
import com.kraviabridge.core.domain.Money;
import com.kraviabridge.core.domain.Settlement;
import com.kraviabridge.core.domain.SettlementLine;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** Every way a settlement becomes a journal entry, and every reason it is refused. */
class SettlementBookingTest {

    private static final long COMPANY = 1;
    private static final long KRAVIA_PARTNER = 99;
    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);
    private static final Map<String, String> ACCOUNTS = Map.of("1500", "121000", "7770", "677000", "2710", "251000");
    private static final CollectionCase FORWARDED = new CollectionCase(COMPANY, 10, "INV/2026/00010", 501, 880_010,
            "C-1", 7, CaseStatus.REGISTERED, null, Money.of("1000", "NOK"), null, Instant.parse("2026-11-01T00:00:00Z"));

    private final SettlementBooking booking = new SettlementBooking("KRV", ACCOUNTS, KRAVIA_PARTNER);

    private static Money nok(String amount) {
        return Money.of(amount, "NOK");
    }

    private static SettlementLine capital(long caseId, String amount) {
        return new SettlementLine(caseId, "INV/2026/00010", "10", "capital", nok(amount), "1500", null, DAY, null);
    }

    private static SettlementLine deduction(String component, String amount, String ledgerAccount, String description) {
        return new SettlementLine(880_010L, "INV/2026/00010", "10", component, nok(amount), ledgerAccount, null, DAY,
                description);
    }

    private static Settlement settlement(String payout, SettlementLine... lines) {
        return new Settlement("S-7", 501, DAY, nok(payout), List.of(lines));
    }

    private static Function<SettlementLine, Optional<CollectionCase>> knownCases(CollectionCase... cases) {
        return line -> List.of(cases).stream().filter(c -> c.kraviaInvoiceId() == line.kraviaInvoiceId()).findFirst();
    }

    @Test
    void aSettlementBecomesOneBalancedEntryWithThePayoutTheCapitalAndTheDeductions() {
        SettlementBooking.Result result = booking.entryFor(settlement("880",
                        capital(880_010, "1000"), deduction("provision", "-100", "7770", "Provision 10 %"),
                        deduction("vat", "-20", "2710", null), deduction("fee", "0", "9999", null)),
                COMPANY, knownCases(FORWARDED));

        assertThat(result.isBookable()).isTrue();
        assertThat(result.problems()).isEmpty();
        JournalEntry entry = result.entry();
        assertThat(entry.isBalanced()).isTrue();
        assertThat(entry.companyId()).isEqualTo(COMPANY);
        assertThat(entry.journalCode()).isEqualTo("KRV");
        assertThat(entry.date()).isEqualTo(DAY);
        assertThat(entry.ref()).isEqualTo("KRAVIA-SETTLEMENT-S-7").isEqualTo(SettlementBooking.refOf("S-7"));
        assertThat(entry.lines()).as("the zero line is left out, an unmapped account on it notwithstanding")
                .containsExactly(
                        new JournalLine(null, KRAVIA_PARTNER, "Kravia payout S-7", nok("880"), 0),
                        new JournalLine("121000", 7, "Collected by Kravia: invoice INV/2026/00010", nok("-1000"), 10),
                        new JournalLine("677000", 0, "Provision 10 % (Kravia S-7)", nok("100"), 0),
                        new JournalLine("251000", 0, "vat (Kravia S-7)", nok("20"), 0));
    }

    @Test
    void refusedWithoutAPayoutJournal() {
        for (String journal : new String[] {null, " "}) {
            SettlementBooking.Result result = new SettlementBooking(journal, ACCOUNTS, KRAVIA_PARTNER)
                    .entryFor(settlement("1000", capital(880_010, "1000")), COMPANY, knownCases(FORWARDED));

            assertThat(result.isBookable()).isFalse();
            assertThat(result.entry()).isNull();
            assertThat(result.problems()).containsExactly(
                    "no journal for Kravia payouts is configured (settlement.journal, or creditor.1.settlement-journal)");
        }
    }

    @Test
    void refusedWhenTheLinesDoNotAddUpToThePayout() {
        SettlementBooking.Result result = booking.entryFor(settlement("900", capital(880_010, "1000")), COMPANY,
                knownCases(FORWARDED));

        assertThat(result.isBookable()).isFalse();
        assertThat(result.problems()).containsExactly("its lines add up to 1000.00 NOK but the payout is 900.00 NOK");
    }

    @Test
    void refusedWhenAKraviaLedgerAccountIsNotMapped() {
        SettlementBooking.Result result = booking.entryFor(settlement("950", capital(880_010, "1000"),
                deduction("interest-fee", "-50", "8050", null)), COMPANY, knownCases(FORWARDED));

        assertThat(result.isBookable()).isFalse();
        assertThat(result.problems()).containsExactly("Kravia ledger account 8050 (interest-fee) is not mapped to an"
                + " Odoo account (set settlement.account.8050, or creditor.1.settlement-account.8050)");
    }

    @Test
    void refusedWhenACapitalLineMatchesNoForwardedInvoice() {
        SettlementBooking.Result result = booking.entryFor(settlement("1000", capital(880_077, "1000")), COMPANY,
                knownCases(FORWARDED));

        assertThat(result.isBookable()).isFalse();
        assertThat(result.problems()).containsExactly(
                "capital line for invoice INV/2026/00010 (Kravia case 880077) matches no invoice this bridge forwarded");
    }

    @Test
    void refusedWhenTheCapitalLinesCaseBelongsToAnotherCompany() {
        SettlementBooking.Result result = booking.entryFor(settlement("1000", capital(880_010, "1000")), COMPANY + 1,
                knownCases(FORWARDED));

        assertThat(result.isBookable()).isFalse();
        assertThat(result.problems()).singleElement().asString().contains("matches no invoice this bridge forwarded");
    }

    @Test
    void everyReasonIsGivenAtOnceSoOneFixSettlesThem() {
        SettlementBooking.Result result = new SettlementBooking("", Map.of(), KRAVIA_PARTNER).entryFor(
                settlement("1", capital(880_010, "1000"), deduction("provision", "-100", "7770", null)), COMPANY,
                knownCases(FORWARDED));

        assertThat(result.isBookable()).isFalse();
        assertThat(result.problems()).hasSize(4)
                .anySatisfy(p -> assertThat(p).contains("settlement.journal"))
                .anySatisfy(p -> assertThat(p).contains("add up to 900.00 NOK but the payout is 1.00 NOK"))
                .anySatisfy(p -> assertThat(p).contains("settlement.account.1500"))
                .anySatisfy(p -> assertThat(p).contains("settlement.account.7770"));
    }

    private static SettlementLine vat(String amount, String vatCode) {
        return new SettlementLine(880_010L, "INV/2026/00010", "10", "vat", nok(amount), "2710", vatCode, DAY,
                "VAT on collection costs");
    }

    @Test
    void aVatLineWhoseVatCodeIsMappedToAPurchaseTaxBecomesThatTaxsLine() {
        SettlementBooking taxed = new SettlementBooking(
                company -> new SettlementChart("KRV", ACCOUNTS, Map.of("1", "Inngående mva 25 %")), KRAVIA_PARTNER);

        SettlementBooking.Result result = taxed.entryFor(settlement("855", capital(880_010, "1000"),
                deduction("provision", "-100", "7770", "Provision"), vat("-25", "1"), vat("-20", "3")),
                COMPANY, knownCases(FORWARDED));

        assertThat(result.isBookable()).isTrue();
        assertThat(result.entry().lines()).filteredOn(JournalLine::isVatTaxLine).singleElement()
                .isEqualTo(new JournalLine("251000", 0, "VAT on collection costs (Kravia S-7)", nok("25"), 0,
                        "Inngående mva 25 %"));
        assertThat(result.entry().lines()).filteredOn(l -> l.amount().equals(nok("20"))).singleElement()
                .satisfies(l -> assertThat(l.isVatTaxLine()).as("VAT code 3 has no tax").isFalse());
        assertThat(result.vatCodesWithoutTax()).containsExactly("3");
        assertThat(result.entry().lines()).filteredOn(l -> l.accountCode() != null && l.accountCode().equals("677000"))
                .singleElement().satisfies(l -> assertThat(l.isVatTaxLine()).as("only VAT lines are taxed").isFalse());
    }

    @Test
    void withoutAnyVatTaxTheVatLineIsAPlainLineAsBeforeAndItsCodeIsNamed() {
        SettlementBooking.Result result = booking.entryFor(settlement("975", capital(880_010, "1000"), vat("-25", "1")),
                COMPANY, knownCases(FORWARDED));

        assertThat(result.entry().lines()).contains(
                new JournalLine("251000", 0, "VAT on collection costs (Kravia S-7)", nok("25"), 0));
        assertThat(result.vatCodesWithoutTax()).containsExactly("1");
    }

    @Test
    void eachCompanyBooksInItsOwnJournalAndAccounts() {
        CollectionCase ofSecond = new CollectionCase(2, 20, "INV/2026/00010", 502, 880_010, "C-2", 8,
                CaseStatus.REGISTERED, null, nok("1000"), null, Instant.parse("2026-11-01T00:00:00Z"));
        SettlementBooking perCompany = new SettlementBooking(company -> company == 2
                ? new SettlementChart("KRV2", Map.of("1500", "1510", "2710", "2711"), Map.of())
                : new SettlementChart("KRV", ACCOUNTS, Map.of()), KRAVIA_PARTNER);

        JournalEntry first = perCompany.entryFor(settlement("975", capital(880_010, "1000"), vat("-25", "1")),
                COMPANY, knownCases(FORWARDED)).entry();
        JournalEntry second = perCompany.entryFor(settlement("975", capital(880_010, "1000"), vat("-25", "1")),
                2, knownCases(ofSecond)).entry();

        assertThat(first.journalCode()).isEqualTo("KRV");
        assertThat(first.lines()).extracting(JournalLine::accountCode).containsExactly(null, "121000", "251000");
        assertThat(second.journalCode()).isEqualTo("KRV2");
        assertThat(second.lines()).extracting(JournalLine::accountCode).containsExactly(null, "1510", "2711");
    }

    @Test
    void vatCodesWithoutTaxAreNamedOnceInOneNoticeAndNoneMeansNoNotice() {
        assertThat(SettlementBooking.outsideTheVatReturn(java.util.Set.of())).isEmpty();
        assertThat(SettlementBooking.outsideTheVatReturn(java.util.Set.of("3", "1"))).hasValue("VAT lines of Kravia VAT"
                + " code 1, 3 are booked as plain lines, outside the VAT return: map each to a purchase tax with"
                + " settlement.vat-tax.<code>");
    }
}
