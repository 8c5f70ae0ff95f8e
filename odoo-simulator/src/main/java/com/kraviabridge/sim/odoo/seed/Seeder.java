package com.kraviabridge.sim.odoo.seed;

import com.kraviabridge.sim.odoo.accounting.CompanyAccounts;
import com.kraviabridge.sim.odoo.accounting.PaymentLifecycle;
import com.kraviabridge.sim.odoo.accounting.Posting;
import com.kraviabridge.sim.odoo.accounting.Reconciler;
import com.kraviabridge.sim.odoo.accounting.StatementLines;
import com.kraviabridge.sim.odoo.data.BaseData;
import com.kraviabridge.sim.odoo.orm.Env;
import com.kraviabridge.sim.odoo.orm.OdooDatabase;
import com.kraviabridge.sim.odoo.orm.Orm;
import com.kraviabridge.sim.odoo.orm.Rec;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Puts data into a database the way Odoo users would: invoices through the ORM and posting,
 * payments as account.payment with their entry and reconciliation, credit notes posted with
 * their automatic reconciliation. Each call is one committed transaction.
 */
public final class Seeder {
    private final OdooDatabase db;

    public Seeder(OdooDatabase db) {
        this.db = db;
    }

    <T> T su(Function<Env, T> work) {
        return db.transaction(1, Map.of(), true, work);
    }

    public CompanyRef companyRef(int companyId) {
        return su(env -> {
            Rec company = env.rec("res.company", companyId);
            if (company == null) {
                throw new IllegalArgumentException("no company " + companyId);
            }
            Map<String, Integer> accounts = new LinkedHashMap<>();
            String companyField = env.version().atLeast(18) ? "company_ids" : "company_id";
            for (Rec a : env.table("account.account").scan()) {
                Object owner = env.get(a, companyField);
                boolean mine = owner instanceof List<?> l ? l.contains(companyId) : Integer.valueOf(companyId).equals(owner);
                if (mine) {
                    accounts.put(env.str(a, "code"), a.id());
                }
            }
            Map<String, Integer> journals = new LinkedHashMap<>();
            for (Rec j : env.table("account.journal").scan()) {
                if (Integer.valueOf(companyId).equals(env.id(j, "company_id"))) {
                    journals.put(env.str(j, "code"), j.id());
                }
            }
            return new CompanyRef(companyId, env.id(company, "partner_id"), Map.copyOf(accounts), Map.copyOf(journals));
        });
    }

    /** A new company with its own chart, journals and taxes. */
    public CompanyBuilder company(String name) {
        return new CompanyBuilder(this, null, name);
    }

    /** Edits company 1 (name, currency, registry numbers, address). */
    public CompanyBuilder mainCompany() {
        return new CompanyBuilder(this, 1, null);
    }

    public PartnerBuilder partner(String name) {
        return new PartnerBuilder(this, name);
    }

    /** A customer invoice for the partner, in the main company unless company(...) is set. */
    public InvoiceBuilder invoice(PartnerRef partner) {
        return new InvoiceBuilder(this, partner, null);
    }

    InvoiceRef createInvoice(InvoiceBuilder b) {
        return su(env -> {
            int companyId = b.company == null ? 1 : b.company.id();
            CompanyAccounts.Chart chart = chart(env, companyId);
            Rec company = env.rec("res.company", companyId);
            int currency = b.currency == null ? env.id(company, "currency_id") : BaseData.currencyId(env, b.currency);
            LocalDate invoiceDate = b.invoiceDate != null ? b.invoiceDate : env.today();
            LocalDate due = b.dueDate != null ? b.dueDate : invoiceDate.plusDays(14);
            Map<String, Object> vals = new LinkedHashMap<>();
            vals.put("move_type", "out_invoice");
            vals.put("partner_id", b.partner().id());
            vals.put("journal_id", chart.saleJournal);
            vals.put("currency_id", currency);
            vals.put("invoice_date", invoiceDate.toString());
            vals.put("invoice_date_due", due.toString());
            if (b.ref != null) {
                vals.put("ref", b.ref);
            }
            if (b.paymentReference != null) {
                vals.put("payment_reference", b.paymentReference);
            }
            if (b.number != null) {
                vals.put("name", b.number);
            }
            if (b.salesperson != null) {
                vals.put("invoice_user_id", b.salesperson);
            }
            vals.put("invoice_line_ids", productLines(chart, b.amountInclVat, b.vatPercent, "Services"));
            Rec move = Orm.createOne(env, env.model("account.move"), vals);
            if (!b.draft) {
                Posting.post(env, List.of(move));
            } else {
                com.kraviabridge.sim.odoo.accounting.MoveSync.flush(env);
            }
            return new InvoiceRef(move.id(), env.str(move, "name"), receivableLine(env, move).id(),
                    env.dec(move, "amount_total"));
        });
    }

    /**
     * Invoice lines whose total with 25 % VAT lands exactly on the requested amount: the net
     * amount is derived from the gross, and a cent that rounding loses goes on an untaxed line.
     */
    private static List<Object> productLines(CompanyAccounts.Chart chart, BigDecimal gross, int vatPercent,
                                             String label) {
        List<Object> commands = new ArrayList<>();
        if (vatPercent == 0) {
            commands.add(List.of(0, 0, line(label, gross, chart.income, null)));
            return commands;
        }
        BigDecimal factor = BigDecimal.ONE.add(BigDecimal.valueOf(vatPercent).movePointLeft(2));
        BigDecimal net = gross.divide(factor, 2, RoundingMode.HALF_UP);
        BigDecimal tax = net.multiply(BigDecimal.valueOf(vatPercent)).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
        BigDecimal rest = gross.subtract(net).subtract(tax);
        commands.add(List.of(0, 0, line(label, net, chart.income, chart.saleTax)));
        if (rest.signum() != 0) {
            commands.add(List.of(0, 0, line("Rounding", rest, chart.income, null)));
        }
        return commands;
    }

    private static Map<String, Object> line(String name, BigDecimal price, int account, Integer tax) {
        Map<String, Object> l = new LinkedHashMap<>();
        l.put("name", name);
        l.put("quantity", 1.0);
        l.put("price_unit", price.doubleValue());
        l.put("account_id", account);
        l.put("tax_ids", tax == null ? List.of() : List.of(List.of(6, 0, List.of(tax))));
        return l;
    }

    /**
     * Registers a customer payment against an invoice exactly as the "Register Payment" wizard
     * would: an account.payment with its entry in the given journal, posted, its receivable
     * line reconciled with the invoice's.
     */
    public PaymentRef registerPayment(int invoiceId, BigDecimal amount, LocalDate date, String journalCode,
                                      String memo) {
        return su(env -> {
            Rec invoice = env.rec("account.move", invoiceId);
            if (invoice == null) {
                throw new IllegalArgumentException("no invoice " + invoiceId);
            }
            boolean refund = "out_refund".equals(env.str(invoice, "move_type"));
            Map<String, Object> extra = new LinkedHashMap<>();
            if (env.version().atLeast(18)) {
                extra.put("invoice_ids", List.of(List.of(6, 0, List.of(invoiceId))));
            }
            Rec payment = payment(env, env.id(invoice, "company_id"), env.id(invoice, "commercial_partner_id"),
                    env.id(invoice, "currency_id"), amount, date, journalCode, memo, refund ? "outbound" : "inbound",
                    extra);
            Rec counterpart = counterpart(env, payment);
            List<Rec> lines = new ArrayList<>();
            lines.add(counterpart);
            for (Rec l : env.refs(invoice, "line_ids")) {
                if (env.id(l, "account_id").equals(env.id(counterpart, "account_id")) && !env.bool(l, "reconciled")) {
                    lines.add(l);
                }
            }
            Reconciler.Outcome outcome = Reconciler.reconcile(env, lines);
            Rec move = env.ref(payment, "move_id");
            return new PaymentRef(payment.id(), move.id(), env.str(move, "name"), counterpart.id(), outcome.partialIds());
        });
    }

    /** A posted customer payment that is not matched with any invoice (an outstanding credit). */
    public PaymentRef outstandingPayment(CompanyRef company, PartnerRef partner, BigDecimal amount, LocalDate date,
                                         String journalCode, String memo) {
        return su(env -> {
            Rec co = env.rec("res.company", company.id());
            Rec payment = payment(env, company.id(), partner.id(), env.id(co, "currency_id"), amount, date,
                    journalCode, memo, "inbound", Map.of());
            Rec move = env.ref(payment, "move_id");
            return new PaymentRef(payment.id(), move.id(), env.str(move, "name"), counterpart(env, payment).id(),
                    List.of());
        });
    }

    private Rec payment(Env env, int companyId, int partnerId, int currencyId, BigDecimal amount, LocalDate date,
                        String journalCode, String memo, String paymentType, Map<String, Object> extra) {
        Map<String, Object> vals = new LinkedHashMap<>();
        vals.put("amount", amount.doubleValue());
        vals.put("currency_id", currencyId);
        vals.put("date", (date == null ? env.today() : date).toString());
        vals.put("partner_id", partnerId);
        vals.put("payment_type", paymentType);
        vals.put("partner_type", "customer");
        vals.put("journal_id", journalId(env, companyId, journalCode == null ? "BNK" : journalCode));
        if (memo != null) {
            vals.put(env.version().atLeast(18) ? "memo" : "ref", memo);
        }
        vals.putAll(extra);
        Rec payment = Orm.createOne(env, env.model("account.payment"), vals);
        PaymentLifecycle.post(env, List.of(payment));
        return payment;
    }

    private static Rec counterpart(Env env, Rec payment) {
        for (Rec l : env.refs(env.ref(payment, "move_id"), "line_ids")) {
            if ("payment_term".equals(env.str(l, "display_type"))) {
                return l;
            }
        }
        throw new IllegalStateException("payment without receivable line");
    }

    /**
     * A posted customer credit note of the given gross amount. With {@code reversed} it points
     * at the invoice (reversed_entry_id) and posting reconciles the two (docs/odoo-notes.md §5.6); without, it stays
     * an outstanding credit.
     */
    public CreditNoteRef creditNote(int invoiceId, BigDecimal amountInclVat, boolean reversed) {
        return creditNote(invoiceId, amountInclVat, reversed, null);
    }

    public CreditNoteRef creditNote(int invoiceId, BigDecimal amountInclVat, boolean reversed, LocalDate date) {
        return su(env -> {
            Rec invoice = env.rec("account.move", invoiceId);
            if (invoice == null) {
                throw new IllegalArgumentException("no invoice " + invoiceId);
            }
            CompanyAccounts.Chart chart = chart(env, env.id(invoice, "company_id"));
            boolean taxed = env.dec(invoice, "amount_tax").signum() != 0;
            Map<String, Object> vals = new LinkedHashMap<>();
            vals.put("move_type", "out_refund");
            vals.put("partner_id", env.id(invoice, "partner_id"));
            vals.put("journal_id", env.id(invoice, "journal_id"));
            vals.put("currency_id", env.id(invoice, "currency_id"));
            vals.put("invoice_date", (date == null ? env.today() : date).toString());
            vals.put("ref", "Reversal of: " + env.str(invoice, "name"));
            if (reversed) {
                vals.put("reversed_entry_id", invoiceId);
            }
            vals.put("invoice_line_ids", productLines(chart, amountInclVat, taxed ? 25 : 0, "Credit"));
            Rec note = Orm.createOne(env, env.model("account.move"), vals);
            Posting.post(env, List.of(note));
            Rec receivable = receivableLine(env, note);
            List<Integer> partials = new ArrayList<>();
            for (Rec p : com.kraviabridge.sim.odoo.accounting.Partials.of(env, receivable)) {
                partials.add(p.id());
            }
            return new CreditNoteRef(note.id(), env.str(note, "name"), receivable.id(), partials);
        });
    }

    /**
     * Imports a bank statement line into a bank journal of the company, as a bank file import does (through the
     * ORM, so it gets its posted entry with the amount on the suspense account).
     */
    public StatementLineRef importStatementLine(CompanyRef company, String journalCode, BankLine bankLine) {
        return su(env -> {
            Map<String, Object> vals = new LinkedHashMap<>();
            vals.put("journal_id", journalId(env, company.id(), journalCode));
            vals.put("date", (bankLine.date() == null ? env.today() : bankLine.date()).toString());
            vals.put("amount", bankLine.amount().doubleValue());
            vals.put("payment_ref", bankLine.memo() == null ? false : bankLine.memo());
            vals.put("partner_name", bankLine.payerName() == null ? false : bankLine.payerName());
            vals.put("account_number", bankLine.accountNumber() == null ? false : bankLine.accountNumber());
            if (bankLine.partnerId() != null) {
                vals.put("partner_id", bankLine.partnerId());
            }
            Rec stLine = Orm.createOne(env, env.model("account.bank.statement.line"), vals);
            return statementLineRef(env, stLine);
        });
    }

    /**
     * Matches an imported statement line with an invoice as the bank reconciliation does; with
     * {@code underCustomer} the statement line is put under the invoice's customer as well. Returns the partials.
     */
    public List<Integer> reconcileStatementLine(int statementLineId, int invoiceId, boolean underCustomer) {
        return su(env -> {
            Rec stLine = env.rec("account.bank.statement.line", statementLineId);
            Rec invoice = env.rec("account.move", invoiceId);
            if (stLine == null || invoice == null) {
                throw new IllegalArgumentException("no statement line " + statementLineId + " or invoice " + invoiceId);
            }
            return StatementLines.matchWithInvoice(env, stLine, invoice, underCustomer).partialIds();
        });
    }

    private static StatementLineRef statementLineRef(Env env, Rec stLine) {
        Rec move = env.ref(stLine, "move_id");
        Rec journal = env.ref(move, "journal_id");
        Integer liquidity = env.id(journal, "default_account_id");
        for (Rec l : env.refs(move, "line_ids")) {
            if (!env.id(l, "account_id").equals(liquidity)) {
                return new StatementLineRef(stLine.id(), move.id(), env.str(move, "name"), l.id());
            }
        }
        throw new IllegalStateException("statement line " + stLine.id() + " has no counterpart line");
    }

    /** Reconciles journal items as account.move.line.reconcile() would; returns the new partials. */
    public List<Integer> reconcile(int... lineIds) {
        return su(env -> {
            List<Rec> lines = new ArrayList<>();
            for (int id : lineIds) {
                lines.add(env.rec("account.move.line", id));
            }
            return Reconciler.reconcile(env, lines).partialIds();
        });
    }

    /** Deletes one partial reconciliation, as unreconciling in the UI does (no tombstone, docs/odoo-notes.md §5.3). */
    public void unreconcile(int partialId) {
        su(env -> {
            Rec partial = env.rec("account.partial.reconcile", partialId);
            if (partial == null) {
                throw new IllegalArgumentException("no partial " + partialId);
            }
            Orm.unlinkRecords(env, env.model("account.partial.reconcile"), List.of(partial));
            return null;
        });
    }

    /** Units of {@code code} per unit of company currency from {@code date} on. */
    public void currencyRate(String code, LocalDate date, double rate) {
        su(env -> {
            Rec r = env.insert("res.currency.rate");
            env.put(r, "currency_id", BaseData.currencyId(env, code));
            env.put(r, "name", date);
            env.put(r, "rate", rate);
            return null;
        });
    }

    private static CompanyAccounts.Chart chart(Env env, int companyId) {
        return env.db().extension(CompanyAccounts.class, CompanyAccounts::new).chart(companyId);
    }

    private static int journalId(Env env, int companyId, String code) {
        for (Rec j : env.table("account.journal").scan()) {
            if (code.equals(env.str(j, "code")) && Integer.valueOf(companyId).equals(env.id(j, "company_id"))) {
                return j.id();
            }
        }
        throw new IllegalArgumentException("no journal " + code + " in company " + companyId);
    }

    static Rec receivableLine(Env env, Rec move) {
        for (Rec l : env.refs(move, "line_ids")) {
            if ("payment_term".equals(env.str(l, "display_type"))) {
                return l;
            }
        }
        throw new IllegalStateException("move " + move.id() + " has no receivable line");
    }
}
