package com.kraviabridge.erp.odoo;

import com.kraviabridge.core.domain.JournalEntry;
import com.kraviabridge.core.domain.JournalLine;
import com.kraviabridge.core.domain.PostedEntry;
import com.kraviabridge.core.port.Ledger;
import com.kraviabridge.core.port.RemoteFailure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Posts the bridge's settlement entries idempotently: an entry is identified by its {@code ref}, looked up
 * before anything is created, created with all its lines in one call, posted, read back (Odoo may re-date it
 * into an open period, P26) and reconciled with the invoices it settles.
 */
final class OdooLedger implements Ledger {

    static final String MODEL = "account.move";
    private static final List<String> ENTRY_FIELDS = List.of("name", "ref", "date", "state");

    private final OdooClient odoo;
    private final ChartOfAccounts chart;
    private final InvoiceReconciler reconciler;

    OdooLedger(OdooClient odoo, ChartOfAccounts chart, InvoiceReconciler reconciler) {
        this.odoo = odoo;
        this.chart = chart;
        this.reconciler = reconciler;
    }

    @Override
    public Optional<PostedEntry> findEntry(long companyId, String ref) {
        return find(companyId, ref).map(OdooLedger::postedEntryOf);
    }

    @Override
    public PostedEntry post(JournalEntry entry) {
        long companyId = entry.companyId();
        Optional<OdooRecord> existing = find(companyId, entry.ref());
        Resolved resolved = resolve(entry);
        long moveId;
        String state;
        if (existing.isPresent()) {
            moveId = existing.get().id();
            state = existing.get().text("state");
        } else {
            moveId = create(entry, resolved);
            state = "draft";
        }
        RemoteFailure postFailure = null;
        if ("draft".equals(state)) {
            postFailure = odoo.writeToVerify(companyId, MODEL, "action_post", List.of(List.of(moveId)), Map.of());
        }
        OdooRecord posted = readBack(companyId, moveId);
        if (!"posted".equals(posted.text("state"))) {
            if (postFailure != null) {
                throw postFailure;
            }
            throw RemoteFailure.permanent(RemoteFailure.Side.ERP, "Odoo left journal entry " + entry.ref()
                    + " (id " + moveId + ") in state " + posted.text("state") + " after posting it");
        }
        reconciler.reconcile(companyId, linesToReconcile(companyId, moveId, entry, resolved));
        return postedEntryOf(posted);
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

    private Optional<OdooRecord> find(long companyId, String ref) {
        Domain domain = Domain.where("ref", "=", ref)
                .and("company_id", "=", companyId)
                .and("move_type", "=", "entry")
                .and("state", "!=", "cancel");
        return odoo.searchRead(companyId, MODEL, domain, ENTRY_FIELDS, "id asc", 1).stream().findFirst();
    }

    private long create(JournalEntry entry, Resolved resolved) {
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
        values.put("line_ids", lines);
        try {
            return odoo.create(companyId, MODEL, values);
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
        return new Resolved(journal, accounts);
    }

    /** Entry line id to invoice id, for the lines that settle an invoice. */
    private Map<Long, Long> linesToReconcile(long companyId, long moveId, JournalEntry entry, Resolved resolved) {
        List<JournalLine> wanted = entry.lines().stream().filter(l -> l.reconcileWithInvoiceId() != 0).toList();
        if (wanted.isEmpty()) {
            return Map.of();
        }
        List<OdooRecord> lines = odoo.searchRead(companyId, InvoiceReconciler.LINE_MODEL,
                Domain.where("move_id", "=", moveId), List.of("account_id", "partner_id", "name", "debit", "credit"),
                "id asc", 0);
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

    private OdooRecord readBack(long companyId, long moveId) {
        return odoo.readByIds(companyId, MODEL, List.of(moveId), ENTRY_FIELDS).stream().findFirst()
                .orElseThrow(() -> RemoteFailure.permanent(RemoteFailure.Side.ERP,
                        "journal entry " + moveId + " cannot be read back from Odoo"));
    }

    private static PostedEntry postedEntryOf(OdooRecord move) {
        return new PostedEntry(move.id(), move.text("name"), move.text("ref"), move.date("date"));
    }

    private record Resolved(ChartOfAccounts.Journal journal, Map<String, Long> accounts) {

        long accountOf(JournalLine line) {
            return line.accountCode() == null ? journal.defaultAccountId() : accounts.get(line.accountCode());
        }
    }
}
