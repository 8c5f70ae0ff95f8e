package com.kraviabridge.erp.odoo;

import com.kraviabridge.core.domain.CaseShown;
import com.kraviabridge.core.domain.InvoiceNote;
import com.kraviabridge.core.port.erp.InvoiceNotes;
import com.kraviabridge.core.port.RemoteFailure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Internal chatter notes on invoices, and the Kravia case shown in the invoice's own fields. */
final class OdooInvoiceNotes implements InvoiceNotes {

    private final OdooClient odoo;
    private final KraviaCaseFields caseFields;
    private volatile Long subtype;

    OdooInvoiceNotes(OdooClient odoo, KraviaCaseFields caseFields) {
        this.odoo = odoo;
        this.caseFields = caseFields;
    }

    @Override
    public void addNote(long companyId, long invoiceId, String text) {
        odoo.write(companyId, "account.move", "message_post", List.of(List.of(invoiceId)),
                odoo.dialect().internalNote(NoteBody.html(text)));
    }

    /**
     * Many notes in one call: {@code mail.message} records created as a list, each an internal note on its
     * invoice, which is what {@code message_post} stores for a note (without notifying followers, which a note
     * does not do either).
     */
    @Override
    public void addNotes(long companyId, List<InvoiceNote> notes) {
        if (notes.isEmpty()) {
            return;
        }
        if (notes.size() == 1) {
            addNote(companyId, notes.get(0).invoiceId(), notes.get(0).text());
            return;
        }
        long subtype = noteSubtype();
        List<Map<String, Object>> messages = new ArrayList<>();
        for (InvoiceNote note : notes) {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("model", "account.move");
            values.put("res_id", note.invoiceId());
            values.put("body", NoteBody.html(note.text()));
            values.put("message_type", "comment");
            values.put("subtype_id", subtype);
            messages.add(values);
        }
        odoo.write(companyId, "mail.message", "create", List.of(messages), Map.of());
    }

    /** The id of the "Note" subtype (xml id mail.mt_note), read once. */
    private long noteSubtype() {
        Long known = subtype;
        if (known == null) {
            List<OdooRecord> found = odoo.searchRead(OdooClient.NO_COMPANY, "mail.message.subtype",
                    Domain.where("name", "=", "Note").and("internal", "=", true), List.of("id"), "id", 1);
            if (found.isEmpty()) {
                throw RemoteFailure.permanent(RemoteFailure.Side.ERP, "Odoo has no internal 'Note' message subtype");
            }
            known = found.get(0).id();
            subtype = known;
        }
        return known;
    }

    @Override
    public void showCase(long companyId, long invoiceId, long kraviaInvoiceId, String status) {
        caseFields.show(companyId, invoiceId, kraviaInvoiceId, status);
    }

    @Override
    public void showCases(long companyId, List<CaseShown> cases) {
        if (!cases.isEmpty()) {
            caseFields.show(companyId, cases);
        }
    }

    @Override
    public void showStatuses(long companyId, List<CaseShown> cases) {
        if (!cases.isEmpty()) {
            caseFields.showStatuses(companyId, cases);
        }
    }
}
