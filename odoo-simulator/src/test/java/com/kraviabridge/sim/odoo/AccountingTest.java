package com.kraviabridge.sim.odoo;

import com.kraviabridge.sim.odoo.seed.CompanyRef;
import com.kraviabridge.sim.odoo.seed.CreditNoteRef;
import com.kraviabridge.sim.odoo.seed.InvoiceRef;
import com.kraviabridge.sim.odoo.seed.PartnerRef;
import com.kraviabridge.sim.odoo.seed.PaymentRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.kraviabridge.sim.odoo.AuthenticationTest.fault;
import static org.assertj.core.api.Assertions.assertThat;

@SuppressWarnings("unchecked")
class AccountingTest {
    Fixture fx;
    /** The bank journal's account on the emulated 17. */
    static final String BANK = "19201";

    Odoo json;
    Odoo xml;
    CompanyRef company;
    PartnerRef debtor;
    InvoiceRef invoice;

    @BeforeEach
    void seed() {
        fx = new Fixture(OdooVersion.V17);
        json = fx.client(Odoo.Protocol.JSON);
        xml = fx.client(Odoo.Protocol.XML);
        company = fx.db.mainCompany();
        debtor = fx.db.seed().partner("Debtor AS").orgNumber("998877665").save();
        invoice = fx.db.seed().invoice(debtor).amount("1250.00").invoiceDate(LocalDate.of(2026, 1, 10))
                .dueDate(LocalDate.of(2026, 1, 24)).save();
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    /** The bridge's settlement: bank debit against the debtor's receivable. */
    private int settlementEntry(String amount, String ref) {
        Map<String, Object> bank = Map.of("account_id", company.account(BANK), "name", "Kravia payout",
                "debit", Double.parseDouble(amount));
        Map<String, Object> receivable = Map.of("account_id", company.account("1500"), "partner_id", debtor.id(),
                "name", "Settlement", "credit", Double.parseDouble(amount));
        return (Integer) json.call("account.move", "create", List.of(Map.of("move_type", "entry",
                "journal_id", company.journal("MISC"), "date", "2026-03-01", "ref", ref,
                "line_ids", List.of(List.of(0, 0, bank), List.of(0, 0, receivable)))));
    }

    private int receivableLine(int moveId) {
        List<Integer> ids = json.search("account.move.line", List.of(List.of("move_id", "=", moveId),
                List.of("account_id.account_type", "=", "asset_receivable")));
        assertThat(ids).hasSize(1);
        return ids.get(0);
    }

    private Map<String, Object> invoiceState() {
        return json.readOne("account.move", invoice.id(), "payment_state", "amount_residual", "amount_residual_signed",
                "write_date");
    }

    @Test
    void seededInvoiceHasReceivableIncomeAndTaxLines() {
        assertThat(invoice.name()).isEqualTo("INV/2026/00001");
        List<Map<String, Object>> lines = json.searchRead("account.move.line",
                List.of(List.of("move_id", "=", invoice.id())),
                List.of("display_type", "account_id", "debit", "credit", "balance", "date_maturity", "partner_id",
                        "amount_residual", "parent_state", "move_name"));
        assertThat(lines).hasSize(3);
        Map<String, Object> term = lines.stream().filter(l -> l.get("display_type").equals("payment_term")).findFirst()
                .orElseThrow();
        assertThat(term.get("debit")).isEqualTo(1250.0);
        assertThat(term.get("amount_residual")).isEqualTo(1250.0);
        assertThat(term.get("date_maturity")).isEqualTo("2026-01-24");
        assertThat(term.get("partner_id")).isEqualTo(List.of(debtor.id(), "Debtor AS"));
        assertThat(term.get("parent_state")).isEqualTo("posted");
        assertThat(lines.stream().filter(l -> l.get("display_type").equals("tax")).findFirst().orElseThrow()
                .get("credit")).isEqualTo(250.0);
        Map<String, Object> move = json.readOne("account.move", invoice.id(), "amount_untaxed", "amount_tax",
                "amount_total", "amount_residual", "amount_total_signed", "invoice_line_ids", "state", "payment_state",
                "commercial_partner_id", "currency_id", "company_currency_id");
        assertThat(move).containsEntry("amount_untaxed", 1000.0).containsEntry("amount_tax", 250.0)
                .containsEntry("amount_total", 1250.0).containsEntry("amount_residual", 1250.0)
                .containsEntry("state", "posted").containsEntry("payment_state", "not_paid");
        assertThat((List<Object>) move.get("invoice_line_ids")).hasSize(1);
        assertThat(((List<Object>) move.get("currency_id")).get(1)).isEqualTo("NOK");
    }

    @Test
    void postingNumbersPerJournalAndKind() {
        int entry = settlementEntry("100.00", "S-1");
        assertThat(json.readOne("account.move", entry, "name", "display_name").get("display_name"))
                .isEqualTo("Draft Entry (* " + entry + ") (S-1)");
        assertThat(json.call("account.move", "action_post", List.of(List.of(entry)))).isEqualTo(false);
        assertThat(json.readOne("account.move", entry, "name").get("name")).isEqualTo("MISC/2026/00001");
        CreditNoteRef note = fx.db.seed().creditNote(invoice.id(), new BigDecimal("125.00"), false);
        assertThat(note.name()).isEqualTo("RINV/2026/00001");
        PaymentRef pay = fx.db.seed().outstandingPayment(company, debtor, new BigDecimal("10"), Fixture.TODAY, "BNK",
                "x");
        assertThat(pay.name()).isEqualTo("PBNK/2026/00001");
        InvoiceRef second = fx.db.seed().invoice(debtor).amount("10").invoiceDate(LocalDate.of(2026, 2, 1)).save();
        assertThat(second.name()).isEqualTo("INV/2026/00002");
    }

    @Test
    void unbalancedEntryIsRefused() {
        Map<String, Object> debit = Map.of("account_id", company.account(BANK), "debit", 100.0);
        Map<String, Object> credit = Map.of("account_id", company.account("1500"), "partner_id", debtor.id(),
                "credit", 90.0);
        int before = fx.db.count("account.move");
        Odoo.RpcFault f = fault(() -> xml.call("account.move", "create", List.of(Map.of("move_type", "entry",
                "journal_id", company.journal("MISC"), "line_ids", List.of(List.of(0, 0, debit), List.of(0, 0, credit))))));
        assertThat(f.xmlCode).isEqualTo(2);
        assertThat(f.text).startsWith("An error has occurred.\n\nThe move (Draft Entry (* ")
                .contains("is not balanced.\nThe total of debits equals 100.00\u00a0kr and the total of credits equals"
                        + " 90.00\u00a0kr.");
        assertThat(fx.db.count("account.move")).isEqualTo(before);
    }

    @Test
    void unbalancedDraftSavedWithoutValidityCheckCannotBePosted() {
        Map<String, Object> debit = Map.of("account_id", company.account(BANK), "debit", 100.0);
        Map<String, Object> credit = Map.of("account_id", company.account("1500"), "partner_id", debtor.id(),
                "credit", 90.0);
        int id = (Integer) json.call("account.move", "create", List.of(Map.of("move_type", "entry",
                "journal_id", company.journal("MISC"), "line_ids", List.of(List.of(0, 0, debit), List.of(0, 0, credit)))),
                Map.of("context", Map.of("check_move_validity", false)));
        Odoo.RpcFault f = fault(() -> xml.call("account.move", "action_post", List.of(List.of(id))));
        assertThat(f.xmlCode).isEqualTo(2);
        assertThat(f.text).contains("is not balanced");
        assertThat(json.readOne("account.move", id, "state").get("state")).isEqualTo("draft");
    }

    @Test
    void monetaryValuesAreRoundedToTheCurrency() {
        int payment = (Integer) json.call("account.payment", "create", List.of(Map.of("amount", 100.004,
                "partner_id", debtor.id(), "journal_id", company.journal("BNK"))));
        assertThat(json.readOne("account.payment", payment, "amount").get("amount")).isEqualTo(100.0);
    }

    @Test
    void postingTwiceIsAUserError() {
        Odoo.RpcFault f = fault(() -> xml.call("account.move", "action_post", List.of(List.of(invoice.id()))));
        assertThat(f.xmlCode).isEqualTo(2);
        assertThat(f.text).isEqualTo("The entry INV/2026/00001 (id " + invoice.id() + ") must be in draft.");
    }

    @Test
    void partialThenFullReconciliationDrivesPaymentState() {
        int first = settlementEntry("500.00", "S-1");
        json.call("account.move", "action_post", List.of(List.of(first)));
        Object r = json.call("account.move.line", "reconcile",
                List.of(List.of(receivableLine(invoice.id()), receivableLine(first))));
        assertThat(r).isSameAs(Odoo.ABSENT);
        assertThat(invoiceState()).containsEntry("payment_state", "partial").containsEntry("amount_residual", 750.0);
        List<Map<String, Object>> partials = json.searchRead("account.partial.reconcile", List.of(),
                List.of("amount", "debit_move_id", "credit_move_id", "full_reconcile_id", "max_date",
                        "debit_amount_currency", "credit_amount_currency"));
        assertThat(partials).hasSize(1);
        Map<String, Object> p = partials.get(0);
        assertThat(p).containsEntry("amount", 500.0).containsEntry("full_reconcile_id", false)
                .containsEntry("max_date", "2026-03-01").containsEntry("debit_amount_currency", 500.0);
        assertThat(((List<Object>) p.get("debit_move_id")).get(0)).isEqualTo(receivableLine(invoice.id()));

        int second = settlementEntry("750.00", "S-2");
        json.call("account.move", "action_post", List.of(List.of(second)));
        json.call("account.move.line", "reconcile", List.of(List.of(receivableLine(invoice.id()), receivableLine(second))));
        assertThat(invoiceState()).containsEntry("payment_state", "paid").containsEntry("amount_residual", 0.0);
        Map<String, Object> line = json.readOne("account.move.line", receivableLine(invoice.id()), "reconciled",
                "amount_residual", "full_reconcile_id", "matched_credit_ids", "matching_number");
        assertThat(line.get("reconciled")).isEqualTo(true);
        assertThat(line.get("full_reconcile_id")).isNotEqualTo(false);
        assertThat((List<Object>) line.get("matched_credit_ids")).hasSize(2);
        List<Map<String, Object>> all = json.searchRead("account.partial.reconcile", List.of(),
                List.of("full_reconcile_id"));
        assertThat(all).allSatisfy(x -> assertThat(x.get("full_reconcile_id")).isNotEqualTo(false));
    }

    @Test
    void reconcileBumpsWriteDateOfTouchedMoves() {
        int entry = settlementEntry("100.00", "S-1");
        json.call("account.move", "action_post", List.of(List.of(entry)));
        assertThat(invoiceState().get("write_date")).isEqualTo("2026-03-01 09:00:00");
        fx.sim.clock().set(LocalDateTime.of(2026, 3, 2, 14, 30, 15));
        json.call("account.move.line", "reconcile", List.of(List.of(receivableLine(invoice.id()), receivableLine(entry))));
        assertThat(invoiceState().get("write_date")).isEqualTo("2026-03-02 14:30:15");
        List<Integer> changed = json.search("account.move", List.of(List.of("write_date", ">=", "2026-03-02 00:00:00")));
        assertThat(changed).containsExactlyInAnyOrder(invoice.id(), entry);
    }

    @Test
    void xmlRpcReconcileFaultsAfterCommittingOn17() {
        int entry = settlementEntry("200.00", "S-1");
        json.call("account.move", "action_post", List.of(List.of(entry)));
        Odoo.RpcFault f = fault(() -> xml.call("account.move.line", "reconcile",
                List.of(List.of(receivableLine(invoice.id()), receivableLine(entry)))));
        assertThat(f.xmlCode).isEqualTo(1);
        assertThat(f.text).startsWith("Traceback (most recent call last):")
                .endsWith("TypeError: cannot marshal None unless allow_none is enabled\n");
        assertThat(json.search("account.partial.reconcile", List.of())).hasSize(1);
        assertThat(invoiceState()).containsEntry("payment_state", "partial");
    }

    @Test
    void reconcileOn16ReturnsRecordsetsThatOnlyJsonCanCarry() {
        try (Fixture v16 = new Fixture(OdooVersion.V16)) {
            CompanyRef co = v16.db.mainCompany();
            PartnerRef p = v16.db.seed().partner("P").save();
            InvoiceRef inv = v16.db.seed().invoice(p).amount("100").invoiceDate(Fixture.TODAY).save();
            CreditNoteRef a = v16.db.seed().creditNote(inv.id(), new BigDecimal("40"), false);
            CreditNoteRef b = v16.db.seed().creditNote(inv.id(), new BigDecimal("60"), false);
            Odoo x = v16.client(Odoo.Protocol.XML);
            Odoo.RpcFault f = fault(() -> x.call("account.move.line", "reconcile",
                    List.of(List.of(inv.receivableLineId(), a.receivableLineId()))));
            assertThat(f.xmlCode).isEqualTo(1);
            assertThat(f.text).endsWith("TypeError: cannot marshal <class 'odoo.api.account.partial.reconcile'>"
                    + " objects\n");
            assertThat(v16.db.count("account.partial.reconcile")).isEqualTo(1);
            Object result = v16.client(Odoo.Protocol.JSON).call("account.move.line", "reconcile",
                    List.of(List.of(inv.receivableLineId(), b.receivableLineId())));
            Map<String, Object> dict = (Map<String, Object>) result;
            assertThat(dict.get("partials")).isEqualTo("account.partial.reconcile(2,)");
            assertThat((String) dict.get("full_reconcile")).startsWith("account.full.reconcile(");
            assertThat(v16.client(Odoo.Protocol.JSON).readOne("account.move", inv.id(), "payment_state")
                    .get("payment_state")).isEqualTo("reversed");
            assertThat(co.id()).isEqualTo(1);
        }
    }

    @Test
    void reconcileRefusesWhatOdooRefuses() {
        int entry = settlementEntry("100.00", "S-1");
        Odoo.RpcFault draft = fault(() -> json.call("account.move.line", "reconcile",
                List.of(List.of(receivableLine(invoice.id()), receivableLine(entry)))));
        assertThat(draft.text).isEqualTo("You can only reconcile posted entries.");
        json.call("account.move", "action_post", List.of(List.of(entry)));
        int bankLine = json.search("account.move.line", List.of(List.of("move_id", "=", entry),
                List.of("account_id.code", "=", BANK))).get(0);
        Odoo.RpcFault accounts = fault(() -> json.call("account.move.line", "reconcile",
                List.of(List.of(receivableLine(invoice.id()), bankLine))));
        assertThat(accounts.name).isEqualTo("odoo.exceptions.UserError");
        assertThat(accounts.text).startsWith("Entries are not from the same account: 1500 Customer Receivables");
        int incomeLine = json.search("account.move.line", List.of(List.of("move_id", "=", invoice.id()),
                List.of("account_id.code", "=", "3000"))).get(0);
        Odoo.RpcFault income = fault(() -> json.call("account.move.line", "reconcile",
                List.of(List.of(incomeLine))));
        assertThat(income.text).isEqualTo("Account 3000 Sales Income does not allow reconciliation. First change the"
                + " configuration of this account to allow it.");
    }

    @Test
    void unreconcileDeletesPartialsAndRestoresTheInvoice() {
        PaymentRef pay = fx.db.seed().registerPayment(invoice.id(), new BigDecimal("1250.00"),
                LocalDate.of(2026, 2, 1), "BNK", "paid in full");
        assertThat(invoiceState()).containsEntry("payment_state", "paid");
        fx.sim.clock().set(LocalDateTime.of(2026, 3, 5, 8, 0, 0));
        Object r = json.call("account.move.line", "remove_move_reconcile", List.of(List.of(pay.counterpartLineId())));
        assertThat(r).isSameAs(Odoo.ABSENT);
        assertThat(json.search("account.partial.reconcile", List.of())).isEmpty();
        assertThat(json.search("account.full.reconcile", List.of())).isEmpty();
        assertThat(invoiceState()).containsEntry("payment_state", "not_paid").containsEntry("amount_residual", 1250.0)
                .containsEntry("write_date", "2026-03-05 08:00:00");
        Map<String, Object> line = json.readOne("account.move.line", invoice.receivableLineId(), "reconciled",
                "full_reconcile_id", "matching_number");
        assertThat(line).containsEntry("reconciled", false).containsEntry("full_reconcile_id", false)
                .containsEntry("matching_number", false);
    }

    @Test
    void paymentsWidgetListsWhatSettledTheInvoice() {
        assertThat(json.readOne("account.move", invoice.id(), "invoice_payments_widget").get("invoice_payments_widget"))
                .isEqualTo(false);
        PaymentRef pay = fx.db.seed().registerPayment(invoice.id(), new BigDecimal("300"), LocalDate.of(2026, 2, 3),
                "BNK", "KID 1");
        for (Odoo client : List.of(json, xml)) {
            Map<String, Object> widget = (Map<String, Object>) client.readOne("account.move", invoice.id(),
                    "invoice_payments_widget").get("invoice_payments_widget");
            List<Map<String, Object>> content = (List<Map<String, Object>>) widget.get("content");
            assertThat(content).hasSize(1);
            assertThat(content.get(0)).containsEntry("amount", 300.0).containsEntry("date", "2026-02-03")
                    .containsEntry("partial_id", pay.partialIds().get(0)).containsEntry("move_id", pay.moveId())
                    .containsEntry("account_payment_id", pay.paymentId())
                    .containsEntry("ref", pay.name() + " (KID 1)");
        }
    }

    @Test
    void removeOutstandingPartialFromTheInvoiceSide() {
        PaymentRef pay = fx.db.seed().registerPayment(invoice.id(), new BigDecimal("300"), Fixture.TODAY, "BNK", null);
        assertThat(json.call("account.move", "js_remove_outstanding_partial",
                List.of(List.of(invoice.id()), pay.partialIds().get(0)))).isEqualTo(true);
        assertThat(invoiceState()).containsEntry("payment_state", "not_paid");
        fx.db.seed().reconcile(pay.counterpartLineId(), invoice.receivableLineId());
        assertThat(invoiceState()).containsEntry("payment_state", "partial").containsEntry("amount_residual", 950.0);
    }

    @Test
    void creditNoteWithReversedEntryIsReconciledWhenPosted() {
        CreditNoteRef full = fx.db.seed().creditNote(invoice.id(), new BigDecimal("1250.00"), true);
        assertThat(full.partialIds()).hasSize(1);
        assertThat(invoiceState()).containsEntry("payment_state", "reversed").containsEntry("amount_residual", 0.0);
        Map<String, Object> note = json.readOne("account.move", full.id(), "payment_state", "reversed_entry_id",
                "amount_total_signed", "move_type");
        assertThat(note).containsEntry("payment_state", "paid").containsEntry("move_type", "out_refund")
                .containsEntry("amount_total_signed", -1250.0);
        Map<String, Object> origin = json.readOne("account.move", invoice.id(), "reversal_move_id");
        assertThat(origin.get("reversal_move_id")).isEqualTo(List.of(full.id()));
    }

    @Test
    void partialCreditNoteLeavesInvoicePartial() {
        fx.db.seed().creditNote(invoice.id(), new BigDecimal("250.00"), true);
        assertThat(invoiceState()).containsEntry("payment_state", "partial").containsEntry("amount_residual", 1000.0);
    }

    @Test
    void unlinkedCreditNoteStaysOutstanding() {
        CreditNoteRef loose = fx.db.seed().creditNote(invoice.id(), new BigDecimal("250.00"), false);
        assertThat(loose.partialIds()).isEmpty();
        assertThat(invoiceState()).containsEntry("payment_state", "not_paid");
        Map<String, Object> note = json.readOne("account.move", loose.id(), "amount_residual", "payment_state");
        assertThat(note).containsEntry("amount_residual", 250.0).containsEntry("payment_state", "not_paid");
    }

    @Test
    void settlementEntryMakesInvoicePaidNotReversed() {
        int entry = settlementEntry("1250.00", "S-1");
        json.call("account.move", "action_post", List.of(List.of(entry)));
        json.call("account.move.line", "reconcile", List.of(List.of(receivableLine(invoice.id()), receivableLine(entry))));
        assertThat(invoiceState()).containsEntry("payment_state", "paid");
    }

    @Test
    void creditNotePlusEntryStillCountsAsReversed() {
        fx.db.seed().creditNote(invoice.id(), new BigDecimal("250.00"), true);
        int entry = settlementEntry("1000.00", "S-1");
        json.call("account.move", "action_post", List.of(List.of(entry)));
        json.call("account.move.line", "reconcile", List.of(List.of(receivableLine(invoice.id()), receivableLine(entry))));
        assertThat(invoiceState()).containsEntry("payment_state", "reversed");
    }

    @Test
    void paymentRegisteredOverRpcFaultsOnXmlAfterPosting() {
        Map<String, Object> vals = Map.of("amount", 100.0, "partner_id", debtor.id(), "payment_type", "inbound",
                "partner_type", "customer", "journal_id", company.journal("BNK"), "ref", "manual");
        int payment = (Integer) xml.call("account.payment", "create", List.of(vals));
        Odoo.RpcFault f = fault(() -> xml.call("account.payment", "action_post", List.of(List.of(payment))));
        assertThat(f.text).endsWith("TypeError: cannot marshal None unless allow_none is enabled\n");
        Map<String, Object> row = json.readOne("account.payment", payment, "state", "name", "move_id", "is_reconciled");
        assertThat(row).containsEntry("state", "posted").containsEntry("name", "PBNK/2026/00001")
                .containsEntry("is_reconciled", false);
        List<Map<String, Object>> lines = json.searchRead("account.move.line",
                List.of(List.of("payment_id", "=", payment)), List.of("account_id", "balance", "display_type"));
        assertThat(lines).extracting(l -> l.get("balance")).containsExactlyInAnyOrder(100.0, -100.0);
    }

    @Test
    void postedLinesCannotBeEdited() {
        Odoo.RpcFault f = fault(() -> json.call("account.move.line", "write",
                List.of(List.of(invoice.receivableLineId()), Map.of("debit", 1.0))));
        assertThat(f.name).isEqualTo("odoo.exceptions.UserError");
        Odoo.RpcFault del = fault(() -> json.call("account.move", "unlink", List.of(List.of(invoice.id()))));
        assertThat(del.text).isEqualTo("You cannot delete an entry which has been posted once.");
        assertThat(json.call("account.move", "write", List.of(List.of(invoice.id()), Map.of("ref", "new ref"))))
                .isEqualTo(true);
    }

    @Test
    void resetToDraftUnreconcilesAndNoneFaultsOverXml() {
        PaymentRef pay = fx.db.seed().registerPayment(invoice.id(), new BigDecimal("1250"), Fixture.TODAY, "BNK", null);
        Odoo.RpcFault f = fault(() -> xml.call("account.move", "button_draft", List.of(List.of(pay.moveId()))));
        assertThat(f.xmlCode).isEqualTo(1);
        assertThat(json.readOne("account.move", pay.moveId(), "state").get("state")).isEqualTo("draft");
        assertThat(invoiceState()).containsEntry("payment_state", "not_paid");
    }

    @Test
    void invoiceCreatedOverRpcGetsItsDynamicLines() {
        int tax = json.search("account.tax", List.of(List.of("type_tax_use", "=", "sale"))).get(0);
        int id = (Integer) json.call("account.move", "create", List.of(Map.of("move_type", "out_invoice",
                "partner_id", debtor.id(), "invoice_date", "2026-02-01", "invoice_line_ids",
                List.of(List.of(0, 0, Map.of("name", "Consulting", "quantity", 2.0, "price_unit", 400.0,
                        "tax_ids", List.of(List.of(6, 0, List.of(tax)))))))));
        Map<String, Object> draft = json.readOne("account.move", id, "amount_total", "state", "name", "line_ids",
                "invoice_date_due");
        assertThat(draft).containsEntry("amount_total", 1000.0).containsEntry("state", "draft")
                .containsEntry("name", "/").containsEntry("invoice_date_due", "2026-02-01");
        assertThat((List<Object>) draft.get("line_ids")).hasSize(3);
        json.call("account.move", "action_post", List.of(List.of(id)));
        assertThat(json.readOne("account.move", id, "name").get("name")).isEqualTo("INV/2026/00002");
    }

    @Test
    void messageIdsOfTheInvoiceListPostedNotes() {
        List<Object> ids = new ArrayList<>();
        ids.add(json.call("account.move", "message_post", List.of(List.of(invoice.id())), Map.of("body", "one")));
        ids.add(json.call("account.move", "message_post", List.of(List.of(invoice.id())), Map.of("body", "two")));
        assertThat(json.readOne("account.move", invoice.id(), "message_ids").get("message_ids")).isEqualTo(ids);
    }
}
