package com.kraviabridge.core.usecase.allocations;

import com.kraviabridge.core.domain.Allocation;
import com.kraviabridge.core.domain.AllocationKind;
import com.kraviabridge.core.domain.AllocationScope;
import com.kraviabridge.core.domain.CollectionCase;
import com.kraviabridge.core.domain.DirectPayment;
import com.kraviabridge.core.pipeline.ParallelSender;
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
import com.kraviabridge.core.port.store.RecordKey;
import com.kraviabridge.core.usecase.report.FlowReport;
import com.kraviabridge.core.usecase.report.InvoiceMessages;
import com.kraviabridge.core.write.RemoteWrites;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Flow 2: what the debtor pays the creditor directly after the hand-over is registered in Kravia, so Kravia
 * only pursues what is really owed. Kravia's own payouts also reach the ERP as payments; they are recognised
 * (the bridge's own settlement entries, and what {@link PayoutRecognition} tells from the customers' payments) and
 * never sent back. Anything that cannot be classified with certainty is parked for a person.
 */
public final class ForwardDirectPayments extends AllocationForwarding {

    /** Everything but credit notes applied to forwarded invoices, read from their own cursor. */
    private static final Kind PAYMENTS = new Kind(FlowReport.Flow.PAYMENTS, "erp.allocations.payments",
            AllocationScope.ALL_BUT_CREDIT_NOTES, ParkedKind.PAYMENT, AllocationOutcome.PAYMENT);

    private final CaseRegistry registry;
    private final PayoutRecognition payouts;

    public ForwardDirectPayments(InvoiceAllocations allocations, CaseBook cases, ForwardedAllocations handled,
                                 Cursors cursors, ParkedRecords parked, RemoteWrites writes, InvoiceMessages messages,
                                 CaseRegistry registry, CaseFeed feed, PayoutRecognition payouts, Clock clock, int pageSize,
                                 ParallelSender sender) {
        super(PAYMENTS, allocations, cases, handled, cursors, parked, writes, messages, feed, clock, pageSize,
                sender);
        this.registry = registry;
        this.payouts = payouts;
    }

    @Override
    protected boolean handleGroup(Run run, AllocationGroup group, AllocationBookkeeping page) {
        boolean dryRun = run.dryRun();
        FlowReport report = run.report();
        List<Allocation> payments = new ArrayList<>();
        for (Allocation allocation : group.allocations()) {
            switch (allocation.kind()) {
                case BRIDGE_ENTRY, EXCHANGE_DIFFERENCE -> {
                    if (!dryRun) {
                        page.notSent(allocation, allocation.kind() == AllocationKind.BRIDGE_ENTRY
                                ? AllocationOutcome.BRIDGE_ENTRY : AllocationOutcome.EXCHANGE_DIFFERENCE);
                    }
                    report.unchanged();
                }
                case OTHER_ENTRY -> park(allocation, page, dryRun, report);
                default -> {
                    if (payouts.isCustomerPayment(run.creditor(), allocation, page.cases().get(allocation.invoiceId()),
                            dryRun, report, outcome -> page.notSent(allocation, outcome))) {
                        payments.add(allocation);
                    }
                }
            }
        }
        return payments.isEmpty() || send(run, new AllocationGroup(payments), page);
    }

    private void park(Allocation allocation, AllocationBookkeeping page, boolean dryRun, FlowReport report) {
        CollectionCase c = page.cases().get(allocation.invoiceId());
        String reason = "entry " + allocation.counterpartName() + " applied " + allocation.amount() + " to invoice "
                + (c == null ? "#" + allocation.invoiceId() : c.invoiceNumber())
                + " but is neither a customer payment nor a credit note; not sent to Kravia. If the debtor paid, register"
                + " it as a payment in Odoo, or tell Kravia in its portal";
        report.parked(reason);
        if (!dryRun) {
            page.notSent(allocation, AllocationOutcome.UNCLASSIFIED);
            parked.park(new ParkedRecord(RecordKey.allocation(allocation.companyId(), allocation.id()).text(),
                    allocation.companyId(), ParkedKind.PAYMENT, allocation.counterpartName(), reason, clock.instant(),
                    allocation.invoiceId()));
        }
    }

    private boolean send(Run run, AllocationGroup payments, AllocationBookkeeping page) {
        Allocation first = payments.first();
        return sendCapped(run, payments, page, "payment", capped -> {
            String reference = first.paymentId() != null
                    ? "odoo-payment-" + first.paymentId() + "-" + first.id()
                    : "odoo-reconcile-" + first.id();
            DirectPayment payment = new DirectPayment(reference, first.date(), capped.total(), capped.parts(),
                    "Paid directly to the creditor: " + first.counterpartName());
            return new Request("direct payment " + first.counterpartName() + " of " + payment.total(), reference,
                    RecordKey.payment(first.companyId(), first.id()), payment,
                    () -> registry.registerPayment(run.creditor().creditorId(), payment));
        });
    }
}
