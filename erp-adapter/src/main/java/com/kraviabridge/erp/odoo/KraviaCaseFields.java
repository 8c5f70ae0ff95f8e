package com.kraviabridge.erp.odoo;

import com.kraviabridge.core.domain.CaseShown;
import com.kraviabridge.core.port.RemoteFailure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The two custom fields on {@code account.move} where users see the Kravia case: {@code x_kravia_case_id}
 * and {@code x_kravia_status}. Written only where they exist (probed once); {@link KraviaDesk} creates them for
 * {@code bridge odoo setup}.
 */
public final class KraviaCaseFields {

    static final String MODEL = "account.move";
    static final String CASE_ID = "x_kravia_case_id";
    static final String STATUS = "x_kravia_status";
    private static final Map<String, String> LABELS = labels();

    private final OdooClient odoo;
    private final FieldProbe probe;

    KraviaCaseFields(OdooClient odoo, FieldProbe probe) {
        this.odoo = odoo;
        this.probe = probe;
    }

    /** Which of the two fields the server has. */
    public Set<String> present() {
        return probe.existing(MODEL, List.copyOf(LABELS.keySet()));
    }

    /** Writes the case onto the invoice, through the fields that exist; false when none does. */
    boolean show(long companyId, long invoiceId, long kraviaInvoiceId, String status) {
        return show(companyId, List.of(new CaseShown(invoiceId, kraviaInvoiceId, status)));
    }

    /**
     * Writes many cases in one call per page: {@code load} with the database id column {@code .id} updates each
     * invoice with its own values, which {@code write} (one set of values for all its records) cannot. Values go
     * as text, as an import reads them; an empty status empties the field. load reports what it could not do
     * (an unknown invoice, a refused write) as messages and then keeps nothing; that becomes a PERMANENT failure
     * naming the invoices, after the other pages were written.
     *
     * @return false when none of the fields exists
     */
    boolean show(long companyId, List<CaseShown> cases) {
        Set<String> present = present();
        if (present.isEmpty()) {
            return false;
        }
        List<String> columns = new ArrayList<>();
        columns.add(".id");
        columns.addAll(LABELS.keySet().stream().filter(present::contains).toList());
        Map<Long, CaseShown> byInvoice = new LinkedHashMap<>();
        cases.forEach(c -> byInvoice.put(c.invoiceId(), c));
        List<String> refused = new ArrayList<>();
        for (List<Long> chunk : Chunks.of(byInvoice.keySet(), odoo.pageSize())) {
            List<List<String>> rows = new ArrayList<>();
            for (Long invoiceId : chunk) {
                CaseShown c = byInvoice.get(invoiceId);
                List<String> row = new ArrayList<>();
                for (String column : columns) {
                    row.add(switch (column) {
                        case ".id" -> Long.toString(invoiceId);
                        case CASE_ID -> Long.toString(c.kraviaInvoiceId());
                        default -> c.status() == null ? "" : c.status();
                    });
                }
                rows.add(row);
            }
            Object answer = odoo.write(companyId, MODEL, "load", List.of(columns, rows), Map.of());
            LoadAnswer.refusals(answer, chunk).ifPresent(refused::add);
        }
        if (!refused.isEmpty()) {
            throw RemoteFailure.permanent(RemoteFailure.Side.ERP, "Odoo did not take the Kravia case fields: "
                    + String.join("; ", refused));
        }
        return true;
    }

    /**
     * Writes new statuses onto invoices that show their case already: one {@code write} per distinct status and
     * page of invoices, for a write of one value to many records costs Odoo a fraction of a {@code load} with a
     * value per row. An invoice whose case id is not shown yet (its fields were made after it was forwarded)
     * gets both through {@link #show(long, List)}; finding them is one read per page.
     *
     * @return false when the status field does not exist
     */
    boolean showStatuses(long companyId, List<CaseShown> cases) {
        Set<String> present = present();
        if (!present.contains(STATUS)) {
            return show(companyId, cases);
        }
        Map<Long, CaseShown> byInvoice = new LinkedHashMap<>();
        cases.forEach(c -> byInvoice.put(c.invoiceId(), c));
        if (present.contains(CASE_ID)) {
            List<CaseShown> withoutCaseId = new ArrayList<>();
            for (List<Long> chunk : Chunks.of(byInvoice.keySet(), odoo.pageSize())) {
                odoo.searchRead(companyId, MODEL, Domain.where("id", "in", chunk).and(CASE_ID, "=", false),
                        List.of("id"), null, 0).forEach(r -> withoutCaseId.add(byInvoice.remove(r.id())));
            }
            if (!withoutCaseId.isEmpty()) {
                show(companyId, withoutCaseId);
            }
        }
        Map<String, List<Long>> byStatus = new LinkedHashMap<>();
        byInvoice.values().forEach(c -> byStatus.computeIfAbsent(c.status() == null ? "" : c.status(),
                k -> new ArrayList<>()).add(c.invoiceId()));
        byStatus.forEach((status, invoiceIds) -> {
            for (List<Long> chunk : Chunks.of(invoiceIds, odoo.pageSize())) {
                odoo.write(companyId, MODEL, "write", List.of(chunk, Map.of(STATUS, status.isEmpty() ? false : status)),
                        Map.of());
            }
        });
        return true;
    }

    private static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put(CASE_ID, "Kravia case");
        labels.put(STATUS, "Kravia status");
        return labels;
    }
}
