package com.kraviabridge.core.usecase.allocations;

import com.kraviabridge.core.domain.Allocation;
import com.kraviabridge.core.domain.AllocationScope;
import com.kraviabridge.core.domain.Credit;
import com.kraviabridge.core.pipeline.ParallelSender;
import com.kraviabridge.core.port.collector.CaseFeed;
import com.kraviabridge.core.port.collector.CaseRegistry;
import com.kraviabridge.core.port.erp.InvoiceAllocations;
import com.kraviabridge.core.port.store.AllocationOutcome;
import com.kraviabridge.core.port.store.CaseBook;
import com.kraviabridge.core.port.store.Cursors;
import com.kraviabridge.core.port.store.ForwardedAllocations;
import com.kraviabridge.core.port.store.ParkedKind;
import com.kraviabridge.core.port.store.ParkedRecords;
import com.kraviabridge.core.port.store.RecordKey;
import com.kraviabridge.core.usecase.report.FlowReport;
import com.kraviabridge.core.usecase.report.InvoiceMessages;
import com.kraviabridge.core.write.RemoteWrites;

import java.time.Clock;

/**
 * Flow 3: a credit note reconciled with a forwarded invoice tells Kravia the claim is (partly) void. One credit
 * note is one request with a part per case; a credit of the whole remaining capital lets Kravia close the case,
 * which the status flow then reports.
 */
public final class ForwardCredits extends AllocationForwarding {

    /** Credit notes applied to forwarded invoices, read from their own cursor. */
    private static final Kind CREDITS = new Kind(FlowReport.Flow.CREDITS, "erp.allocations.credits",
            AllocationScope.CREDIT_NOTES, ParkedKind.CREDIT, AllocationOutcome.CREDIT);

    private final CaseRegistry registry;

    public ForwardCredits(InvoiceAllocations allocations, CaseBook cases, ForwardedAllocations handled, Cursors cursors,
                          ParkedRecords parked, RemoteWrites writes, InvoiceMessages messages, CaseRegistry registry,
                          CaseFeed feed, Clock clock, int pageSize, ParallelSender sender) {
        super(CREDITS, allocations, cases, handled, cursors, parked, writes, messages, feed, clock, pageSize,
                sender);
        this.registry = registry;
    }

    @Override
    protected boolean handleGroup(Run run, AllocationGroup group, AllocationBookkeeping page) {
        Allocation first = group.first();
        return sendCapped(run, group, page, "credit note", capped -> {
            String reference = "odoo-credit-" + first.counterpartMoveId() + "-" + first.id();
            Credit credit = new Credit(reference, first.date(), capped.total(), capped.parts(),
                    "Credit note " + first.counterpartName());
            return new Request("credit note " + first.counterpartName() + " of " + credit.total(), reference,
                    RecordKey.credit(first.companyId(), first.counterpartMoveId(), first.id()), credit,
                    () -> registry.registerCredit(run.creditor().creditorId(), credit));
        });
    }
}
