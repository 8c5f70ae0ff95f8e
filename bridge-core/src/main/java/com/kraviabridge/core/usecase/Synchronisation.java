package com.kraviabridge.core.usecase;

import com.kraviabridge.core.domain.CreditorMapping;
import com.kraviabridge.core.port.RemoteFailure;
import com.kraviabridge.core.port.store.StoreUnavailable;
import com.kraviabridge.core.usecase.allocations.ForwardCredits;
import com.kraviabridge.core.usecase.allocations.ForwardDirectPayments;
import com.kraviabridge.core.usecase.invoices.ForwardOverdueInvoices;
import com.kraviabridge.core.usecase.report.FlowReport;
import com.kraviabridge.core.usecase.settlements.PostSettlements;
import com.kraviabridge.core.usecase.status.RefreshCaseStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One pass of the chosen flows over every mapped company, in the order that keeps the books consistent:
 * new cases first, then what happened to them in the ERP, then what Kravia did, then Kravia's payouts.
 * One company's or flow's failure is reported and does not stop the others; only the loss of the bridge's own
 * database stops the run, since nothing after it could be recorded.
 */
public final class Synchronisation {

    private static final Logger LOG = LoggerFactory.getLogger(Synchronisation.class);

    private final List<CreditorMapping> creditors;
    private final ForwardOverdueInvoices invoices;
    private final ForwardDirectPayments payments;
    private final ForwardCredits credits;
    private final RefreshCaseStatus status;
    private final PostSettlements settlements;
    private final ReviewActivities review;

    public Synchronisation(List<CreditorMapping> creditors, ForwardOverdueInvoices invoices,
                           ForwardDirectPayments payments, ForwardCredits credits, RefreshCaseStatus status,
                           PostSettlements settlements) {
        this(creditors, invoices, payments, credits, status, settlements, null);
    }

    /** With {@code review}, each company's records kept for review get their to-dos in the ERP after its flows. */
    public Synchronisation(List<CreditorMapping> creditors, ForwardOverdueInvoices invoices,
                           ForwardDirectPayments payments, ForwardCredits credits, RefreshCaseStatus status,
                           PostSettlements settlements, ReviewActivities review) {
        this.review = review;
        this.creditors = List.copyOf(creditors);
        this.invoices = invoices;
        this.payments = payments;
        this.credits = credits;
        this.status = status;
        this.settlements = settlements;
    }

    public List<FlowReport> run(Set<FlowReport.Flow> flows, boolean dryRun, Consumer<FlowReport> progress) {
        Set<FlowReport.Flow> chosen = flows.isEmpty() ? EnumSet.allOf(FlowReport.Flow.class) : EnumSet.copyOf(flows);
        List<FlowReport> reports = new ArrayList<>();
        Consumer<FlowReport> done = report -> {
            reports.add(report);
            progress.accept(report);
        };
        boolean storeUp = true;
        for (FlowReport.Flow flow : FlowReport.Flow.values()) {
            if (chosen.contains(flow) && !runFlow(flow, dryRun, done)) {
                storeUp = false; // the to-dos are kept in the store too
                break;
            }
        }
        if (!dryRun && storeUp) {
            creditors.forEach(this::reviewActivities);
        }
        return reports;
    }

    /**
     * One flow for every company, each company's report handed to {@code done} as it comes. Kravia's change feed
     * is read once for all companies; the other flows run company after company, until the thread is interrupted.
     *
     * @return false when the bridge's own database was lost, and nothing after this flow can run
     */
    public boolean runFlow(FlowReport.Flow flow, boolean dryRun, Consumer<FlowReport> done) {
        List<CreditorMapping> remaining = new ArrayList<>(creditors);
        startFlow(flow);
        try {
            if (flow == FlowReport.Flow.STATUS) {
                List<FlowReport> reports = refreshStatus(dryRun);
                remaining.clear();
                reports.forEach(done);
                return true;
            }
            while (!remaining.isEmpty() && !Thread.currentThread().isInterrupted()) {
                done.accept(runOne(flow, remaining.get(0), dryRun));
                remaining.remove(0);
            }
            return true;
        } catch (StoreUnavailable lost) {
            // Every flow records what it does, so none can go on; what was done so far is reported.
            long companyId = remaining.isEmpty() ? 0 : remaining.get(0).companyId();
            LOG.error("flow {} for company {} stopped, and the run with it: {}", flow, companyId, lost.getMessage());
            FlowReport report = new FlowReport(flow, companyId);
            report.failed("stopped, and the flows after it did not run: " + lost.getMessage());
            done.accept(report);
            return false;
        }
    }

    private List<FlowReport> refreshStatus(boolean dryRun) {
        try {
            return status.run(creditors, dryRun);
        } catch (RemoteFailure failure) {
            LOG.warn("flow status stopped: {}", failure.describe());
            return creditors.stream().map(c -> {
                FlowReport report = new FlowReport(FlowReport.Flow.STATUS, c.companyId());
                report.failed("stopped: " + failure.describe());
                return report;
            }).toList();
        }
    }

    /**
     * Before a flow runs for every creditor: Kravia lists the settlements of every creditor of the token at once, so
     * they are read once and each creditor's run takes its own.
     */
    public void startFlow(FlowReport.Flow flow) {
        if (flow != FlowReport.Flow.SETTLEMENTS || settlements == null) {
            return;
        }
        try {
            settlements.listOnceFor(creditors);
        } catch (RemoteFailure failure) {
            LOG.warn("settlements not listed for all companies at once: {}", failure.describe()); // each reads its own
        }
    }

    /**
     * Opens and closes the company's to-dos for records kept for review. A failure is logged and left for the next
     * run: the flows' work is done and recorded, and the to-dos catch up from the store.
     */
    public void reviewActivities(CreditorMapping creditor) {
        if (review == null) {
            return;
        }
        try {
            ReviewActivities.Outcome outcome = review.run(creditor.companyId());
            if (outcome.opened() + outcome.closed() > 0) {
                LOG.info("company {}: opened {} and closed {} to-dos for records kept for review",
                        creditor.companyId(), outcome.opened(), outcome.closed());
            }
        } catch (RemoteFailure failure) {
            LOG.warn("to-dos for records kept for review of company {} not updated: {}", creditor.companyId(),
                    failure.describe());
        }
    }

    public FlowReport runOne(FlowReport.Flow flow, CreditorMapping creditor, boolean dryRun) {
        try {
            return switch (flow) {
                case INVOICES -> invoices.run(creditor, dryRun);
                case PAYMENTS -> payments.run(creditor, dryRun);
                case CREDITS -> credits.run(creditor, dryRun);
                case STATUS -> status.run(creditor, dryRun);
                // Without an account mapping the administrator has not turned settlements on.
                case SETTLEMENTS -> settlements == null ? new FlowReport(flow, creditor.companyId())
                        : settlements.run(creditor, dryRun);
            };
        } catch (RemoteFailure failure) {
            LOG.warn("flow {} for company {} stopped: {}", flow, creditor.companyId(), failure.describe());
            FlowReport report = new FlowReport(flow, creditor.companyId());
            report.failed("stopped: " + failure.describe());
            return report;
        }
    }

    public List<CreditorMapping> creditors() {
        return creditors;
    }

    /** The same flows for the mapped companies but these, which a run must leave alone. */
    public Synchronisation without(Set<Long> companyIds) {
        return new Synchronisation(creditors.stream().filter(c -> !companyIds.contains(c.companyId())).toList(),
                invoices, payments, credits, status, settlements, review);
    }
}
