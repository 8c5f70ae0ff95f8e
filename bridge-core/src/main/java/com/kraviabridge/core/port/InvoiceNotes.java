package com.kraviabridge.core.port;

/** ERP port: tells the users in the ERP what happened to an invoice, where they work. */
public interface InvoiceNotes {

    /** An internal note on the invoice. */
    void addNote(long companyId, long invoiceId, String text);

    /** Shows the Kravia case id and status on the invoice itself when the ERP has fields for it; else nothing. */
    void showCase(long companyId, long invoiceId, long kraviaInvoiceId, String status);
}
