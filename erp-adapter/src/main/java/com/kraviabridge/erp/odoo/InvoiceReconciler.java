package com.kraviabridge.erp.odoo;

import com.kraviabridge.core.port.RemoteFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reconciles lines of a posted entry with the receivable lines of invoices, and confirms it by reading back:
 * {@code reconcile} returns None (17+) or recordsets (16), which XML-RPC cannot marshal, so over XML-RPC it
 * reports a fault after the reconciliation was committed (P1, P2). A line already reconciled is left alone, so
 * running this again after an interruption only completes what is missing.
 */
final class InvoiceReconciler {

    private static final Logger LOG = LoggerFactory.getLogger(InvoiceReconciler.class);
    static final String LINE_MODEL = "account.move.line";
    private static final List<String> LINE_FIELDS = List.of("move_id", "account_id", "reconciled");

    private final OdooClient odoo;

    InvoiceReconciler(OdooClient odoo) {
        this.odoo = odoo;
    }

    /**
     * @param invoiceOfLine entry line id to the invoice it settles
     */
    void reconcile(long companyId, Map<Long, Long> invoiceOfLine) {
        if (invoiceOfLine.isEmpty()) {
            return;
        }
        Map<Long, OdooRecord> entryLines = byId(odoo.readByIds(companyId, LINE_MODEL, invoiceOfLine.keySet(), LINE_FIELDS));
        List<OdooRecord> invoiceLines = odoo.searchRead(companyId, LINE_MODEL,
                Domain.where("move_id", "in", List.copyOf(new LinkedHashSet<>(invoiceOfLine.values())))
                        .and("account_id.account_type", "=", "asset_receivable")
                        .and("parent_state", "=", "posted"),
                LINE_FIELDS, "id asc", 0);
        Map<Long, List<Long>> pairs = new LinkedHashMap<>();
        Map<Long, RemoteFailure> unconfirmed = new HashMap<>();
        for (Map.Entry<Long, Long> wanted : invoiceOfLine.entrySet()) {
            OdooRecord entryLine = entryLines.get(wanted.getKey());
            if (entryLine == null || entryLine.flag("reconciled")) {
                continue;
            }
            long accountId = entryLine.refId("account_id");
            List<Long> open = openLinesOf(wanted.getValue(), accountId, invoiceLines);
            if (open.isEmpty()) {
                if (!openLinesOf(wanted.getValue(), 0, invoiceLines).isEmpty()) {
                    throw RemoteFailure.permanent(RemoteFailure.Side.ERP, "invoice " + wanted.getValue()
                            + " is receivable on another account than entry line " + wanted.getKey()
                            + " (account " + entryLine.refName("account_id") + "): check the account mapped for"
                            + " Kravia's capital, and reconcile this entry by hand");
                }
                LOG.warn("invoice {} has no open receivable line left; entry line {} stays unreconciled",
                        wanted.getValue(), wanted.getKey());
                continue;
            }
            pairs.put(wanted.getKey(), open);
            List<Long> lines = new ArrayList<>();
            lines.add(wanted.getKey());
            lines.addAll(open);
            RemoteFailure failure = odoo.writeToVerify(companyId, LINE_MODEL, "reconcile", List.of(lines), Map.of());
            if (failure != null) {
                unconfirmed.put(wanted.getKey(), failure);
            }
        }
        verify(companyId, pairs, unconfirmed);
    }

    private void verify(long companyId, Map<Long, List<Long>> pairs, Map<Long, RemoteFailure> unconfirmed) {
        if (pairs.isEmpty()) {
            return;
        }
        Set<Long> ids = new LinkedHashSet<>(pairs.keySet());
        pairs.values().forEach(ids::addAll);
        Map<Long, OdooRecord> now = byId(odoo.readByIds(companyId, LINE_MODEL, ids, LINE_FIELDS));
        for (Map.Entry<Long, List<Long>> pair : pairs.entrySet()) {
            boolean entryDone = now.containsKey(pair.getKey()) && now.get(pair.getKey()).flag("reconciled");
            boolean invoiceDone = pair.getValue().stream().allMatch(id -> now.containsKey(id) && now.get(id).flag("reconciled"));
            if (entryDone || invoiceDone) {
                continue;
            }
            RemoteFailure why = unconfirmed.get(pair.getKey());
            if (why != null) {
                throw why;
            }
            throw RemoteFailure.permanent(RemoteFailure.Side.ERP, "Odoo accepted reconciling entry line "
                    + pair.getKey() + " with invoice lines " + pair.getValue() + " but neither side is reconciled");
        }
    }

    /** Open receivable lines of the invoice on the account, or on any account when {@code accountId} is 0. */
    private static List<Long> openLinesOf(long invoiceId, long accountId, List<OdooRecord> invoiceLines) {
        List<Long> open = new ArrayList<>();
        for (OdooRecord line : invoiceLines) {
            boolean sameAccount = accountId == 0 || line.refId("account_id") == accountId;
            if (line.refId("move_id") == invoiceId && sameAccount && !line.flag("reconciled")) {
                open.add(line.id());
            }
        }
        return open;
    }

    private static Map<Long, OdooRecord> byId(List<OdooRecord> records) {
        Map<Long, OdooRecord> map = new HashMap<>();
        records.forEach(r -> map.put(r.id(), r));
        return map;
    }
}
