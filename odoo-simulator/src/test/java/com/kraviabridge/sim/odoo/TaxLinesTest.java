package com.kraviabridge.sim.odoo;

import com.kraviabridge.sim.odoo.seed.CompanyRef;
import com.kraviabridge.sim.odoo.seed.InvoiceRef;
import com.kraviabridge.sim.odoo.seed.PartnerRef;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Tax lines of journal entries and invoices, and what reaches the tax report through their tags. */
@SuppressWarnings("unchecked")
class TaxLinesTest {
    private static final String INPUT_VAT = "Inngående mva 25 %";
    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 12, 31);

    private static int id(Object many2one) {
        return (Integer) ((List<Object>) many2one).get(0);
    }

    private static int taxId(Odoo odoo, String name) {
        List<Integer> ids = odoo.search("account.tax", List.of(List.of("name", "=", name)));
        assertThat(ids).hasSize(1);
        return ids.get(0);
    }

    /** The tax's repartition line of that kind for invoices, read over the wire as a client finds it. */
    private static Map<String, Object> repartition(Odoo odoo, int tax, String kind) {
        List<Integer> ids = (List<Integer>) odoo.readOne("account.tax", tax, "invoice_repartition_line_ids")
                .get("invoice_repartition_line_ids");
        assertThat(ids).hasSize(2);
        for (int id : ids) {
            Map<String, Object> line = odoo.readOne("account.tax.repartition.line", id, "repartition_type",
                    "account_id", "tag_ids", "factor_percent", "tax_id");
            if (kind.equals(line.get("repartition_type"))) {
                line.put("id", id);
                return line;
            }
        }
        throw new AssertionError("no " + kind + " repartition line");
    }

    /** Kravia's settlement: capital 1000 collected, 25 VAT on its costs deducted, 975 paid out. */
    private static int settlementWithVat(Odoo odoo, CompanyRef company, PartnerRef debtor, String bankCode,
                                         Map<String, Object> vatLine) {
        return settlementWithVat(odoo, company, debtor, bankCode, vatLine, Map.of());
    }

    private static int settlementWithVat(Odoo odoo, CompanyRef company, PartnerRef debtor, String bankCode,
                                         Map<String, Object> vatLine, Map<String, Object> context) {
        Map<String, Object> bank = Map.of("account_id", company.account(bankCode), "name", "Kravia payout",
                "debit", 975.0);
        Map<String, Object> receivable = Map.of("account_id", company.account("1500"), "partner_id", debtor.id(),
                "name", "Collected capital", "credit", 1000.0);
        return (Integer) odoo.call("account.move", "create", List.of(Map.of("move_type", "entry",
                "journal_id", company.journal("MISC"), "date", "2026-03-01", "ref", "S-1",
                "line_ids", List.of(List.of(0, 0, bank), List.of(0, 0, vatLine), List.of(0, 0, receivable)))),
                context.isEmpty() ? Map.of() : Map.of("context", context));
    }

    /** A VAT line made by hand as a tax line of the input VAT: repartition line, its tags, the base. */
    private static Map<String, Object> handMadeVat(CompanyRef company, Map<String, Object> repartition) {
        Map<String, Object> vat = new LinkedHashMap<>();
        vat.put("account_id", company.account("2710"));
        vat.put("name", "VAT on collection costs");
        vat.put("debit", 25.0);
        vat.put("tax_repartition_line_id", repartition.get("id"));
        vat.put("tax_tag_ids", List.of(List.of(6, 0, repartition.get("tag_ids"))));
        vat.put("tax_base_amount", 100.0);
        return vat;
    }

    /** The settlement entry with its VAT line made by hand, created without switching Odoo's line sync off. */
    private static int handMadeSettlement(Fixture fx, OdooVersion version, Odoo odoo, int tax) {
        CompanyRef company = fx.db.mainCompany();
        PartnerRef debtor = fx.db.seed().partner("Debtor AS").save();
        String bank = com.kraviabridge.sim.odoo.accounting.ChartInstaller.bankAccountCode(version);
        return settlementWithVat(odoo, company, debtor, bank, handMadeVat(company, repartition(odoo, tax, "tax")));
    }

    @ParameterizedTest
    @EnumSource(value = OdooVersion.class, names = {"V18", "V19"})
    void fromEighteenAHandMadeTaxLineOnAnEntryWithoutTaxesStays(OdooVersion version) {
        try (Fixture fx = new Fixture(version)) {
            Odoo odoo = fx.client(Odoo.Protocol.JSON);
            int tax = taxId(odoo, INPUT_VAT);
            int move = handMadeSettlement(fx, version, odoo, tax);
            assertThat(odoo.search("account.move.line", List.of(List.of("move_id", "=", move),
                    List.of("tax_line_id", "=", tax)))).hasSize(1);
            assertThat(odoo.search("account.move.line", List.of(List.of("move_id", "=", move)))).hasSize(3);
        }
    }

    @ParameterizedTest
    @EnumSource(value = OdooVersion.class, names = {"V16", "V17"})
    void seventeenDropsAHandMadeTaxLineOfAnEntryWithoutTaxesAndBalancesOnSuspense(OdooVersion version) {
        try (Fixture fx = new Fixture(version)) {
            Odoo odoo = fx.client(Odoo.Protocol.JSON);
            int tax = taxId(odoo, INPUT_VAT);
            int move = handMadeSettlement(fx, version, odoo, tax);
            assertThat(odoo.search("account.move.line", List.of(List.of("move_id", "=", move),
                    List.of("tax_line_id", "!=", false)))).isEmpty();
            List<Map<String, Object>> balancing = odoo.searchRead("account.move.line",
                    List.of(List.of("move_id", "=", move), List.of("name", "=", "Automatic Balancing Line")),
                    List.of("debit", "account_id"));
            assertThat(balancing).hasSize(1);
            assertThat(balancing.get(0)).containsEntry("debit", 25.0);
        }
    }

    @ParameterizedTest
    @EnumSource(value = OdooVersion.class, names = {"V17", "V18", "V19"})
    void purchaseTaxHasRepartitionLinesWithTagsAndTheInputVatAccount(OdooVersion version) {
        try (Fixture fx = new Fixture(version)) {
            Odoo odoo = fx.client(Odoo.Protocol.JSON);
            CompanyRef company = fx.db.mainCompany();
            int tax = taxId(odoo, INPUT_VAT);
            assertThat(odoo.readOne("account.tax", tax, "type_tax_use", "amount"))
                    .containsEntry("type_tax_use", "purchase").containsEntry("amount", 25.0);
            Map<String, Object> taxLine = repartition(odoo, tax, "tax");
            assertThat(id(taxLine.get("account_id"))).isEqualTo(company.account("2710"));
            assertThat(id(taxLine.get("tax_id"))).isEqualTo(tax);
            assertThat(taxLine.get("factor_percent")).isEqualTo(100.0);
            List<Integer> tags = (List<Integer>) taxLine.get("tag_ids");
            assertThat(tags).hasSize(1);
            assertThat(odoo.readOne("account.account.tag", tags.get(0), "name", "applicability"))
                    .containsEntry("name", "Kode 1 mva").containsEntry("applicability", "taxes");
            assertThat(repartition(odoo, tax, "base").get("account_id")).isEqualTo(false);
            assertThat((List<Integer>) odoo.readOne("account.tax", tax, "refund_repartition_line_ids")
                    .get("refund_repartition_line_ids")).hasSize(2);
        }
    }

    @ParameterizedTest
    @EnumSource(value = OdooVersion.class, names = {"V17", "V18", "V19"})
    void handMadeTaxLineOnAnEntryIsATaxLineAndReachesTheReportThroughItsTags(OdooVersion version) {
        try (Fixture fx = new Fixture(version)) {
            Odoo odoo = fx.client(Odoo.Protocol.JSON);
            CompanyRef company = fx.db.mainCompany();
            PartnerRef debtor = fx.db.seed().partner("Debtor AS").save();
            int tax = taxId(odoo, INPUT_VAT);
            Map<String, Object> repartition = repartition(odoo, tax, "tax");
            String bank = com.kraviabridge.sim.odoo.accounting.ChartInstaller.bankAccountCode(version);
            // skip_invoice_sync: as Odoo's own writers of finished entries do, so that 17 keeps the line too
            int move = settlementWithVat(odoo, company, debtor, bank, handMadeVat(company, repartition),
                    Map.of("skip_invoice_sync", true));
            odoo.call("account.move", "action_post", List.of(List.of(move)));

            List<Map<String, Object>> lines = odoo.searchRead("account.move.line",
                    List.of(List.of("move_id", "=", move), List.of("tax_line_id", "!=", false)),
                    List.of("tax_line_id", "tax_repartition_line_id", "tax_tag_ids", "tax_base_amount", "debit",
                            "display_type", "tax_ids"));
            assertThat(lines).hasSize(1);
            Map<String, Object> line = lines.get(0);
            assertThat(id(line.get("tax_line_id"))).isEqualTo(tax);
            assertThat(id(line.get("tax_repartition_line_id"))).isEqualTo(repartition.get("id"));
            assertThat(line.get("tax_tag_ids")).isEqualTo(repartition.get("tag_ids"));
            assertThat(line).containsEntry("tax_base_amount", 100.0).containsEntry("debit", 25.0)
                    .containsEntry("display_type", "product").containsEntry("tax_ids", List.of());
            assertThat(odoo.search("account.move.line", List.of(List.of("move_id", "=", move)))).hasSize(3);
            assertThat(fx.db.taxReport(company.id(), FROM, TO)).containsOnly(
                    Map.entry("Kode 1 mva", new BigDecimal("25.00")));
        }
    }

    @ParameterizedTest
    @EnumSource(value = OdooVersion.class, names = {"V17", "V19"})
    void aLineOnTheVatAccountWithoutTagsIsNotInTheReport(OdooVersion version) {
        try (Fixture fx = new Fixture(version)) {
            Odoo odoo = fx.client(Odoo.Protocol.JSON);
            CompanyRef company = fx.db.mainCompany();
            PartnerRef debtor = fx.db.seed().partner("Debtor AS").save();
            int tax = taxId(odoo, INPUT_VAT);
            Map<String, Object> vat = new LinkedHashMap<>();
            vat.put("account_id", company.account("2710"));
            vat.put("debit", 25.0);
            vat.put("tax_repartition_line_id", repartition(odoo, tax, "tax").get("id"));
            String bank = com.kraviabridge.sim.odoo.accounting.ChartInstaller.bankAccountCode(version);
            int move = settlementWithVat(odoo, company, debtor, bank, vat, Map.of("skip_invoice_sync", true));
            odoo.call("account.move", "action_post", List.of(List.of(move)));
            // a tax line by its repartition line, yet Odoo fills no tags on a line made by hand
            assertThat(odoo.search("account.move.line", List.of(List.of("move_id", "=", move),
                    List.of("tax_line_id", "=", tax)))).hasSize(1);
            assertThat(fx.db.taxReport(company.id(), FROM, TO)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(value = OdooVersion.class, names = {"V17", "V18", "V19"})
    void anEntryWhoseLineCarriesTheTaxGetsItsTaxLineAndABalancingLine(OdooVersion version) {
        try (Fixture fx = new Fixture(version)) {
            Odoo odoo = fx.client(Odoo.Protocol.JSON);
            CompanyRef company = fx.db.mainCompany();
            int tax = taxId(odoo, INPUT_VAT);
            String bank = com.kraviabridge.sim.odoo.accounting.ChartInstaller.bankAccountCode(version);
            Map<String, Object> cost = Map.of("account_id", company.account("7770"), "name", "Fee", "debit", 100.0,
                    "tax_ids", List.of(List.of(6, 0, List.of(tax))));
            Map<String, Object> paid = Map.of("account_id", company.account(bank), "name", "Paid", "credit", 100.0);
            int move = (Integer) odoo.call("account.move", "create", List.of(Map.of("move_type", "entry",
                    "journal_id", company.journal("MISC"), "date", "2026-03-01",
                    "line_ids", List.of(List.of(0, 0, cost), List.of(0, 0, paid)))));
            List<Map<String, Object>> taxLines = odoo.searchRead("account.move.line",
                    List.of(List.of("move_id", "=", move), List.of("tax_line_id", "=", tax)),
                    List.of("debit", "account_id", "display_type", "tax_base_amount", "tax_tag_ids"));
            assertThat(taxLines).hasSize(1);
            assertThat(taxLines.get(0)).containsEntry("debit", 25.0).containsEntry("display_type", "tax")
                    .containsEntry("tax_base_amount", 100.0);
            assertThat(id(taxLines.get(0).get("account_id"))).isEqualTo(company.account("2710"));
            List<Map<String, Object>> balancing = odoo.searchRead("account.move.line",
                    List.of(List.of("move_id", "=", move), List.of("name", "=", "Automatic Balancing Line")),
                    List.of("credit"));
            assertThat(balancing).hasSize(1);
            assertThat(balancing.get(0)).containsEntry("credit", 25.0);
            odoo.call("account.move", "action_post", List.of(List.of(move)));
            assertThat(fx.db.taxReport(company.id(), FROM, TO)).containsOnly(
                    Map.entry("Kode 1 grunnlag", new BigDecimal("100.00")),
                    Map.entry("Kode 1 mva", new BigDecimal("25.00")));
        }
    }

    @ParameterizedTest
    @EnumSource(value = OdooVersion.class, names = {"V16", "V17", "V19"})
    void invoiceTaxLinesCarryTheRepartitionLineAndTags(OdooVersion version) {
        try (Fixture fx = new Fixture(version)) {
            Odoo odoo = fx.client(Odoo.Protocol.JSON);
            CompanyRef company = fx.db.mainCompany();
            PartnerRef debtor = fx.db.seed().partner("Debtor AS").save();
            InvoiceRef invoice = fx.db.seed().invoice(debtor).amount("1250.00")
                    .invoiceDate(LocalDate.of(2026, 1, 10)).save();
            int tax = taxId(odoo, "Utgående mva 25 %");
            List<Map<String, Object>> taxLines = odoo.searchRead("account.move.line",
                    List.of(List.of("move_id", "=", invoice.id()), List.of("display_type", "=", "tax")),
                    List.of("tax_line_id", "tax_repartition_line_id", "credit", "tax_base_amount"));
            assertThat(taxLines).hasSize(1);
            assertThat(id(taxLines.get(0).get("tax_line_id"))).isEqualTo(tax);
            assertThat(taxLines.get(0)).containsEntry("credit", 250.0).containsEntry("tax_base_amount", 1000.0);
            assertThat(fx.db.taxReport(company.id(), FROM, TO)).containsOnly(
                    Map.entry("Kode 3 grunnlag", new BigDecimal("-1000.00")),
                    Map.entry("Kode 3 mva", new BigDecimal("-250.00")));
        }
    }
}
