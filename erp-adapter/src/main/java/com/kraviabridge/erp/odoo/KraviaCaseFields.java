package com.kraviabridge.erp.odoo;

import com.kraviabridge.core.port.RemoteFailure;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The two custom fields on {@code account.move} where users see the Kravia case: {@code x_kravia_case_id}
 * and {@code x_kravia_status}. Written only where they exist (probed once); created by {@link #setUp()} for
 * {@code bridge odoo setup}, which needs a user allowed to change the data model.
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

    /**
     * Creates the fields that are missing as manual char fields.
     *
     * @return the fields created now (empty when both existed)
     * @throws RemoteFailure PERMANENT naming {@code ir.model.fields} when the user may not create fields
     */
    public Set<String> setUp() {
        Set<String> missing = new LinkedHashSet<>(LABELS.keySet());
        missing.removeAll(present());
        if (missing.isEmpty()) {
            return Set.of();
        }
        List<OdooRecord> models = odoo.searchRead(OdooClient.NO_COMPANY, "ir.model", Domain.where("model", "=", MODEL),
                List.of("id"), null, 1);
        if (models.isEmpty()) {
            throw RemoteFailure.permanent(RemoteFailure.Side.ERP, "Odoo has no model " + MODEL
                    + " (is the Invoicing app installed?)");
        }
        long modelId = models.get(0).id();
        Set<String> created = new LinkedHashSet<>();
        try {
            for (String field : missing) {
                Map<String, Object> values = new LinkedHashMap<>();
                values.put("model_id", modelId);
                values.put("name", field);
                values.put("field_description", LABELS.get(field));
                values.put("ttype", "char");
                values.put("state", "manual");
                odoo.create(OdooClient.NO_COMPANY, "ir.model.fields", values);
                created.add(field);
            }
        } finally {
            probe.forget(MODEL);
        }
        return created;
    }

    /** Writes the case onto the invoice, through the fields that exist; false when none does. */
    boolean show(long companyId, long invoiceId, long kraviaInvoiceId, String status) {
        Set<String> present = present();
        if (present.isEmpty()) {
            return false;
        }
        Map<String, Object> values = new LinkedHashMap<>();
        if (present.contains(CASE_ID)) {
            values.put(CASE_ID, Long.toString(kraviaInvoiceId));
        }
        if (present.contains(STATUS)) {
            values.put(STATUS, status == null ? false : status);
        }
        odoo.write(companyId, MODEL, "write", List.of(List.of(invoiceId), values), Map.of());
        return true;
    }

    private static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put(CASE_ID, "Kravia case");
        labels.put(STATUS, "Kravia status");
        return labels;
    }
}
