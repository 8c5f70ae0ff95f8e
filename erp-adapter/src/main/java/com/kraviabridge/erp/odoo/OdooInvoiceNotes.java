package com.kraviabridge.erp.odoo;

import com.kraviabridge.core.port.InvoiceNotes;

import java.util.List;

/** Internal chatter notes on invoices, and the Kravia case shown in the invoice's own fields. */
final class OdooInvoiceNotes implements InvoiceNotes {

    private final OdooClient odoo;
    private final KraviaCaseFields caseFields;

    OdooInvoiceNotes(OdooClient odoo, KraviaCaseFields caseFields) {
        this.odoo = odoo;
        this.caseFields = caseFields;
    }

    @Override
    public void addNote(long companyId, long invoiceId, String text) {
        odoo.write(companyId, "account.move", "message_post", List.of(List.of(invoiceId)),
                odoo.dialect().internalNote(NoteBody.html(text)));
    }

    @Override
    public void showCase(long companyId, long invoiceId, long kraviaInvoiceId, String status) {
        caseFields.show(companyId, invoiceId, kraviaInvoiceId, status);
    }
}
