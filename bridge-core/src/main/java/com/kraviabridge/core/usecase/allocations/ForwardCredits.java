package com.kraviabridge.core.usecase.allocations;

import com.kraviabridge.core.port.store.RecordKey;
import com.kraviabridge.core.usecase.report.FlowReport;
import com.kraviabridge.core.usecase.report.InvoiceMessages;
import com.kraviabridge.core.write.CanonicalForm;
import com.kraviabridge.core.write.RemoteWrites;
import com.kraviabridge.core.write.Write;
import com.kraviabridge.core.write.WriteOutcome;

import com.kraviabridge.core.domain.Allocation;
import com.kraviabridge.core.domain.AllocationScope;
import com.kraviabridge.core.domain.CasePart;
import com.kraviabridge.core.domain.Credit;
import com.kraviabridge.core.domain.CreditorMapping;
import com.kraviabridge.core.domain.Money;
import com.kraviabridge.core.pipeline.ParallelSender;
import com.kraviabridge.core.policy.CapitalCap;
import com.kraviabridge.core.port.collector.CaseFeed;
import com.kraviabridge.core.port.collector.CaseRegistry;
import com.kraviabridge.core.port.erp.InvoiceAllocations;
import com.kraviabridge.core.port.store.AllocationOutcome;
import com.kraviabridge.core.port.store.CaseBook;
import com.kraviabridge.core.port.store.Cursors;
import com.kraviabridge.core.port.store.ForwardedAllocations;
import com.kraviabridge.core.port.store.ParkedKind;
import com.kraviabridge.core.port.store.ParkedRecords;

import java.time.Clock;
import java.util.List;
import java.util.Map;

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
        CreditorMapping creditor = run.creditor();
        boolean dryRun = run.dryRun();
        FlowReport report = run.report();
        CapitalCap.Capped capped = CapitalCap.apply(group.allocations(), page.cases());
        List<CasePart> parts = capped.parts();
        Map<Long, Money> sentPerAllocation = capped.sentPerAllocation();
        outcomes.reportExcess(run, group, capped.excess(), "credit note");
        Allocation first = group.first();
        String name = first.counterpartName();
        if (capped.sendsNothing()) {
            if (!dryRun) {
                page.sent(group, sentPerAllocation, kind.sentAs(), null);
            }
            return true;
        }
        String reference = "odoo-credit-" + first.counterpartMoveId() + "-" + first.id();
        Credit credit = new Credit(reference, first.date(), capped.total(), parts, "Credit note " + name);
        if (dryRun) {
            report.sent("would register credit " + name + " of " + credit.total() + " on " + parts.size() + " case(s)");
            return true;
        }
        RecordKey key = RecordKey.credit(first.companyId(), first.counterpartMoveId(), first.id());
        WriteOutcome outcome = writes.perform(Write.of(key, first.companyId(), name, CanonicalForm.of(credit),
                earlier -> lookUpOnCase(creditor, parts, reference),
                () -> {
                    registry.registerCredit(creditor.creditorId(), credit);
                    return reference;
                }));
        return outcomes.settle(outcome, group, page, sentPerAllocation, key.text(), report,
                "credit note " + name + " of " + credit.total());
    }
}
