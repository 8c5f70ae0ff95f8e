package com.kraviabridge.erp.odoo;

import com.kraviabridge.core.domain.JournalEntry;
import com.kraviabridge.core.domain.JournalLine;
import com.kraviabridge.core.domain.PostedEntry;
import com.kraviabridge.core.domain.LineMismatch;
import com.kraviabridge.core.domain.Money;
import com.kraviabridge.core.port.erp.Ledger;
import com.kraviabridge.core.port.erp.PurchaseTax;
import com.kraviabridge.core.port.RemoteFailure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Posts the bridge's settlement entries idempotently: an entry is identified by its {@code ref}, created with
 * all its lines in one call, posted, and reconciled with the invoices it settles. One read after posting
 * brings the entry's lines (with its number and date, which Odoo may have moved into an open period,
 * docs/odoo-notes.md §5.5) and the invoices' receivable lines together, so a new entry of n invoices takes n + 3 calls.
 */
final class OdooLedger implements Ledger {

    static final String MODEL = "account.move";
    private static final List<String> ENTRY_FIELDS = List.of("name", "ref", "date", "state");
    private static final List<String> LINE_FIELDS;

    static {
        Set<String> fields = new LinkedHashSet<>(InvoiceReconciler.LINE_FIELDS);
        fields.addAll(List.of("partner_id", "name", "debit", "credit", "move_name", "date"));
        LINE_FIELDS = List.copyOf(fields);
    }

    private final OdooClient odoo;
    private final ChartOfAccounts chart;
    private final InvoiceReconciler reconciler;
    private final PurchaseTaxes taxes;
    private final Map<Long, Object> postingLocks = new ConcurrentHashMap<>();

    OdooLedger(OdooClient odoo, ChartOfAccounts chart, InvoiceReconciler reconciler, PurchaseTaxes taxes) {
        this.odoo = odoo;
        this.chart = chart;
        this.reconciler = reconciler;
        this.taxes = taxes;
    }

    @Override
    public Optional<PostedEntry> findEntry(long companyId, String ref) {
        return find(companyId, ref).map(OdooLedger::postedEntryOf);
    }

    @Override
    public PostedEntry post(JournalEntry entry) {
        Optional<OdooRecord> existing = find(entry.companyId(), entry.ref());
        Resolved resolved = resolve(entry);
        if (existing.isPresent()) {
            return complete(entry, resolved, existing.get().id(), existing.get().text("state"));
        }
        return complete(entry, resolved, create(entry, resolved, null), "draft");
    }

    @Override
    public PostedEntry postNew(JournalEntry entry) {
        Resolved resolved = resolve(entry);
        return complete(entry, resolved, create(entry, resolved, null), "draft");
    }

    @Override
    public PostedEntry draft(JournalEntry entry, String note) {
        Optional<OdooRecord> existing = find(entry.companyId(), entry.ref());
        if (existing.isPresent()) {
            return postedEntryOf(existing.get());
        }
        long moveId = create(entry, resolve(entry), note);
        List<OdooRecord> created = odoo.readByIds(entry.companyId(), MODEL, List.of(moveId), ENTRY_FIELDS);
        if (created.isEmpty()) {
            throw RemoteFailure.permanent(RemoteFailure.Side.ERP, "draft entry " + entry.ref() + " (id " + moveId
                    + ") cannot be read back from Odoo");
        }
        return postedEntryOf(created.get(0));
    }

    @Override
    public List<LineMismatch> reconcileReviewed(JournalEntry expected, long moveId) {
        long companyId = expected.companyId();
        Resolved resolved = resolve(expected);
        List<OdooRecord> lines = linesOf(companyId, moveId, invoicesOf(expected));
        List<OdooRecord> own = lines.stream().filter(l -> l.refId("move_id") == moveId).toList();
        Map<Long, Long> toReconcile = new LinkedHashMap<>();
        List<LineMismatch> mismatches = new ArrayList<>();
        for (JournalLine wanted : expected.lines()) {
            if (wanted.reconcileWithInvoiceId() == 0) {
                continue;
            }
            Optional<OdooRecord> match = own.stream()
                    .filter(l -> !toReconcile.containsKey(l.id()) && sameLine(l, wanted, resolved, false)).findFirst();
            if (match.isPresent()) {
                toReconcile.put(match.get().id(), wanted.reconcileWithInvoiceId());
            } else {
                BigDecimal found = own.stream().filter(l -> l.refId("account_id") == resolved.accountOf(wanted)
                                && l.refId("partner_id") == wanted.partnerId())
                        .map(l -> l.decimal("debit").subtract(l.decimal("credit"))).reduce(BigDecimal.ZERO, BigDecimal::add);
                mismatches.add(new LineMismatch(wanted, new Money(found, wanted.amount().currency())));
            }
        }
        reconciler.reconcile(companyId, toReconcile, lines);
        return mismatches;
    }

    @Override
    public PurchaseTax purchaseTax(long companyId, String nameOrId) {
        return taxes.describe(companyId, nameOrId);
    }

    @Override
    public Set<String> missingAccounts(long companyId, Collection<String> accountCodes) {
        Set<String> missing = new TreeSet<>(accountCodes);
        missing.removeAll(chart.accountIds(companyId, accountCodes).keySet());
        return missing;
    }

    @Override
    public boolean hasJournal(long companyId, String journalCode) {
        return chart.journal(companyId, journalCode).isPresent();
    }

    /** Posts the entry if it is a draft, then reconciles what is not reconciled yet. */
    private PostedEntry complete(JournalEntry entry, Resolved resolved, long moveId, String state) {
        long companyId = entry.companyId();
        RemoteFailure postFailure = "draft".equals(state) ? postInJournal(companyId, resolved.journal(), moveId) : null;
        List<OdooRecord> lines = linesOf(companyId, moveId, invoicesOf(entry));
        List<OdooRecord> own = lines.stream().filter(l -> l.refId("move_id") == moveId).toList();
        if (own.isEmpty()) {
            throw RemoteFailure.permanent(RemoteFailure.Side.ERP, "journal entry " + entry.ref() + " (id " + moveId
                    + ") cannot be read back from Odoo");
        }
        // The lines carry their entry's state, so this read also confirms a post whose answer was lost.
        String posted = own.get(0).text("parent_state");
        if (!"posted".equals(posted)) {
            if (postFailure != null) {
                throw postFailure;
            }
            throw RemoteFailure.permanent(RemoteFailure.Side.ERP, "Odoo left journal entry " + entry.ref()
                    + " (id " + moveId + ") in state " + posted + " after posting it");
        }
        reconciler.reconcile(companyId, linesToReconcile(own, entry, resolved), lines);
        return new PostedEntry(moveId, own.get(0).text("move_name"), entry.ref(), own.get(0).date("date"));
    }

    /**
     * Posting takes the next number of the journal's sequence; two posts in one journal at once contend on it
     * and one fails to serialise (docs/odoo-notes.md §2.3), so this bridge posts one entry per journal at a time.
     */
    private RemoteFailure postInJournal(long companyId, ChartOfAccounts.Journal journal, long moveId) {
        synchronized (postingLocks.computeIfAbsent(journal.id(), id -> new Object())) {
            return odoo.writeToVerify(companyId, MODEL, "action_post", List.of(List.of(moveId)), Map.of());
        }
    }

    private static Set<Long> invoicesOf(JournalEntry entry) {
        Set<Long> invoiceIds = new LinkedHashSet<>();
        entry.lines().forEach(l -> {
            if (l.reconcileWithInvoiceId() != 0) {
                invoiceIds.add(l.reconcileWithInvoiceId());
            }
        });
        return invoiceIds;
    }

    /** The entry's own lines and the invoices' receivable lines, in one read. */
    private List<OdooRecord> linesOf(long companyId, long moveId, Set<Long> invoiceIds) {
        Domain domain;
        if (invoiceIds.isEmpty()) {
            domain = Domain.where("move_id", "=", moveId);
        } else {
            List<Long> moves = new ArrayList<>();
            moves.add(moveId);
            moves.addAll(invoiceIds);
            domain = Domain.where("move_id", "in", moves)
                    .andEither(Domain.term("move_id", "=", moveId), InvoiceReconciler.receivableLines());
        }
        return odoo.searchRead(companyId, InvoiceReconciler.LINE_MODEL, domain, LINE_FIELDS, "id asc", 0);
    }

    private Optional<OdooRecord> find(long companyId, String ref) {
        Domain domain = Domain.where("ref", "=", ref)
                .and("company_id", "=", companyId)
                .and("move_type", "=", "entry")
                .and("state", "!=", "cancel");
        return odoo.searchRead(companyId, MODEL, domain, ENTRY_FIELDS, "id asc", 1).stream().findFirst();
    }

    /** @param note the entry's internal note, or null for none */
    private long create(JournalEntry entry, Resolved resolved, String note) {
        long companyId = entry.companyId();
        List<Object> lines = new ArrayList<>();
        for (JournalLine line : entry.lines()) {
            lines.add(List.of(0, 0, lineValues(line, resolved)));
        }
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("move_type", "entry");
        values.put("journal_id", resolved.journal().id());
        values.put("date", entry.date().toString());
        values.put("ref", entry.ref());
        if (note != null) {
            values.put("narration", note);
        }
        values.put("line_ids", lines);
        // Odoo 17 removes the tax lines of an entry none of whose lines carries taxes whenever the entry is saved,
        // a VAT line made as a tax line included; 18 and 19 keep it. Creating the entry without the dynamic line
        // sync, as Odoo's own writers of finished entries do, keeps it as written in all three.
        Map<String, Object> context = resolved.taxLines().isEmpty() ? Map.of() : Map.of("skip_invoice_sync", true);
        try {
            return odoo.create(companyId, MODEL, values, context);
        } catch (RemoteFailure failure) {
            if (failure.kind() != RemoteFailure.Kind.OUTCOME_UNKNOWN) {
                throw failure;
            }
            // The answer was lost; if the entry is there, the create worked.
            return find(companyId, entry.ref()).map(OdooRecord::id).orElseThrow(() -> failure);
        }
    }

    private static Map<String, Object> lineValues(JournalLine line, Resolved resolved) {
        BigDecimal amount = line.amount().amount();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("account_id", resolved.accountOf(line));
        if (line.partnerId() != 0) {
            values.put("partner_id", line.partnerId());
        }
        values.put("name", line.label() == null ? "" : line.label());
        values.put("debit", amount.signum() > 0 ? amount : BigDecimal.ZERO);
        values.put("credit", amount.signum() < 0 ? amount.negate() : BigDecimal.ZERO);
        if (line.isVatTaxLine()) {
            PurchaseTaxes.TaxLineSource tax = resolved.taxLines().get(line.vatTax());
            values.put("tax_repartition_line_id", tax.repartitionLineId());
            values.put("tax_tag_ids", List.of(List.of(6, 0, tax.tagIds())));
            values.put("tax_base_amount", tax.baseOf(amount));
        }
        return values;
    }

    /** Journal and account ids of the entry's codes; refuses what Odoo would refuse with a vaguer message. */
    private Resolved resolve(JournalEntry entry) {
        long companyId = entry.companyId();
        ChartOfAccounts.Journal journal = chart.journal(companyId, entry.journalCode())
                .orElseThrow(() -> RemoteFailure.permanent(RemoteFailure.Side.ERP, "company " + companyId
                        + " has no journal with code " + entry.journalCode()));
        Set<String> codes = new LinkedHashSet<>();
        entry.lines().forEach(l -> {
            if (l.accountCode() != null) {
                codes.add(l.accountCode());
            }
        });
        Map<String, Long> accounts = chart.accountIds(companyId, codes);
        Set<String> missing = new TreeSet<>(codes);
        missing.removeAll(accounts.keySet());
        if (!missing.isEmpty()) {
            throw RemoteFailure.permanent(RemoteFailure.Side.ERP, "company " + companyId
                    + " has no account with code " + String.join(", ", missing) + " for entry " + entry.ref());
        }
        boolean needsDefault = entry.lines().stream().anyMatch(l -> l.accountCode() == null);
        if (needsDefault && journal.defaultAccountId() == 0) {
            throw RemoteFailure.permanent(RemoteFailure.Side.ERP, "journal " + entry.journalCode()
                    + " has no default account for the payout line of entry " + entry.ref());
        }
        String companyCurrency = chart.currencyOf(companyId);
        for (JournalLine line : entry.lines()) {
            if (companyCurrency != null && !companyCurrency.equals(line.amount().currency())) {
                throw RemoteFailure.permanent(RemoteFailure.Side.ERP, "entry " + entry.ref() + " is in "
                        + line.amount().currency() + " but company " + companyId + " keeps its books in "
                        + companyCurrency + "; the bridge does not convert currencies");
            }
        }
        Map<String, PurchaseTaxes.TaxLineSource> taxLines = new LinkedHashMap<>();
        entry.lines().stream().filter(JournalLine::isVatTaxLine)
                .forEach(l -> taxLines.computeIfAbsent(l.vatTax(), tax -> taxes.taxLine(companyId, tax)));
        return new Resolved(journal, accounts, taxLines);
    }

    /** Entry line id to invoice id, for the lines that settle an invoice. */
    private static Map<Long, Long> linesToReconcile(List<OdooRecord> lines, JournalEntry entry, Resolved resolved) {
        List<JournalLine> wanted = entry.lines().stream().filter(l -> l.reconcileWithInvoiceId() != 0).toList();
        Map<Long, Long> result = new LinkedHashMap<>();
        Set<Long> used = new LinkedHashSet<>();
        for (JournalLine line : wanted) {
            OdooRecord match = lines.stream()
                    .filter(l -> !used.contains(l.id()) && sameLine(l, line, resolved, true))
                    .findFirst()
                    .or(() -> lines.stream().filter(l -> !used.contains(l.id()) && sameLine(l, line, resolved, false)).findFirst())
                    .orElseThrow(() -> RemoteFailure.permanent(RemoteFailure.Side.ERP, "journal entry " + entry.ref()
                            + " has no line for '" + line.label() + "' to reconcile with invoice "
                            + line.reconcileWithInvoiceId()));
            used.add(match.id());
            result.put(match.id(), line.reconcileWithInvoiceId());
        }
        return result;
    }

    private static boolean sameLine(OdooRecord odooLine, JournalLine line, Resolved resolved, boolean withLabel) {
        BigDecimal balance = odooLine.decimal("debit").subtract(odooLine.decimal("credit"));
        return odooLine.refId("account_id") == resolved.accountOf(line)
                && odooLine.refId("partner_id") == line.partnerId()
                && balance.compareTo(line.amount().amount()) == 0
                && (!withLabel || Objects.equals(odooLine.text("name"), line.label()));
    }

    private static PostedEntry postedEntryOf(OdooRecord move) {
        return new PostedEntry(move.id(), move.text("name"), move.text("ref"), move.date("date"),
                "posted".equals(move.text("state")));
    }

    private record Resolved(ChartOfAccounts.Journal journal, Map<String, Long> accounts,
                            Map<String, PurchaseTaxes.TaxLineSource> taxLines) {

        long accountOf(JournalLine line) {
            return line.accountCode() == null ? journal.defaultAccountId() : accounts.get(line.accountCode());
        }
    }
}
