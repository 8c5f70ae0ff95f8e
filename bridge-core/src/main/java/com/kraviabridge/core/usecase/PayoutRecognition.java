package com.kraviabridge.core.usecase;

import com.kraviabridge.core.domain.Allocation;
import com.kraviabridge.core.domain.CollectionCase;
import com.kraviabridge.core.domain.CreditorMapping;
import com.kraviabridge.core.domain.Money;
import com.kraviabridge.core.policy.KraviaRecord;
import com.kraviabridge.core.policy.PayoutClassifiers;
import com.kraviabridge.core.policy.PayoutDecision;
import com.kraviabridge.core.port.collector.CaseFeed;
import com.kraviabridge.core.port.erp.InvoiceAllocations;
import com.kraviabridge.core.port.store.AllocationOutcome;
import com.kraviabridge.core.port.store.ForwardedAllocation;
import com.kraviabridge.core.port.store.ForwardedAllocations;
import com.kraviabridge.core.port.store.ParkedKind;
import com.kraviabridge.core.port.store.ParkedRecord;
import com.kraviabridge.core.port.store.ParkedRecords;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
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
    private final PaidOut paidOut;
    private final Clock clock;

    public PayoutRecognition(PayoutClassifiers classifiers, CaseFeed feed, InvoiceMessages messages, ParkedRecords parked,
                             ForwardedAllocations handled, InvoiceAllocations allocations, Clock clock) {
        this.classifiers = classifiers;
        this.feed = feed;
        this.messages = messages;
        this.parked = parked;
        this.paidOut = new PaidOut(handled, allocations);
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
                    paidOut.recognised(payment);
                }
                return false;
            }
            case UNDECIDED -> {
                String reason = what + " may be Kravia's payout: " + decision.reason() + ". Not sent to Kravia. If it"
                        + " is the customer's own payment, register it with Kravia in its portal; then dismiss this";
                report.parked(reason);
                if (!dryRun) {
                    notSent.accept(AllocationOutcome.UNCLASSIFIED);
                    parked.park(new ParkedRecord("allocation:" + payment.companyId() + ":" + payment.id(),
                            payment.companyId(), ParkedKind.PAYMENT, payment.counterpartName(), reason, clock.instant()));
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
        return new KraviaRecord(feed.details(creditor.creditorId(), c.kraviaInvoiceId()), paidOut.before(payment));
    }

    /**
     * The payments on an invoice already taken for Kravia's payouts: those of this process, which the store may not
     * hold yet (it is written a page at a time), and those the store holds, whose amounts the ERP still shows.
     */
    private static final class PaidOut {
        private final ForwardedAllocations handled;
        private final InvoiceAllocations allocations;
        private final Map<String, Allocation> recognised = new ConcurrentHashMap<>();

        PaidOut(ForwardedAllocations handled, InvoiceAllocations allocations) {
            this.handled = handled;
            this.allocations = allocations;
        }

        void recognised(Allocation payment) {
            recognised.put(payment.companyId() + ":" + payment.id(), payment);
        }

        /** What was taken for payouts on the payment's invoice before it; null when nothing was. */
        Money before(Allocation payment) {
            List<ForwardedAllocation> stored = handled.ofInvoices(payment.companyId(), List.of(payment.invoiceId()));
            Set<Long> storedIds = stored.stream().map(ForwardedAllocation::allocationId).collect(Collectors.toSet());
            Map<Long, Allocation> earlier = new HashMap<>();
            for (Allocation a : List.copyOf(recognised.values())) {
                if (sameInvoice(a, payment)) {
                    if (storedIds.contains(a.id())) {
                        // the store holds it now: what it says (and the ERP, should it be undone) is what counts
                        recognised.remove(a.companyId() + ":" + a.id());
                    } else {
                        earlier.put(a.id(), a);
                    }
                }
            }
            Set<Long> storedPayouts = stored.stream().filter(f -> f.outcome() == AllocationOutcome.KRAVIA_PAYOUT)
                    .map(ForwardedAllocation::allocationId).collect(Collectors.toSet());
            if (!storedPayouts.isEmpty()) {
                allocations.allocationsOf(payment.companyId(), List.of(payment.invoiceId())).stream()
                        .filter(a -> storedPayouts.contains(a.id())).forEach(a -> earlier.put(a.id(), a));
            }
            earlier.remove(payment.id());
            return earlier.values().stream().map(Allocation::amount)
                    .filter(a -> a.currency().equals(payment.amount().currency())).reduce(Money::plus).orElse(null);
        }

        private static boolean sameInvoice(Allocation a, Allocation b) {
            return a.companyId() == b.companyId() && a.invoiceId() == b.invoiceId();
        }
    }
}
