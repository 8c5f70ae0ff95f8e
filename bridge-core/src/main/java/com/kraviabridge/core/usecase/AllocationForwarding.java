package com.kraviabridge.core.usecase;

import com.kraviabridge.core.domain.Allocation;
import com.kraviabridge.core.domain.AllocationScope;
import com.kraviabridge.core.domain.CasePart;
import com.kraviabridge.core.domain.CollectionCase;
import com.kraviabridge.core.domain.CreditorMapping;
import com.kraviabridge.core.domain.Money;
import com.kraviabridge.core.port.collector.CaseFeed;
import com.kraviabridge.core.port.erp.InvoiceAllocations;
import com.kraviabridge.core.port.store.AllocationOutcome;
import com.kraviabridge.core.port.store.CaseBook;
import com.kraviabridge.core.port.store.Cursors;
import com.kraviabridge.core.port.store.ForwardedAllocation;
import com.kraviabridge.core.port.store.ForwardedAllocations;
import com.kraviabridge.core.port.store.ParkedKind;
import com.kraviabridge.core.port.store.ParkedRecord;
import com.kraviabridge.core.port.store.ParkedRecords;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What direct payments and credits have in common: ERP allocations on forwarded invoices become one Kravia
 * request per ERP document, capped at the capital Kravia still collects (Kravia ignores the rest anyway, and
 * the excess is money the creditor must sort out with the debtor, so it is reported rather than sent).
 */
abstract class AllocationForwarding {

    protected final CaseBook cases;
    protected final ForwardedAllocations handled;
    protected final ParkedRecords parked;
    protected final RemoteWrites writes;
    protected final CaseFeed feed;
    protected final Clock clock;
    private final AllocationGroups groups;
    private final UndoneAllocations undone;
    private final AllocationBookkeeping bookkeeping = new AllocationBookkeeping();

    AllocationForwarding(InvoiceAllocations allocations, CaseBook cases, ForwardedAllocations handled,
                         Cursors cursors, ParkedRecords parked, RemoteWrites writes, CaseFeed feed, Clock clock,
                         int pageSize, ParallelSender sender) {
        this.cases = cases;
        this.handled = handled;
        this.parked = parked;
        this.writes = writes;
        this.feed = feed;
        this.clock = clock;
        this.groups = new AllocationGroups(allocations, cases, handled, cursors, pageSize, sender);
        this.undone = new UndoneAllocations(allocations, handled, cursors, parked, clock, pageSize, outcomeSent());
    }

    protected abstract FlowReport.Flow flow();

    protected abstract String cursorStream();

    /** The allocations this flow reads and handles. */
    protected abstract AllocationScope scope();

    /**
     * Decides about one group and sends what must be sent. Returns false when the group is unfinished.
     */
    protected abstract boolean handleGroup(CreditorMapping creditor, List<Allocation> group,
                                           Map<Long, CollectionCase> casesByInvoice, boolean dryRun, FlowReport report);

    public FlowReport run(CreditorMapping creditor, boolean dryRun) {
        FlowReport report = new FlowReport(flow(), creditor.companyId());
        // Left from a run that failed: safe to drop, that run's cursor stayed before those groups.
        bookkeeping.discard();
        // The look for undone allocations only reads, and it neither changes nor needs what this run sends: it
        // runs beside the sending. It starts once the new allocations are read, since those reads are what the
        // sending waits for, and an ERP that answers one request at a time would put them behind its scans.
        UndoneLook undoneLook = new UndoneLook(creditor.companyId(), dryRun, report);
        try {
            groups.forEachNewGroup(creditor.companyId(), cursorStream(), dryRun, scope(),
                    (group, byInvoice) -> handleGroup(creditor, group, byInvoice, dryRun, report),
                    new AllocationGroups.PageListener() {
                        @Override
                        public void readsDone() {
                            undoneLook.start();
                        }

                        @Override
                        public void pageHandled() {
                            bookkeeping.store(creditor.companyId(), handled, cases, clock.instant());
                        }
                    });
        } catch (RuntimeException | Error failure) {
            undoneLook.running.awaitAfter(failure);
            throw failure;
        }
        undoneLook.start();
        undoneLook.running.await();
        return report;
    }

    /** The look for undone allocations of one run, started once. */
    private final class UndoneLook {
        private final long companyId;
        private final boolean dryRun;
        private final FlowReport report;
        private Background<Void> running = Background.none();
        private boolean started;

        UndoneLook(long companyId, boolean dryRun, FlowReport report) {
            this.companyId = companyId;
            this.dryRun = dryRun;
            this.report = report;
        }

        void start() {
            if (started || dryRun) {
                return;
            }
            started = true;
            running = Background.start(flow().name().toLowerCase(java.util.Locale.ROOT) + "-undone-look",
                    () -> undone.find(companyId, report));
        }
    }

    /**
     * Records the group as handled and lowers the cases' capital by what Kravia now knows; the lowered cases go
     * into {@code casesByInvoice} too, for the groups handled after this one. Both are stored with the page.
     */
    protected void recordSent(List<Allocation> group, Map<Long, CollectionCase> casesByInvoice,
                              Map<Long, Money> sentPerAllocation, AllocationOutcome kind, String operationKey) {
        Map<Long, Money> reduction = new LinkedHashMap<>();
        for (Allocation allocation : group) {
            CollectionCase c = casesByInvoice.get(allocation.invoiceId());
            Money sent = sentPerAllocation.getOrDefault(allocation.id(), Money.zero(allocation.amount().currency()));
            bookkeeping.handled(new ForwardedAllocation(allocation.id(), allocation.companyId(), allocation.invoiceId(),
                    c.kraviaInvoiceId(), kind, sent.amount(), sent.currency(), operationKey, false, clock.instant()));
            if (sent.isPositive()) {
                reduction.merge(allocation.invoiceId(), sent, Money::plus);
            }
        }
        reduction.forEach((invoiceId, amount) -> {
            CollectionCase c = casesByInvoice.get(invoiceId);
            Money capital = c.remainingCapital();
            if (capital != null && capital.currency().equals(amount.currency())) {
                casesByInvoice.put(invoiceId, c.withRemainingCapital(capital.minus(amount).max(Money.zero(capital.currency()))));
                bookkeeping.lowered(invoiceId, amount);
            }
        });
    }

    protected void recordNotSent(Allocation allocation, CollectionCase c, AllocationOutcome kind) {
        bookkeeping.handled(new ForwardedAllocation(allocation.id(), allocation.companyId(), allocation.invoiceId(),
                c == null ? 0 : c.kraviaInvoiceId(), kind, BigDecimal.ZERO, allocation.amount().currency(), null, false,
                clock.instant()));
    }

    protected void reportExcess(List<Allocation> group, Map<Long, Money> excess, FlowReport report, boolean dryRun,
                                String what) {
        for (Allocation allocation : group) {
            Money over = excess.get(allocation.id());
            if (over == null) {
                continue;
            }
            String reason = what + " " + allocation.counterpartName() + " applied " + allocation.amount() + " to invoice #"
                    + allocation.invoiceId() + ", " + over + " more than the capital Kravia still collects; only the capital"
                    + " was sent, settle the difference with the debtor";
            report.parked(reason);
            if (!dryRun) {
                parked.park(new ParkedRecord("excess:" + allocation.companyId() + ":" + allocation.id(),
                        allocation.companyId(), ParkedKind.EXCESS, allocation.counterpartName(), reason,
                                clock.instant(), allocation.invoiceId()));
            }
        }
    }

    /** Looks the effect of an earlier unanswered request up on the first case it touched. */
    protected Optional<String> lookUpOnCase(CreditorMapping creditor, List<CasePart> parts, String accountingPaymentId) {
        long caseId = parts.get(0).kraviaInvoiceId();
        return feed.details(creditor.creditorId(), caseId).holdsPayment(accountingPaymentId)
                ? Optional.of(accountingPaymentId) : Optional.empty();
    }

    protected boolean settle(WriteOutcome outcome, List<Allocation> group, Map<Long, CollectionCase> casesByInvoice,
                           Map<Long, Money> sentPerAllocation, String key, FlowReport report, String what) {
        switch (outcome.status()) {
            case DONE, FOUND_DONE -> {
                recordSent(group, casesByInvoice, sentPerAllocation, outcomeSent(), key);
                report.sent("registered " + what);
                return true;
            }
            case ALREADY_DONE -> {
                // Another run sent it and has not recorded it yet: only the book-keeping is left, nothing was sent.
                recordSent(group, casesByInvoice, sentPerAllocation, outcomeSent(), key);
                report.unchanged();
                return true;
            }
            case IN_PROGRESS_ELSEWHERE -> {
                // Left unfinished, so that the cursor stays before it until that process has recorded it.
                report.inProgressElsewhere(what + ": " + outcome.error());
                return false;
            }
            case REFUSED, STILL_REFUSED -> {
                Allocation first = group.get(0);
                String reason = "Kravia refused " + what + ": " + outcome.error();
                for (Allocation allocation : group) {
                    recordNotSent(allocation, casesByInvoice.get(allocation.invoiceId()), AllocationOutcome.REFUSED);
                }
                parked.park(new ParkedRecord(key, first.companyId(), parkedKind(), first.counterpartName(), reason,
                        clock.instant(), first.invoiceId()));
                report.parked(reason);
                return true;
            }
            case UNKNOWN -> {
                report.unknown(what + ": no answer from Kravia (" + outcome.error() + "); looked up before any retry");
                return false;
            }
            default -> {
                report.failed(what + ": " + outcome.error() + " (retried later)");
                return false;
            }
        }
    }

    /** The kind a refused request of this flow is parked as. */
    protected abstract ParkedKind parkedKind();

    /** The outcome recorded for allocations this flow sent to Kravia. */
    protected abstract AllocationOutcome outcomeSent();
}
