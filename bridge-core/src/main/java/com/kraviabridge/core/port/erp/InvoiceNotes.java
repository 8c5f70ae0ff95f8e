package com.kraviabridge.core.port.erp;

import com.kraviabridge.core.domain.CaseShown;
import com.kraviabridge.core.domain.InvoiceNote;

import java.util.List;

/** ERP port: tells the users in the ERP what happened to an invoice, where they work. */
public interface InvoiceNotes {

    /** An internal note on the invoice. */
    void addNote(long companyId, long invoiceId, String text);

    /**
     * Internal notes on several invoices of the company. Adapters that can write many in one call override this,
     * so that forwarding a page of invoices costs one call, not one per invoice.
     */
    default void addNotes(long companyId, List<InvoiceNote> notes) {
        notes.forEach(note -> addNote(companyId, note.invoiceId(), note.text()));
    }

    /** Shows the Kravia case id and status on the invoice itself when the ERP has fields for it; else nothing. */
    void showCase(long companyId, long invoiceId, long kraviaInvoiceId, String status);

    /**
     * Shows the cases on several invoices of the company. Adapters that can write many in one call override this,
     * so that a page of forwarded invoices or status changes costs one call, not one per invoice.
     */
    default void showCases(long companyId, List<CaseShown> cases) {
        cases.forEach(c -> showCase(companyId, c.invoiceId(), c.kraviaInvoiceId(), c.status()));
    }

    /**
     * Shows new statuses on invoices whose case is shown already. Adapters that can write one value to many
     * invoices in one call override this, so that a page of status changes costs one call per distinct status.
     */
    default void showStatuses(long companyId, List<CaseShown> cases) {
        showCases(companyId, cases);
    }
}
