package com.kraviabridge.sim.odoo;

import com.kraviabridge.sim.odoo.accounting.ChartInstaller;
import com.kraviabridge.sim.odoo.seed.BankLine;
import com.kraviabridge.sim.odoo.seed.CompanyRef;
import com.kraviabridge.sim.odoo.seed.InvoiceRef;
import com.kraviabridge.sim.odoo.seed.PartnerRef;
import com.kraviabridge.sim.odoo.seed.StatementLineRef;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static com.kraviabridge.sim.odoo.AuthenticationTest.fault;
import static org.assertj.core.api.Assertions.assertThat;

/** Bank statement lines: their own entry on the suspense account, and their matching with an invoice. */
@SuppressWarnings("unchecked")
class StatementLineTest {
    private static final BankLine KRAVIA_PAYOUT = BankLine.of(LocalDate.of(2026, 3, 2), "1250.00", "KRAVIA AS",
            "15038812345", "KID 0000012345");

    private static final class Books implements AutoCloseable {
        final Fixture fx;
        final Odoo odoo;
        final CompanyRef company;
        final PartnerRef debtor;
        final InvoiceRef invoice;

        Books(OdooVersion version) {
            fx = new Fixture(version);
            odoo = fx.client(Odoo.Protocol.JSON);
            company = fx.db.mainCompany();
            debtor = fx.db.seed().partner("Debtor AS").save();
            invoice = fx.db.seed().invoice(debtor).amount("1250.00").invoiceDate(LocalDate.of(2026, 1, 10)).save();
        }

        Map<String, Object> statementLine(int id) {
            return odoo.readOne("account.bank.statement.line", id, "payment_ref", "partner_name", "account_number",
                    "amount", "date", "journal_id", "move_id", "partner_id", "is_reconciled", "amount_residual",
                    "state", "company_id");
        }

        @Override
        public void close() {
            fx.close();
        }
    }

    private static int id(Object many2one) {
        return (Integer) ((List<Object>) many2one).get(0);
    }

    @ParameterizedTest
    @EnumSource(value = OdooVersion.class, names = {"V17", "V18", "V19"})
    void anImportedLineHasItsOwnPostedEntryWaitingOnTheSuspenseAccount(OdooVersion version) {
        try (Books b = new Books(version)) {
            StatementLineRef line = b.fx.db.seed().importStatementLine(b.company, "BNK", KRAVIA_PAYOUT);
            Map<String, Object> read = b.statementLine(line.id());
            assertThat(read).containsEntry("payment_ref", "KID 0000012345").containsEntry("partner_name", "KRAVIA AS")
                    .containsEntry("account_number", "15038812345").containsEntry("amount", 1250.0)
                    .containsEntry("date", "2026-03-02").containsEntry("partner_id", false)
                    .containsEntry("is_reconciled", false).containsEntry("amount_residual", -1250.0)
                    .containsEntry("state", "posted");
            assertThat(id(read.get("journal_id"))).isEqualTo(b.company.journal("BNK"));
            assertThat(id(read.get("move_id"))).isEqualTo(line.moveId());
            assertThat(id(b.odoo.readOne("account.move", line.moveId(), "statement_line_id")
                    .get("statement_line_id"))).isEqualTo(line.id());
            List<Map<String, Object>> items = b.odoo.searchRead("account.move.line",
                    List.of(List.of("move_id", "=", line.moveId())), List.of("account_id", "balance", "name"));
            assertThat(items).hasSize(2);
            assertThat(items).anySatisfy(i -> {
                assertThat(id(i.get("account_id"))).isEqualTo(b.company.account(ChartInstaller.bankAccountCode(version)));
                assertThat(i).containsEntry("balance", 1250.0);
            });
            assertThat(items).anySatisfy(i -> {
                assertThat(id(i.get("account_id"))).isEqualTo(b.company.account("1959"));
                assertThat(i).containsEntry("balance", -1250.0).containsEntry("name", "KID 0000012345");
            });
            assertThat(b.odoo.search("account.bank.statement.line",
                    List.of(List.of("account_number", "=", "15038812345"), List.of("is_reconciled", "=", false))))
                    .containsExactly(line.id());
        }
    }

    @ParameterizedTest
    @EnumSource(value = OdooVersion.class, names = {"V17", "V18", "V19"})
    void matchingWithTheInvoiceReconcilesItsReceivableAndPaysIt(OdooVersion version) {
        try (Books b = new Books(version)) {
            StatementLineRef line = b.fx.db.seed().importStatementLine(b.company, "BNK", KRAVIA_PAYOUT);
            List<Integer> partials = b.fx.db.seed().reconcileStatementLine(line.id(), b.invoice.id(), false);
            assertThat(partials).hasSize(1);
            Map<String, Object> partial = b.odoo.readOne("account.partial.reconcile", partials.get(0),
                    "debit_move_id", "credit_move_id", "amount");
            assertThat(id(partial.get("debit_move_id"))).isEqualTo(b.invoice.receivableLineId());
            assertThat(id(partial.get("credit_move_id"))).isEqualTo(line.counterpartLineId());
            assertThat(partial).containsEntry("amount", 1250.0);
            Map<String, Object> counterpart = b.odoo.readOne("account.move.line", line.counterpartLineId(),
                    "account_id", "partner_id", "reconciled");
            assertThat(id(counterpart.get("account_id"))).isEqualTo(b.company.account("1500"));
            assertThat(id(counterpart.get("partner_id"))).isEqualTo(b.debtor.id());
            assertThat(counterpart).containsEntry("reconciled", true);
            assertThat(b.statementLine(line.id())).containsEntry("is_reconciled", true)
                    .containsEntry("amount_residual", 0.0).containsEntry("partner_id", false);
            assertThat(b.odoo.readOne("account.move", b.invoice.id(), "payment_state", "amount_residual"))
                    .containsEntry("payment_state", "paid").containsEntry("amount_residual", 0.0);
        }
    }

    @ParameterizedTest
    @EnumSource(value = OdooVersion.class, names = {"V17", "V19"})
    void matchingUnderTheCustomerPutsTheLineUnderTheCustomer(OdooVersion version) {
        try (Books b = new Books(version)) {
            StatementLineRef line = b.fx.db.seed().importStatementLine(b.company, "BNK", KRAVIA_PAYOUT);
            b.fx.db.seed().reconcileStatementLine(line.id(), b.invoice.id(), true);
            assertThat(id(b.statementLine(line.id()).get("partner_id"))).isEqualTo(b.debtor.id());
            assertThat(id(b.odoo.readOne("account.move", line.moveId(), "partner_id").get("partner_id")))
                    .isEqualTo(b.debtor.id());
        }
    }

    @ParameterizedTest
    @EnumSource(value = OdooVersion.class, names = {"V17", "V19"})
    void aStatementLineNeedsABankJournal(OdooVersion version) {
        try (Books b = new Books(version)) {
            int before = b.fx.db.count("account.bank.statement.line");
            Odoo.RpcFault noJournal = fault(() -> b.odoo.call("account.bank.statement.line", "create",
                    List.of(Map.of("amount", 10.0, "payment_ref", "x"))));
            assertThat(noJournal.text).contains("Journal");
            Odoo.RpcFault misc = fault(() -> b.odoo.call("account.bank.statement.line", "create",
                    List.of(Map.of("amount", 10.0, "payment_ref", "x", "journal_id", b.company.journal("MISC")))));
            assertThat(misc.text).contains("bank, cash or credit journal");
            assertThat(b.fx.db.count("account.bank.statement.line")).isEqualTo(before);
        }
    }

    @ParameterizedTest
    @EnumSource(value = OdooVersion.class, names = {"V18"})
    void aLineCreatedOverTheWireGetsItsEntryToo(OdooVersion version) {
        try (Books b = new Books(version)) {
            int id = (Integer) b.odoo.call("account.bank.statement.line", "create", List.of(Map.of(
                    "journal_id", b.company.journal("BNK"), "date", "2026-03-03", "amount", 400.0,
                    "payment_ref", "Faktura 1", "partner_id", b.debtor.id())));
            Map<String, Object> read = b.statementLine(id);
            assertThat(read).containsEntry("state", "posted").containsEntry("is_reconciled", false);
            assertThat(id(read.get("partner_id"))).isEqualTo(b.debtor.id());
            int move = id(read.get("move_id"));
            assertThat(b.odoo.readOne("account.move", move, "date", "journal_id", "partner_id"))
                    .containsEntry("date", "2026-03-03");
        }
    }
}
