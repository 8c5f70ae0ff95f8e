package com.kraviabridge.erp.odoo.contract;

import com.kraviabridge.core.domain.Invoice;
import com.kraviabridge.core.domain.JournalEntry;
import com.kraviabridge.core.domain.JournalLine;
import com.kraviabridge.core.domain.Money;
import com.kraviabridge.core.domain.PostedEntry;
import com.kraviabridge.core.port.erp.Ledger;
import com.kraviabridge.erp.odoo.OdooErp;
import com.kraviabridge.erp.odoo.rpc.RpcProtocol;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What posting a settlement entry costs in Odoo calls, on every emulated major and both protocols: a new entry
 * of n invoices takes its create, its post, one read of its lines and the invoices' lines, and n reconciles;
 * on XML-RPC, where every reconcile answer faults after committing (docs/odoo-notes.md §1.1), one read more confirms
 * them all. The journal and the accounts are read on first use only.
 */
@Tag("slow")
class LedgerCallCountTest {

    private static final int INVOICES = 5;

    static Stream<Arguments> odoos() {
        return Stream.concat(Stream.of(16, 17, 18, 19).flatMap(major -> Stream.of(
                        Arguments.of(major, RpcProtocol.JSONRPC), Arguments.of(major, RpcProtocol.XMLRPC))),
                Stream.of(19, 20).map(major -> Arguments.of(major, RpcProtocol.JSON2)));
    }

    @ParameterizedTest(name = "Odoo {0} over {1}")
    @MethodSource("odoos")
    void a_new_entry_of_n_invoices_takes_n_plus_three_calls(int major, RpcProtocol protocol) {
        try (SimulatedBooks books = new SimulatedBooks(major, protocol)) {
            Ledger ledger = OdooErp.connect(books.settings()).ledger();
            long partner = books.customer(customer("Counted"));
            ledger.postNew(settlement(books, "KRAVIA-SETTLEMENT-first", partner, invoices(books, partner, 1)));
            List<Long> invoices = invoices(books, partner, INVOICES);
            long before = books.requests();
            long reconcilesBefore = books.requests("account.move.line", "reconcile");

            PostedEntry posted = ledger.postNew(settlement(books, "KRAVIA-SETTLEMENT-counted", partner, invoices));

            int confirmation = protocol == RpcProtocol.XMLRPC ? 1 : 0;
            assertThat(books.requests() - before).isEqualTo(INVOICES + 3 + confirmation);
            assertThat(books.requests("account.move.line", "reconcile") - reconcilesBefore).isEqualTo(INVOICES);
            assertThat(posted.name()).isNotBlank().isNotEqualTo("/");
            assertThat(posted.date()).isEqualTo(books.today());
            // each invoice got its own capital line (half its amount), none another invoice's
            Map<Long, Invoice> settled = OdooErp.connect(books.settings()).openInvoices()
                    .invoices(books.companyId(), invoices).stream()
                    .collect(Collectors.toMap(Invoice::id, Function.identity()));
            for (int i = 0; i < INVOICES; i++) {
                assertThat(settled.get(invoices.get(i)).residual().amount()).isEqualByComparingTo(half(i));
            }
        }
    }

    @Test
    void posting_again_after_an_interruption_looks_the_entry_up_and_sends_nothing() {
        try (SimulatedBooks books = new SimulatedBooks(17, RpcProtocol.JSONRPC)) {
            Ledger ledger = OdooErp.connect(books.settings()).ledger();
            long partner = books.customer(customer("Resumed"));
            JournalEntry entry = settlement(books, "KRAVIA-SETTLEMENT-resumed", partner, invoices(books, partner, INVOICES));
            PostedEntry first = ledger.postNew(entry);
            long before = books.requests();

            PostedEntry again = ledger.post(entry);

            assertThat(again).isEqualTo(first);
            assertThat(books.requests() - before).as("the look-up by reference and the read of the lines").isEqualTo(2);
            assertThat(books.admin().count("account.move", List.of(List.of("ref", "=", entry.ref())))).isEqualTo(1);
        }
    }

    @Test
    void an_account_added_by_the_administrator_is_seen_at_once_while_known_ones_are_not_read_again() {
        try (SimulatedBooks books = new SimulatedBooks(17, RpcProtocol.JSONRPC)) {
            Ledger ledger = OdooErp.connect(books.settings()).ledger();
            assertThat(ledger.missingAccounts(books.companyId(), List.of(books.feeAccount(), "7790")))
                    .containsExactly("7790");

            books.admin().create("account.account", Map.of("code", "7790", "name", "Kravia provision",
                    "account_type", "expense", "company_id", books.companyId()));
            long reads = books.requests("account.account", "search_read");

            assertThat(ledger.missingAccounts(books.companyId(), List.of(books.feeAccount(), "7790"))).isEmpty();
            assertThat(ledger.missingAccounts(books.companyId(), List.of(books.feeAccount(), "7790"))).isEmpty();
            assertThat(books.requests("account.account", "search_read") - reads)
                    .as("one read for the new account, none once both are known").isEqualTo(1);
        }
    }

    private static List<Long> invoices(SimulatedBooks books, long partner, int count) {
        LocalDate today = books.today();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(books.invoice(partner, amount(i).toPlainString(), today.minusDays(40), today.minusDays(20)));
        }
        return ids;
    }

    /** Invoice i is of (i + 1) x 100; Kravia collected half of each, so a mixed-up pairing shows in the residuals. */
    private static BigDecimal amount(int i) {
        return new BigDecimal("100.00").multiply(BigDecimal.valueOf(i + 1L));
    }

    private static BigDecimal half(int i) {
        return amount(i).divide(BigDecimal.valueOf(2));
    }

    private static JournalEntry settlement(SimulatedBooks books, String ref, long partner, List<Long> invoices) {
        BigDecimal fee = new BigDecimal("10.00");
        BigDecimal collected = BigDecimal.ZERO;
        List<JournalLine> lines = new ArrayList<>();
        for (int i = 0; i < invoices.size(); i++) {
            collected = collected.add(half(i));
            lines.add(new JournalLine(books.receivableAccount(), partner, "Collected by Kravia " + i,
                    money(books, half(i).negate()), invoices.get(i)));
        }
        lines.add(0, new JournalLine(null, 0, "Kravia payout", money(books, collected.subtract(fee)), 0));
        lines.add(new JournalLine(books.feeAccount(), 0, "Kravia fee", money(books, fee), 0));
        return new JournalEntry(books.companyId(), books.bankJournal(), books.today(), ref, lines);
    }

    private static Money money(SimulatedBooks books, BigDecimal amount) {
        return Money.of(amount.toPlainString(), books.currency());
    }

    private static OdooBooks.Customer customer(String name) {
        return new OdooBooks.Customer(name + " AS", true, null, "NO974760673MVA", "Testveien 1", "0150", "Oslo", "NO",
                null, "T-" + name, List.of());
    }
}
