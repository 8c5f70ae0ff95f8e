package com.kraviabridge.erp.odoo.contract;

import com.kraviabridge.core.domain.JournalEntry;
import com.kraviabridge.core.domain.JournalLine;
import com.kraviabridge.core.domain.LineMismatch;
import com.kraviabridge.core.domain.Money;
import com.kraviabridge.core.domain.PostedEntry;
import com.kraviabridge.core.port.RemoteFailure;
import com.kraviabridge.core.port.erp.Ledger;
import com.kraviabridge.core.port.erp.PurchaseTax;
import com.kraviabridge.erp.odoo.OdooErp;
import com.kraviabridge.erp.odoo.rpc.RpcProtocol;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The ledger's purchase taxes, VAT tax lines, drafts for review and their reconciliation once a person posted them. */
@Tag("slow")
class ReviewedSettlementLedgerTest {

    private static final String INPUT_VAT = "Inngående mva 25 %";

    private static Money money(SimulatedBooks books, String amount) {
        return Money.of(amount, books.currency());
    }

    /** Capital 400 collected on the invoice, 25 VAT deducted as a tax line of the input VAT, 375 paid out. */
    private static JournalEntry settlement(SimulatedBooks books, String ref, long partner, long invoice) {
        return new JournalEntry(books.companyId(), books.bankJournal(), books.today(), ref, List.of(
                new JournalLine(null, 0, "Kravia payout", money(books, "375.00"), 0),
                new JournalLine(books.receivableAccount(), partner, "Collected by Kravia", money(books, "-400.00"), invoice),
                new JournalLine("2710", 0, "VAT on collection costs", money(books, "25.00"), 0, INPUT_VAT)));
    }

    private static long partner(SimulatedBooks books) {
        return books.customer(new OdooBooks.Customer("Reviewed AS", true, null, "NO974760673MVA", "Testveien 1", "0150",
                "Oslo", "NO", null, null, List.of()));
    }

    @ParameterizedTest
    @ValueSource(ints = {17, 18, 19})
    void aPurchaseTaxIsFoundByNameOrIdAndAnythingElseIsRefusedWithWhy(int major) {
        try (SimulatedBooks books = new SimulatedBooks(major, RpcProtocol.JSONRPC)) {
            Ledger ledger = OdooErp.connect(books.settings()).ledger();

            PurchaseTax byName = ledger.purchaseTax(books.companyId(), INPUT_VAT);

            assertThat(byName.name()).isEqualTo(INPUT_VAT);
            assertThat(byName.percent()).isEqualByComparingTo("25");
            assertThat(byName.tagNames()).containsExactly("Kode 1 mva");
            assertThat(ledger.purchaseTax(books.companyId(), Long.toString(byName.id()))).isEqualTo(byName);
            assertThatThrownBy(() -> ledger.purchaseTax(books.companyId(), "Utgående mva 25 %"))
                    .isInstanceOf(RemoteFailure.class).hasMessageContaining("is not a purchase tax");
            assertThatThrownBy(() -> ledger.purchaseTax(books.companyId(), "Inngående mva 15 %"))
                    .isInstanceOf(RemoteFailure.class).hasMessageContaining("no such tax");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {17, 19})
    void aDraftIsMadeOnceWithItsVatTaxLineAndOncePostedOnlyMatchingCapitalIsReconciled(int major) {
        try (SimulatedBooks books = new SimulatedBooks(major, RpcProtocol.JSONRPC)) {
            Ledger ledger = OdooErp.connect(books.settings()).ledger();
            long partner = partner(books);
            long invoice = books.invoice(partner, "1000.00", books.today().minusDays(40), books.today().minusDays(20));
            JournalEntry entry = settlement(books, "KRAVIA-SETTLEMENT-reviewed", partner, invoice);

            PostedEntry draft = ledger.draft(entry, "Kravia settlement reviewed");
            long creates = books.requests("account.move", "create");
            PostedEntry again = ledger.draft(entry, "Kravia settlement reviewed");

            assertThat(draft.posted()).isFalse();
            assertThat(again).isEqualTo(draft);
            assertThat(books.requests("account.move", "create")).isEqualTo(creates);
            List<Map<String, Object>> taxLines = books.admin().searchRead("account.move.line",
                    List.of(List.of("move_id", "=", draft.moveId()), List.of("tax_line_id", "!=", false)),
                    List.of("tax_tag_ids", "tax_base_amount", "debit"));
            assertThat(taxLines).as("the VAT line is a tax line, in 17 too").singleElement().satisfies(line -> {
                assertThat((List<?>) line.get("tax_tag_ids")).hasSize(1);
                assertThat(new java.math.BigDecimal(line.get("tax_base_amount").toString())).isEqualByComparingTo("100");
                assertThat(new java.math.BigDecimal(line.get("debit").toString())).isEqualByComparingTo("25");
            });

            books.admin().call("account.move", "action_post", List.of(List.of(draft.moveId())), Map.of());
            assertThat(ledger.findEntry(books.companyId(), entry.ref())).hasValueSatisfying(e -> assertThat(e.posted()).isTrue());
            List<LineMismatch> mismatches = ledger.reconcileReviewed(entry, draft.moveId());

            assertThat(mismatches).isEmpty();
            assertThat(new java.math.BigDecimal(books.admin().readOne("account.move", invoice, List.of("amount_residual"))
                    .get("amount_residual").toString())).isEqualByComparingTo("600");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {18})
    void aCapitalLineChangedInReviewIsAnsweredWithWhatTheEntryHasAndLeftUnreconciled(int major) {
        try (SimulatedBooks books = new SimulatedBooks(major, RpcProtocol.JSONRPC)) {
            Ledger ledger = OdooErp.connect(books.settings()).ledger();
            long partner = partner(books);
            long invoice = books.invoice(partner, "1000.00", books.today().minusDays(40), books.today().minusDays(20));
            JournalEntry entry = settlement(books, "KRAVIA-SETTLEMENT-edited", partner, invoice);
            PostedEntry draft = ledger.draft(entry, "Kravia settlement edited");
            // the reviewer books 300 of the capital instead of 400, and 100 less paid out
            List<Object> edits = new java.util.ArrayList<>();
            for (Map<String, Object> line : books.admin().searchRead("account.move.line",
                    List.of(List.of("move_id", "=", draft.moveId())), List.of("name"))) {
                if ("Collected by Kravia".equals(line.get("name"))) {
                    edits.add(List.of(1, line.get("id"), Map.of("credit", 300.0)));
                } else if ("Kravia payout".equals(line.get("name"))) {
                    edits.add(List.of(1, line.get("id"), Map.of("debit", 275.0)));
                }
            }
            assertThat(edits).hasSize(2);
            books.admin().call("account.move", "write", List.of(List.of(draft.moveId()), Map.of("line_ids", edits)),
                    Map.of());
            books.admin().call("account.move", "action_post", List.of(List.of(draft.moveId())), Map.of());

            List<LineMismatch> mismatches = ledger.reconcileReviewed(entry, draft.moveId());

            assertThat(mismatches).singleElement().satisfies(m -> {
                assertThat(m.expected().reconcileWithInvoiceId()).isEqualTo(invoice);
                assertThat(m.found()).isEqualTo(money(books, "-300.00"));
                assertThat(m.difference()).isEqualTo(money(books, "-100.00"));
            });
            assertThat(new java.math.BigDecimal(books.admin().readOne("account.move", invoice, List.of("amount_residual"))
                    .get("amount_residual").toString())).isEqualByComparingTo("1000");
        }
    }
}
