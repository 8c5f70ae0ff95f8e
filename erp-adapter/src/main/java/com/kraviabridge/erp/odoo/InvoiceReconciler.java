package com.kraviabridge.erp.odoo;

import com.kraviabridge.core.port.RemoteFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reconciles lines of a posted entry with the receivable lines of invoices. A line already reconciled is left
 * alone, so running this again after an interruption only completes what is missing.
 *
 * <p>{@code reconcile} returns None (17+) or recordsets (16), which XML-RPC cannot marshal, so over XML-RPC it
 * reports a fault after the reconciliation was committed (docs/odoo-notes.md §1.1); a lost answer leaves the outcome
 * open too. Only those pairs are read back to learn what happened; a pair Odoo answered for is done.
 */
final class InvoiceReconciler {

    private static final Logger LOG = LoggerFactory.getLogger(InvoiceReconciler.class);
    static final String LINE_MODEL = "account.move.line";
    /** What this class needs of the lines it is given: which move, which account, posted, reconciled. */
    static final List<String> LINE_FIELDS = List.of("move_id", "account_id", "parent_state", "reconciled");
    private static final List<String> VERIFY_FIELDS = List.of("reconciled");

    private final OdooClient odoo;

    InvoiceReconciler(OdooClient odoo) {
        this.odoo = odoo;
    }

    /**
     * The domain of the invoices' receivable lines, to be read together with the entry's own lines.
     */
    static List<Object> receivableLines() {
        return Domain.term("account_id.account_type", "=", "asset_receivable");
    }

    /**
     * @param invoiceOfLine entry line id to the invoice it settles
     * @param lines         the entry's lines and the invoices' receivable lines as just read, with {@link #LINE_FIELDS}
     */
    void reconcile(long companyId, Map<Long, Long> invoiceOfLine, Collection<OdooRecord> lines) {
        if (invoiceOfLine.isEmpty()) {
            return;
        }
        Map<Long, OdooRecord> byId = byId(lines);
        Map<Long, List<Long>> unconfirmedPairs = new LinkedHashMap<>();
        Map<Long, RemoteFailure> unconfirmed = new HashMap<>();
        for (Map.Entry<Long, Long> wanted : invoiceOfLine.entrySet()) {
            OdooRecord entryLine = byId.get(wanted.getKey());
            if (entryLine == null || entryLine.flag("reconciled")) {
                continue;
            }
            long accountId = entryLine.refId("account_id");
            List<Long> open = openLinesOf(wanted.getValue(), accountId, lines);
            if (open.isEmpty()) {
                if (!openLinesOf(wanted.getValue(), 0, lines).isEmpty()) {
                    throw RemoteFailure.permanent(RemoteFailure.Side.ERP, "invoice " + wanted.getValue()
                            + " is receivable on another account than entry line " + wanted.getKey()
                            + " (account " + entryLine.refName("account_id") + "): check the account mapped for"
                            + " Kravia's capital, and reconcile this entry by hand");
                }
                LOG.warn("invoice {} has no open receivable line left; entry line {} stays unreconciled",
                        wanted.getValue(), wanted.getKey());
                continue;
            }
            List<Long> pair = new ArrayList<>();
            pair.add(wanted.getKey());
            pair.addAll(open);
            // One call per pair, never one for the whole entry: reconcile() matches all the lines it is given as
            // one group, debits against credits in order of due date and amount (_optimize_reconciliation_plan,
            // _prepare_reconciliation_amls), so the capital collected on one invoice could be put on another.
            RemoteFailure failure = odoo.writeToVerify(companyId, LINE_MODEL, "reconcile", List.of(pair), Map.of());
            if (failure != null) {
                unconfirmedPairs.put(wanted.getKey(), open);
                unconfirmed.put(wanted.getKey(), failure);
            }
        }
        verify(companyId, unconfirmedPairs, unconfirmed);
    }

    /** Reads back the pairs whose answer did not say: done when either side is reconciled now. */
    private void verify(long companyId, Map<Long, List<Long>> pairs, Map<Long, RemoteFailure> unconfirmed) {
        if (pairs.isEmpty()) {
            return;
        }
        Set<Long> ids = new LinkedHashSet<>(pairs.keySet());
        pairs.values().forEach(ids::addAll);
        Map<Long, OdooRecord> now = byId(odoo.readByIds(companyId, LINE_MODEL, ids, VERIFY_FIELDS));
        for (Map.Entry<Long, List<Long>> pair : pairs.entrySet()) {
            boolean entryDone = now.containsKey(pair.getKey()) && now.get(pair.getKey()).flag("reconciled");
            boolean invoiceDone = pair.getValue().stream().allMatch(id -> now.containsKey(id) && now.get(id).flag("reconciled"));
            if (!entryDone && !invoiceDone) {
                throw unconfirmed.get(pair.getKey());
            }
        }
    }

    /**
     * Open receivable lines of the posted invoice on the account, or on any account when {@code accountId} is 0.
     */
    private static List<Long> openLinesOf(long invoiceId, long accountId, Collection<OdooRecord> lines) {
        List<Long> open = new ArrayList<>();
        for (OdooRecord line : lines) {
            boolean sameAccount = accountId == 0 || line.refId("account_id") == accountId;
            if (line.refId("move_id") == invoiceId && sameAccount && "posted".equals(line.text("parent_state"))
                    && !line.flag("reconciled")) {
                open.add(line.id());
            }
        }
        return open;
    }

    private static Map<Long, OdooRecord> byId(Collection<OdooRecord> records) {
        Map<Long, OdooRecord> map = new HashMap<>();
        records.forEach(r -> map.put(r.id(), r));
        return map;
    }
}
