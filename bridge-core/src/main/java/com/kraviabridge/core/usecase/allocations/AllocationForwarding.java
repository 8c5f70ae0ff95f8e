package com.kraviabridge.core.usecase.allocations;

import com.kraviabridge.core.domain.Allocation;
import com.kraviabridge.core.domain.AllocationScope;
import com.kraviabridge.core.domain.CasePart;
import com.kraviabridge.core.domain.CreditorMapping;
import com.kraviabridge.core.pipeline.FinishedWorkCursor;
import com.kraviabridge.core.pipeline.PagePipeline;
import com.kraviabridge.core.pipeline.PageStep;
import com.kraviabridge.core.pipeline.ParallelSender;
import com.kraviabridge.core.pipeline.Plan;
import com.kraviabridge.core.pipeline.ReadAhead;
import com.kraviabridge.core.policy.CapitalCap;
import com.kraviabridge.core.port.collector.CaseFeed;
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
import com.kraviabridge.core.write.CanonicalForm;
import com.kraviabridge.core.write.RemoteWrites;
import com.kraviabridge.core.write.Write;
import com.kraviabridge.core.write.WriteOutcome;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What direct payments and credits have in common: ERP allocations on forwarded invoices become one Kravia
 * request per ERP document ({@link AllocationGroup}), capped at the capital Kravia still collects (Kravia ignores
 * the rest anyway, and the excess is money the creditor must sort out with the debtor, so it is reported rather
 * than sent). Page by page from a cursor: find the new groups, handle each, book what they did, tell it on the
 * invoices and move the cursor over the finished ones. Payments or credits undone in the ERP after they went are looked for beside the sending.
 */
abstract class AllocationForwarding {

    /**
     * What sets the payments flow apart from the credits flow, besides how a group is handled: its report, its
     * cursor, the allocations it reads, and how it records what it sent or had refused.
     */
    record Kind(FlowReport.Flow flow, String cursorStream, AllocationScope scope, ParkedKind refusedAs,
                AllocationOutcome sentAs) {
    }

    private final Kind kind;

    protected final ParkedRecords parked;
    private final GroupOutcomes outcomes;
    private final RemoteWrites writes;
    private final CaseFeed feed;
    protected final Clock clock;
    private final InvoiceAllocations allocations;
    private final CaseBook cases;
    private final ForwardedAllocations handled;
    private final Cursors cursors;
    private final int pageSize;
    private final AllocationGroups groups;
    private final UndoneAllocations undone;
    private final PagePipeline pipeline;
    private final InvoiceMessages messages;

    AllocationForwarding(Kind kind, InvoiceAllocations allocations, CaseBook cases, ForwardedAllocations handled,
                         Cursors cursors, ParkedRecords parked, RemoteWrites writes, InvoiceMessages messages,
                         CaseFeed feed, Clock clock, int pageSize, ParallelSender sender) {
        this.kind = kind;
        this.allocations = allocations;
        this.cases = cases;
        this.handled = handled;
        this.cursors = cursors;
        this.parked = parked;
        this.outcomes = new GroupOutcomes(parked, clock, kind.refusedAs(), kind.sentAs());
        this.writes = writes;
        this.messages = messages;
        this.feed = feed;
        this.clock = clock;
        this.pageSize = pageSize;
        this.groups = new AllocationGroups(cases, handled);
        this.undone = new UndoneAllocations(allocations, handled, cursors, parked, clock, pageSize, kind.sentAs());
        this.pipeline = new PagePipeline(sender);
    }


    /** One run of the flow for one company. */
    record Run(CreditorMapping creditor, boolean dryRun, FlowReport report) {
    }

    /**
     * Decides about one group and sends what must be sent; what it did goes to the page's book-keeping. Returns
     * false when the group is unfinished and must be read again next run.
     */
    protected abstract boolean handleGroup(Run run, AllocationGroup group, AllocationBookkeeping page);

    public FlowReport run(CreditorMapping creditor, boolean dryRun) {
        long companyId = creditor.companyId();
        FlowReport report = new FlowReport(kind.flow(), companyId);
        FinishedWorkCursor cursor = new FinishedWorkCursor(
                cursors.read(companyId, kind.cursorStream()).map(Long::parseLong).orElse(0L),
                dryRun ? position -> { } : position -> cursors.write(companyId, kind.cursorStream(), Long.toString(position)));
        AllocationPages pages = new AllocationPages(allocations, companyId, kind.scope(), cursor.position(), pageSize);
        pipeline.run(ReadAhead.of("allocation-reader", pages), new Pages(new Run(creditor, dryRun, report), cursor),
                dryRun ? null : () -> undone.find(companyId, report));
        return report;
    }

    /** A group and whether it was finished. */
    private record Handled(AllocationGroup group, boolean finished) {
    }

    /** The pages of one run: groups on the same invoice go one after the other, each capped at what the last left. */
    private final class Pages implements PageStep<List<Allocation>, AllocationBookkeeping, AllocationGroup, Handled> {
        private final Run run;
        private final FinishedWorkCursor cursor;

        Pages(Run run, FinishedWorkCursor cursor) {
            this.run = run;
            this.cursor = cursor;
        }

        @Override
        public Plan<AllocationBookkeeping, AllocationGroup> plan(List<Allocation> page) {
            AllocationGroups.OfPage found = groups.of(run.creditor().companyId(), page, kind.scope());
            long upTo = page.get(page.size() - 1).id();
            return new Plan<>(new AllocationBookkeeping(upTo, found.cases(), clock), found.groups());
        }

        @Override
        public Set<Long> keysOf(AllocationGroup group) {
            return group.invoiceIds();
        }

        @Override
        public void resume(AllocationBookkeeping page, List<AllocationGroup> waited) {
            page.refresh(cases.byInvoices(run.creditor().companyId(),
                    waited.stream().flatMap(g -> g.invoiceIds().stream()).distinct().toList()));
        }

        @Override
        public Handled send(AllocationBookkeeping page, AllocationGroup group) {
            return new Handled(group, handleGroup(run, group, page));
        }

        @Override
        public void book(AllocationBookkeeping page, List<Handled> results) {
            page.store(run.creditor().companyId(), handled, cases);
            messages.post(page.notes());
            cursor.passed(page.upTo(), results.stream().filter(r -> !r.finished())
                    .map(r -> r.group().first().id()).min(Long::compare).orElse(null));
        }
    }

    /**
     * What one group becomes in Kravia: what it is called (in the report and the chatter), the reference Kravia keeps,
     * its key in the operations log, what is sent, and the call that sends it.
     */
    protected record Request(String what, String reference, RecordKey key, Object payload, Runnable call) {
    }

    /**
     * Caps the group at the capital Kravia still collects (the excess is reported), then sends what is left as one
     * request, or in a dry run says it would. False when the group is left unfinished.
     */
    protected boolean sendCapped(Run run, AllocationGroup group, AllocationBookkeeping page, String noun,
                                 Function<CapitalCap.Capped, Request> requestFor) {
        CapitalCap.Capped capped = CapitalCap.apply(group.allocations(), page.cases());
        outcomes.reportExcess(run, group, capped.excess(), noun);
        if (capped.sendsNothing()) {
            if (!run.dryRun()) {
                page.sent(group, capped.sentPerAllocation(), kind.sentAs(), null);
            }
            return true;
        }
        Request request = requestFor.apply(capped);
        if (run.dryRun()) {
            run.report().sent("would register " + request.what() + " on " + capped.parts().size() + " case(s)");
            return true;
        }
        Allocation first = group.first();
        WriteOutcome outcome = writes.perform(Write.of(request.key(), first.companyId(), first.counterpartName(),
                CanonicalForm.of(request.payload()),
                earlier -> lookUpOnCase(run.creditor(), capped.parts(), request.reference()),
                () -> {
                    request.call().run();
                    return request.reference();
                }));
        return outcomes.settle(outcome, group, page, capped.sentPerAllocation(), request.key().text(), run.report(),
                request.what());
    }

    /** Looks the effect of an earlier unanswered request up on the first case it touched. */
    protected Optional<String> lookUpOnCase(CreditorMapping creditor, List<CasePart> parts, String accountingPaymentId) {
        long caseId = parts.get(0).kraviaInvoiceId();
        return feed.details(creditor.creditorId(), caseId).holdsPayment(accountingPaymentId)
                ? Optional.of(accountingPaymentId) : Optional.empty();
    }
}
