package com.kraviabridge.erp.odoo;

import com.kraviabridge.core.port.RemoteFailure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bridge's fields on invoices, made as manual fields through {@code ir.model.fields}: the case and its
 * status (which the bridge writes), and the hold and approval flags (which the accountant sets). A field whose
 * label differs from this bridge's is out of date and gets the label again.
 */
final class DeskFields {

    private record FieldSpec(String name, String label, String type, boolean indexed) {
    }

    // The case id is indexed, so the read of invoices not forwarded yet (case id not set) is an index lookup,
    // not a scan of every invoice, once most of them carry a case.
    private static final List<FieldSpec> FIELDS = List.of(
            new FieldSpec(KraviaCaseFields.CASE_ID, "Kravia case", "char", true),
            new FieldSpec(KraviaCaseFields.STATUS, "Kravia status", "char", false),
            new FieldSpec("x_kravia_hold", "Keep out of Kravia", "boolean", false),
            new FieldSpec("x_kravia_approved", "Approved for Kravia", "boolean", false));

    private final OdooClient odoo;
    private final FieldProbe probe;

    DeskFields(OdooClient odoo, FieldProbe probe) {
        this.odoo = odoo;
        this.probe = probe;
    }

    List<DeskPiece> check() {
        Map<String, OdooRecord> existing = existing();
        List<DeskPiece> pieces = new ArrayList<>();
        for (FieldSpec spec : FIELDS) {
            OdooRecord field = existing.get(spec.name());
            DeskPiece.State state = field == null ? DeskPiece.State.MISSING
                    : spec.label().equals(field.text("field_description")) ? DeskPiece.State.IN_PLACE
                    : DeskPiece.State.OUT_OF_DATE;
            pieces.add(new DeskPiece(DeskPiece.Kind.FIELD, qualified(spec), state));
        }
        return pieces;
    }

    /** Creates the missing fields and relabels the out-of-date ones; returns what it changed, as it stood. */
    List<DeskPiece> setUp() {
        Map<String, OdooRecord> existing = existing();
        List<DeskPiece> changed = new ArrayList<>();
        long modelId = 0;
        try {
            for (FieldSpec spec : FIELDS) {
                OdooRecord field = existing.get(spec.name());
                if (field == null) {
                    modelId = modelId == 0 ? modelId() : modelId;
                    odoo.create(OdooClient.NO_COMPANY, "ir.model.fields", values(spec, modelId));
                    changed.add(new DeskPiece(DeskPiece.Kind.FIELD, qualified(spec), DeskPiece.State.MISSING));
                } else if (!spec.label().equals(field.text("field_description"))) {
                    odoo.write(OdooClient.NO_COMPANY, "ir.model.fields", "write",
                            List.of(List.of(field.id()), Map.of("field_description", spec.label())), Map.of());
                    changed.add(new DeskPiece(DeskPiece.Kind.FIELD, qualified(spec), DeskPiece.State.OUT_OF_DATE));
                }
            }
        } finally {
            probe.forget(KraviaCaseFields.MODEL);
        }
        return changed;
    }

    private Map<String, OdooRecord> existing() {
        List<String> names = FIELDS.stream().map(FieldSpec::name).toList();
        Map<String, OdooRecord> byName = new LinkedHashMap<>();
        for (OdooRecord field : odoo.searchRead(OdooClient.NO_COMPANY, "ir.model.fields",
                Domain.where("model", "=", KraviaCaseFields.MODEL).and("name", "in", names),
                List.of("name", "field_description"), null, 0)) {
            byName.put(field.text("name"), field);
        }
        return byName;
    }

    private long modelId() {
        List<OdooRecord> models = odoo.searchRead(OdooClient.NO_COMPANY, "ir.model",
                Domain.where("model", "=", KraviaCaseFields.MODEL), List.of("id"), null, 1);
        if (models.isEmpty()) {
            throw RemoteFailure.permanent(RemoteFailure.Side.ERP, "Odoo has no model " + KraviaCaseFields.MODEL
                    + " (is the Invoicing app installed?)");
        }
        return models.get(0).id();
    }

    private static Map<String, Object> values(FieldSpec spec, long modelId) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("model_id", modelId);
        values.put("name", spec.name());
        values.put("field_description", spec.label());
        values.put("ttype", spec.type());
        values.put("state", "manual");
        values.put("index", spec.indexed());
        return values;
    }

    private static String qualified(FieldSpec spec) {
        return KraviaCaseFields.MODEL + "." + spec.name();
    }
}
