package com.kraviabridge.core.usecase;

import com.kraviabridge.core.domain.Allocation;
import com.kraviabridge.core.domain.AllocationKind;
import com.kraviabridge.core.domain.AllocationScope;
import com.kraviabridge.core.domain.CasePart;
import com.kraviabridge.core.domain.CollectionCase;
import com.kraviabridge.core.domain.CreditorMapping;
import com.kraviabridge.core.domain.DirectPayment;
import com.kraviabridge.core.domain.Money;
import com.kraviabridge.core.policy.CapitalCap;
import com.kraviabridge.core.policy.KraviaPayouts;
import com.kraviabridge.core.port.collector.CaseFeed;
import com.kraviabridge.core.port.collector.CaseRegistry;
import com.kraviabridge.core.port.erp.InvoiceAllocations;
import com.kraviabridge.core.port.store.AllocationOutcome;
import com.kraviabridge.core.port.store.CaseBook;
import com.kraviabridge.core.port.store.Cursors;
import com.kraviabridge.core.port.store.ForwardedAllocations;
import com.kraviabridge.core.port.store.ParkedKind;
import com.kraviabridge.core.port.store.ParkedRecord;
import com.kraviabridge.core.port.store.ParkedRecords;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Flow 2: what the debtor pays the creditor directly after the hand-over is registered in Kravia, so Kravia
 * only pursues what is really owed. Kravia's own payouts also reach the ERP as payments; they are recognised
 * (the bridge's own settlement entries, and payments from Kravia's partner or into its payout journals) and
 * never sent back. Anything that cannot be classified with certainty is parked for a person.
 */
public final class ForwardDirectPayments extends AllocationForwarding {

    private final CaseRegistry registry;
    private final KraviaPayouts payouts;

    public ForwardDirectPayments(InvoiceAllocations allocations, CaseBook cases, ForwardedAllocations handled,
                                 Cursors cursors, ParkedRecords parked, RemoteWrites writes, CaseRegistry registry,
                                 CaseFeed feed, KraviaPayouts payouts, Clock clock, int pageSize, ParallelSender sender) {
        super(allocations, cases, handled, cursors, parked, writes, feed, clock, pageSize, sender);
        this.registry = registry;
        this.payouts = payouts;
    }

    @Override
    protected FlowReport.Flow flow() {
        return FlowReport.Flow.PAYMENTS;
    }

    @Override
    protected String cursorStream() {
        return "erp.allocations.payments";
    }

    @Override
    protected ParkedKind parkedKind() {
        return ParkedKind.PAYMENT;
    }

    @Override
    protected AllocationOutcome outcomeSent() {
        return AllocationOutcome.PAYMENT;
    }

    @Override
    protected AllocationScope scope() {
        return AllocationScope.ALL_BUT_CREDIT_NOTES;
    }

    @Override
    protected boolean handleGroup(CreditorMapping creditor, List<Allocation> group,
                                  Map<Long, CollectionCase> casesByInvoice, boolean dryRun, FlowReport report) {
        List<Allocation> payments = new ArrayList<>();
        for (Allocation allocation : group) {
            CollectionCase c = casesByInvoice.get(allocation.invoiceId());
            switch (allocation.kind()) {
                case BRIDGE_ENTRY, EXCHANGE_DIFFERENCE -> {
                    if (!dryRun) {
                        recordNotSent(allocation, c, allocation.kind() == AllocationKind.BRIDGE_ENTRY
                                ? AllocationOutcome.BRIDGE_ENTRY : AllocationOutcome.EXCHANGE_DIFFERENCE);
                    }
                    report.unchanged();
                }
                case OTHER_ENTRY -> park(allocation, c, dryRun, report);
                default -> {
                    if (payouts.isKraviaPayout(allocation)) {
                        if (!dryRun) {
                            recordNotSent(allocation, c, AllocationOutcome.KRAVIA_PAYOUT);
                        }
                        report.note("recognised Kravia payout " + allocation.counterpartName() + " on invoice #"
                                + allocation.invoiceId() + ": not sent back to Kravia");
                        report.unchanged();
                    } else {
                        payments.add(allocation);
                    }
                }
            }
        }
        return payments.isEmpty() || send(creditor, payments, casesByInvoice, dryRun, report);
    }

    private void park(Allocation allocation, CollectionCase c, boolean dryRun, FlowReport report) {
        String reason = "entry " + allocation.counterpartName() + " applied " + allocation.amount() + " to invoice "
                + (c == null ? "#" + allocation.invoiceId() : c.invoiceNumber())
                + " but is neither a customer payment nor a credit note; not sent to Kravia. If the debtor paid, register"
                + " it as a payment in Odoo, or tell Kravia in its portal";
        report.parked(reason);
        if (!dryRun) {
            recordNotSent(allocation, c, AllocationOutcome.UNCLASSIFIED);
            parked.park(new ParkedRecord("allocation:" + allocation.companyId() + ":" + allocation.id(),
                    allocation.companyId(), ParkedKind.PAYMENT, allocation.counterpartName(), reason, clock.instant(),
                    allocation.invoiceId()));
        }
    }

    private boolean send(CreditorMapping creditor, List<Allocation> payments, Map<Long, CollectionCase> casesByInvoice,
                         boolean dryRun, FlowReport report) {
        CapitalCap.Capped capped = CapitalCap.apply(payments, casesByInvoice);
        List<CasePart> parts = capped.parts();
        Map<Long, Money> sentPerAllocation = capped.sentPerAllocation();
        reportExcess(payments, capped.excess(), report, dryRun, "payment");
        Allocation first = payments.get(0);
        String name = first.counterpartName();
        if (capped.sendsNothing()) {
            if (!dryRun) {
                recordSent(payments, casesByInvoice, sentPerAllocation, outcomeSent(), null);
            }
            return true;
        }
        String reference = first.paymentId() != null
                ? "odoo-payment-" + first.paymentId() + "-" + first.id()
                : "odoo-reconcile-" + first.id();
        DirectPayment payment = new DirectPayment(reference, first.date(), capped.total(), parts,
                "Paid directly to the creditor: " + name);
        if (dryRun) {
            report.sent("would register direct payment " + name + " of " + payment.total() + " on " + parts.size() + " case(s)");
            return true;
        }
        String key = "payment:" + first.companyId() + ":" + first.id();
        WriteOutcome outcome = writes.perform(key, "payment", first.companyId(), name, CanonicalForm.of(payment),
                earlier -> lookUpOnCase(creditor, parts, reference),
                () -> {
                    registry.registerPayment(creditor.creditorId(), payment);
                    return reference;
                });
        return settle(outcome, payments, casesByInvoice, sentPerAllocation, key, report,
                "direct payment " + name + " of " + payment.total());
    }
}
