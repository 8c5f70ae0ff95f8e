package com.kraviabridge.core.port.erp;

import java.util.Collection;

/**
 * ERP port: where an accountant sees which invoices wait for their approval before they go to collection, and
 * approves them. The invoices' marks themselves ({@code held}, {@code approved}) come with {@link OpenInvoices}.
 */
public interface InvoiceApprovals {

    /** The Kravia status an invoice shows while it waits for approval. */
    String WAITING_STATUS = "Waiting for approval";

    /** Whether the ERP has the mark an accountant approves an invoice with; without it none can be approved. */
    boolean approvable();

    /** Shows on the invoices that they wait for approval: one write for all of them where the ERP can. */
    void showWaiting(long companyId, Collection<Long> invoiceIds);

    /** Takes that status off invoices that no longer wait (held, no longer eligible, paid). */
    void clearWaiting(long companyId, Collection<Long> invoiceIds);

    /** For an ERP without a desk: nothing can be approved and nothing is shown. */
    InvoiceApprovals NONE = new InvoiceApprovals() {
        @Override
        public boolean approvable() {
            return false;
        }

        @Override
        public void showWaiting(long companyId, Collection<Long> invoiceIds) {
        }

        @Override
        public void clearWaiting(long companyId, Collection<Long> invoiceIds) {
        }
    };
}
