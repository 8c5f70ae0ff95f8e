package com.kraviabridge.app.e2e;

import com.kraviabridge.sim.kravia.SettlementLine;
import com.kraviabridge.sim.kravia.SettlementSnapshot;
import com.kraviabridge.sim.odoo.OdooVersion;
import com.kraviabridge.sim.odoo.seed.CompanyRef;
import com.kraviabridge.sim.odoo.seed.InvoiceRef;
import com.kraviabridge.sim.odoo.seed.PartnerRef;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Settlements as an accountant files them: Kravia's VAT in the VAT return, entries for review, and companies that
 * book in journals and accounts of their own.
 */
@Tag("slow")
class SettlementBooksTest {

    private static final String INPUT_VAT = "Inngående mva 25 %";
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    /**
     * An invoice handed to Kravia more than 90 days after it fell due: Kravia takes a provision on it, and deducts
     * VAT on that provision from the payout.
     */
    private InvoiceRef longOverdue(Landscape world, PartnerRef debtor, String amount) {
        return world.seed().invoice(debtor).invoiceDate(today.minusDays(135)).dueDate(today.minusDays(120)).amount(amount)
                .save();
    }

    /** One overdue invoice forwarded, paid in full to Kravia and settled; answers the settlement. */
    private SettlementSnapshot settled(Landscape world, long creditor, InvoiceRef invoice) {
        assertThat(world.cli("sync", "--flow", "invoices").exitCode()).isZero();
        long caseId = world.kravia.invoices(creditor).stream()
                .filter(c -> c.accountingInvoiceId().equals(Integer.toString(invoice.id()))).findFirst().orElseThrow().id();
        world.kravia.debtorPaysInFull(caseId);
        List<SettlementSnapshot> settlements = world.kravia.settleNow(creditor);
        assertThat(settlements).hasSize(1);
        return settlements.get(0);
    }

    private static BigDecimal vatOf(SettlementSnapshot settlement) {
        List<SettlementLine> vat = settlement.lines().stream().filter(l -> SettlementLine.VAT.equals(l.component())).toList();
        assertThat(vat).as("Kravia deducted VAT on its costs").hasSize(1);
        return vat.get(0).amount().negate();
    }

    private static List<Map<String, Object>> linesOf(Landscape world, int moveId, String... fields) {
        return world.odooDb.search("account.move.line", List.of(List.of("move_id", "=", moveId))).stream()
                .map(id -> world.odooDb.read("account.move.line", id, fields)).toList();
    }

    private static int onlyMoveOf(Landscape world, SettlementSnapshot settlement) {
        List<Integer> moves = new OdooReads(world.odooDb).movesWithRef("KRAVIA-SETTLEMENT-" + settlement.id());
        assertThat(moves).hasSize(1);
        return moves.get(0);
    }

    @ParameterizedTest
    @EnumSource(value = OdooVersion.class, names = {"V17", "V18", "V19"})
    void aVatLineMappedToAPurchaseTaxIsItsTaxLineWithTagsAndReachesTheTaxReport(OdooVersion version) {
        try (Landscape world = new Landscape(version, "jsonrpc", Map.of("settlement.vat-tax.1", INPUT_VAT))) {
            world.odoo.setToday(today);
            InvoiceRef invoice = longOverdue(world, world.fjordbakeri(), "4000.00");
            SettlementSnapshot settlement = settled(world, Landscape.CREDITOR, invoice);
            BigDecimal vat = vatOf(settlement);

            Landscape.Cli sync = world.cli("sync", "--flow", "settlements");

            assertThat(sync.exitCode()).as(sync.out() + sync.err()).isZero();
            int move = onlyMoveOf(world, settlement);
            assertThat(world.odooDb.read("account.move", move, "state")).containsEntry("state", "posted");
            List<Map<String, Object>> taxLines = linesOf(world, move, "tax_line_id", "tax_repartition_line_id",
                    "tax_tag_ids", "tax_base_amount", "debit").stream()
                    .filter(l -> !Boolean.FALSE.equals(l.get("tax_line_id"))).toList();
            assertThat(taxLines).singleElement().satisfies(line -> {
                assertThat(((List<?>) line.get("tax_line_id")).get(1)).isEqualTo(INPUT_VAT);
                assertThat(line.get("tax_repartition_line_id")).isNotEqualTo(false);
                assertThat((List<?>) line.get("tax_tag_ids")).isNotEmpty();
                assertThat(new BigDecimal(line.get("debit").toString())).isEqualByComparingTo(vat);
                assertThat(new BigDecimal(line.get("tax_base_amount").toString()))
                        .isEqualByComparingTo(vat.multiply(BigDecimal.valueOf(4)));
            });
            assertThat(world.odooDb.taxReport(world.company.id(), today.minusYears(1), today.plusYears(1)))
                    .containsEntry("Kode 1 mva", vat.setScale(2));
            assertThat(new OdooReads(world.odooDb).residual(invoice.id())).isZero();
            assertThat(world.kravia.settlements(Landscape.CREDITOR)).allMatch(SettlementSnapshot::closed);
        }
    }

    @ParameterizedTest
    @EnumSource(value = OdooVersion.class, names = {"V17", "V19"})
    void anUnmappedVatCodeKeepsThePlainLineAndSaysSoOnce(OdooVersion version) {
        try (Landscape world = new Landscape(version, "jsonrpc")) {
            world.odoo.setToday(today);
            InvoiceRef invoice = longOverdue(world, world.fjordbakeri(), "4000.00");
            SettlementSnapshot settlement = settled(world, Landscape.CREDITOR, invoice);
            BigDecimal vat = vatOf(settlement);

            Landscape.Cli sync = world.cli("sync", "--flow", "settlements");

            assertThat(sync.exitCode()).isZero();
            int move = onlyMoveOf(world, settlement);
            assertThat(linesOf(world, move, "tax_line_id", "tax_tag_ids", "debit", "account_id"))
                    .filteredOn(l -> new BigDecimal(l.get("debit").toString()).compareTo(vat) == 0).singleElement()
                    .satisfies(line -> {
                        assertThat(line.get("tax_line_id")).isEqualTo(false);
                        assertThat((List<?>) line.get("tax_tag_ids")).isEmpty();
                        assertThat(((List<?>) line.get("account_id")).get(0)).isEqualTo(world.company.account("2710"));
                    });
            assertThat(world.odooDb.taxReport(world.company.id(), today.minusYears(1), today.plusYears(1)))
                    .doesNotContainKey("Kode 1 mva");
            assertThat(sync.out().split("settlement.vat-tax", -1)).as(sync.out()).hasSize(2);
        }
    }

    @ParameterizedTest
    @EnumSource(value = OdooVersion.class, names = {"V17", "V18", "V19"})
    void aDraftIsBookkeptOnlyOncePostedByAPersonAndADeletedDraftIsMadeOnceMore(OdooVersion version) {
        try (Landscape world = new Landscape(version, "jsonrpc",
                Map.of("settlement.post", "draft", "settlement.vat-tax.1", INPUT_VAT))) {
            world.odoo.setToday(today);
            InvoiceRef invoice = longOverdue(world, world.fjordbakeri(), "4000.00");
            SettlementSnapshot settlement = settled(world, Landscape.CREDITOR, invoice);
            OdooReads odoo = new OdooReads(world.odooDb);

            assertThat(world.cli("sync", "--flow", "settlements").exitCode()).isZero();
            int draft = onlyMoveOf(world, settlement);
            assertThat(odoo.move(draft, "state", "narration")).containsEntry("state", "draft")
                    .satisfies(m -> assertThat(String.valueOf(m.get("narration"))).contains(Long.toString(settlement.id())));
            assertThat(world.kravia.requests("PATCH", "settlements")).isEmpty();
            assertThat(odoo.residual(invoice.id())).isPositive();

            world.odooDb.execute("account.move", "unlink", List.of(List.of(draft)), Map.of());
            assertThat(world.cli("sync", "--flow", "settlements").exitCode()).isZero();
            assertThat(world.cli("sync", "--flow", "settlements").exitCode()).isZero();
            int again = onlyMoveOf(world, settlement);
            assertThat(again).isNotEqualTo(draft);
            assertThat(odoo.move(again, "state")).containsEntry("state", "draft");
            assertThat(world.kravia.requests("PATCH", "settlements")).isEmpty();

            world.odooDb.execute("account.move", "action_post", List.of(List.of(again)), Map.of());
            assertThat(world.cli("sync", "--flow", "settlements").exitCode()).isZero();
            assertThat(world.cli("sync", "--flow", "settlements").exitCode()).isZero();

            assertThat(world.kravia.requests("PATCH", "settlements")).hasSize(1);
            assertThat(world.kravia.settlements(Landscape.CREDITOR)).allMatch(SettlementSnapshot::closed);
            assertThat(odoo.residual(invoice.id())).isZero();
            assertThat(onlyMoveOf(world, settlement)).isEqualTo(again);
            assertThat(world.odooDb.taxReport(world.company.id(), today.minusYears(1), today.plusYears(1)))
                    .containsKey("Kode 1 mva");
        }
    }

    @Test
    void twoCompaniesBookInTheirOwnJournalsAccountsAndPayoutPartnersAndTheListIsReadOncePerRun() {
        try (Landscape world = new Landscape(OdooVersion.V19, "jsonrpc")) {
            world.odoo.setToday(today);
            CompanyRef second = world.seed().company("Andre AS").save();
            int secondBank = second.journal("BNK");
            world.odooDb.execute("account.journal", "write", List.of(List.of(secondBank), Map.of("code", "KRV2")), Map.of());
            world.odooDb.execute("account.account", "write", List.of(List.of(second.account("7770")),
                    Map.of("code", "7791")), Map.of());
            world.odooDb.user("bridge@acme.example").companies(world.company, second);
            long secondCreditor = 502;
            world.kravia.addCreditor(secondCreditor, Landscape.TOKEN);
            world.set("creditor." + second.id() + ".id", Long.toString(secondCreditor));
            world.set("creditor." + second.id() + ".settlement-journal", "KRV2");
            world.set("creditor." + second.id() + ".settlement-account.7790", "7791");
            PartnerRef kravia = world.seed().partner("Kravia AS").company().save();
            PartnerRef kraviaOfSecond = world.seed().partner("Kravia Andre AS").company().save();
            world.set("kravia.payout-partner", Integer.toString(kravia.id()));
            world.set("creditor." + second.id() + ".payout-partner", Integer.toString(kraviaOfSecond.id()));
            PartnerRef debtor = world.fjordbakeri();
            InvoiceRef first = longOverdue(world, debtor, "4000.00");
            InvoiceRef ofSecond = world.seed().invoice(debtor).company(second).invoiceDate(today.minusDays(135))
                    .dueDate(today.minusDays(120)).amount("3000.00").save();
            SettlementSnapshot firstSettlement = settled(world, Landscape.CREDITOR, first);
            SettlementSnapshot secondSettlement = settled(world, secondCreditor, ofSecond);
            int listedBefore = world.kravia.requests("GET", "settlements").size();

            Landscape.Cli sync = world.cli("sync", "--flow", "settlements");

            assertThat(sync.exitCode()).as(sync.out() + sync.err()).isZero();
            assertThat(world.kravia.requests("GET", "settlements")).as("one read for both companies")
                    .hasSize(listedBefore + 1);
            int firstMove = onlyMoveOf(world, firstSettlement);
            int secondMove = onlyMoveOf(world, secondSettlement);
            assertThat(((List<?>) world.odooDb.read("account.move", firstMove, "journal_id").get("journal_id")).get(0))
                    .isEqualTo(world.company.journal("BNK"));
            assertThat(((List<?>) world.odooDb.read("account.move", secondMove, "journal_id").get("journal_id")).get(0))
                    .isEqualTo(secondBank);
            assertThat(linesOf(world, secondMove, "account_id")).extracting(l -> (Object) ((List<?>) l.get("account_id")).get(0))
                    .contains(second.account("7770")).doesNotContain(world.company.account("7770"));
            assertThat(payoutPartnerOf(world, firstMove, firstSettlement)).as("the common payout-partner")
                    .isEqualTo(kravia.id());
            assertThat(payoutPartnerOf(world, secondMove, secondSettlement)).as("the company's own payout-partner")
                    .isEqualTo(kraviaOfSecond.id());
            assertThat(new OdooReads(world.odooDb).residual(first.id())).isZero();
            assertThat(new OdooReads(world.odooDb).residual(ofSecond.id())).isZero();
        }
    }

    /** The partner on the entry's bank line, the one that books the payout itself. */
    private static Object payoutPartnerOf(Landscape world, int moveId, SettlementSnapshot settlement) {
        List<Map<String, Object>> payout = linesOf(world, moveId, "name", "partner_id").stream()
                .filter(l -> ("Kravia payout " + settlement.id()).equals(l.get("name"))).toList();
        assertThat(payout).hasSize(1);
        return ((List<?>) payout.get(0).get("partner_id")).get(0);
    }

    @Test
    void doctorNamesThePurchaseTaxItFoundForEachCompanyAndFailsOnOneItCannotFind() {
        try (Landscape world = new Landscape(OdooVersion.V18, "jsonrpc",
                Map.of("settlement.vat-tax.1", INPUT_VAT, "settlement.vat-tax.3", "Inngående mva 15 %"))) {
            Landscape.Cli doctor = world.cli("doctor");

            assertThat(doctor.exitCode()).as(doctor.out()).isEqualTo(1);
            assertThat(doctor.out()).contains("ok   VAT code 1, company " + world.company.id())
                    .contains("'" + INPUT_VAT + "'").contains("25 %").contains("Kode 1 mva")
                    .contains("(settlement.vat-tax.1)")
                    .contains("FAIL VAT code 3, company " + world.company.id())
                    .contains("purchase tax 'Inngående mva 15 %'").contains("no such tax")
                    .contains("ok   settlement journal, company " + world.company.id());
        }
    }
}
