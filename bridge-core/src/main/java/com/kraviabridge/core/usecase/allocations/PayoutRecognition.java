package com.kraviabridge.core.usecase.allocations;

import com.kraviabridge.core.port.store.RecordKey;
import com.kraviabridge.core.usecase.report.FlowReport;
import com.kraviabridge.core.usecase.report.InvoiceMessages;

import com.kraviabridge.core.domain.Allocation;
import com.kraviabridge.core.domain.CollectionCase;
import com.kraviabridge.core.domain.CreditorMapping;
import com.kraviabridge.core.policy.KraviaRecord;
import com.kraviabridge.core.policy.PayoutClassifiers;
import com.kraviabridge.core.policy.PayoutDecision;
import com.kraviabridge.core.port.collector.CaseFeed;
import com.kraviabridge.core.port.erp.InvoiceAllocations;
import com.kraviabridge.core.port.store.AllocationOutcome;
import com.kraviabridge.core.port.store.ForwardedAllocations;
import com.kraviabridge.core.port.store.ParkedKind;
import com.kraviabridge.core.port.store.ParkedRecord;
import com.kraviabridge.core.port.store.ParkedRecords;

import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

/**
 * Keeps Kravia's own payouts out of the direct payments: each payment on a forwarded invoice is classified; a
 * payout is noted on the invoice and never sent, one the signals do not settle is kept for a person.
 */
public final class PayoutRecognition {

    private final PayoutClassifiers classifiers;
    private final CaseFeed feed;
    private final InvoiceMessages messages;
    private final ParkedRecords parked;
    private final RecognisedPayouts recognisedPayouts;
    private final Clock clock;

    public PayoutRecognition(PayoutClassifiers classifiers, CaseFeed feed, InvoiceMessages messages, ParkedRecords parked,
                             ForwardedAllocations handled, InvoiceAllocations allocations, Clock clock) {
        this.classifiers = classifiers;
        this.feed = feed;
        this.messages = messages;
        this.parked = parked;
        this.recognisedPayouts = new RecognisedPayouts(handled, allocations);
        this.clock = clock;
    }

    /**
     * True when the payment is the customer's own, to be forwarded. Otherwise it is dealt with here (noted on the
     * invoice, or parked) and, unless in a dry run, {@code notSent} is told the outcome to record.
     */
    boolean isCustomerPayment(CreditorMapping creditor, Allocation payment, CollectionCase c, boolean dryRun,
                              FlowReport report, Consumer<AllocationOutcome> notSent) {
        PayoutDecision decision = classifiers.forCompany(creditor.companyId())
                .classify(payment, () -> kraviasRecord(creditor, payment, c));
        String invoice = c == null ? "#" + payment.invoiceId() : c.invoiceNumber();
        String what = "payment " + payment.counterpartName() + " of " + payment.amount() + " on invoice " + invoice;
        switch (decision.kind()) {
            case PAYOUT -> {
                report.note("recognised Kravia payout: " + what + ", as " + decision.reason()
                        + "; not sent back to Kravia");
                report.unchanged();
                if (!dryRun) {
                    if (c != null) {
                        // Keyed by the allocation, so a run that stops before recording it does not note it twice.
                        messages.post(List.of(InvoiceMessages.text(c, "kravia-payout:" + payment.id(),
                                payment.counterpartName() + " of " + payment.amount() + " was paid out by Kravia ("
                                        + decision.reason() + "); it is not reported to Kravia as a direct payment.")));
                    }
                    notSent.accept(AllocationOutcome.KRAVIA_PAYOUT);
                    recognisedPayouts.recognised(payment);
                }
                return false;
            }
            case UNDECIDED -> {
                String reason = what + " may be Kravia's payout: " + decision.reason() + ". Not sent to Kravia. If it"
                        + " is the customer's own payment, register it with Kravia in its portal; then dismiss this";
                report.parked(reason);
                if (!dryRun) {
                    notSent.accept(AllocationOutcome.UNCLASSIFIED);
                    parked.park(new ParkedRecord(RecordKey.allocation(payment.companyId(), payment.id()).text(),
                            payment.companyId(), ParkedKind.PAYMENT, payment.counterpartName(), reason, clock.instant(),
                            payment.invoiceId()));
                }
                return false;
            }
            default -> {
                return true;
            }
        }
    }

    private KraviaRecord kraviasRecord(CreditorMapping creditor, Allocation payment, CollectionCase c) {
        if (c == null || c.kraviaInvoiceId() == 0) {
            return null;
        }
        return new KraviaRecord(feed.details(creditor.creditorId(), c.kraviaInvoiceId()), recognisedPayouts.before(payment));
    }
}
