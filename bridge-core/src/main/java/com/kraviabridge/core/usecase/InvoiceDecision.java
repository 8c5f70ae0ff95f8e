package com.kraviabridge.core.usecase;

import com.kraviabridge.core.domain.Invoice;
import com.kraviabridge.core.policy.Verdict;

/** What a forwarding run does with an overdue invoice not forwarded yet. */
sealed interface InvoiceDecision permits InvoiceDecision.Forward, InvoiceDecision.Reject {

    Invoice invoice();

    /** Goes to Kravia now. */
    record Forward(Invoice invoice) implements InvoiceDecision {
    }

    /** Stays, parked with the reason, until it is fixed or no longer overdue. */
    record Reject(Invoice invoice, Verdict verdict) implements InvoiceDecision {
    }
}
