package com.kraviabridge.core.usecase.invoices;

import com.kraviabridge.core.domain.Invoice;
import com.kraviabridge.core.policy.Verdict;
import com.kraviabridge.core.usecase.report.FlowReport;

/** What a forwarding run does with an overdue invoice not forwarded yet. */
sealed interface InvoiceDecision permits InvoiceDecision.Forward, InvoiceDecision.Reject, InvoiceDecision.KeepOut {

    Invoice invoice();

    /** Whether the invoice goes now; a reason to stay when it does not. */
    static InvoiceDecision of(Invoice invoice, Verdict verdict) {
        if (verdict.isAllowed()) {
            return new Forward(invoice);
        }
        return verdict.isKeptOut() ? new KeepOut(invoice, verdict) : new Reject(invoice, verdict);
    }

    /** Says in the run's report what the decision was, once the invoice's page is done. */
    void reportTo(FlowReport report);

    /** Goes to Kravia now. */
    record Forward(Invoice invoice) implements InvoiceDecision {
        @Override
        public void reportTo(FlowReport report) {
            report.sent("would forward " + describe(invoice));
        }
    }

    /** Stays, parked with the reason, until it is fixed or no longer overdue. */
    record Reject(Invoice invoice, Verdict verdict) implements InvoiceDecision {
        @Override
        public void reportTo(FlowReport report) {
            report.rejected("not forwarded: " + verdict.reasonText());
        }
    }

    /**
     * Stays because a person chose so (held in Odoo, a customer tag that keeps it out): not a problem to fix, so
     * it is neither parked nor counted as needing attention; lifting the choice lets it go on the next run.
     */
    record KeepOut(Invoice invoice, Verdict verdict) implements InvoiceDecision {
        @Override
        public void reportTo(FlowReport report) {
            report.keptOut("kept out: " + verdict.reasonText());
        }
    }

    static String describe(Invoice invoice) {
        return "invoice " + invoice.number() + " (" + invoice.residual() + ", due " + invoice.dueDate() + ", customer '"
                + invoice.debtor().name() + "', debtor number " + invoice.debtor().customerNumber() + ")";
    }
}
