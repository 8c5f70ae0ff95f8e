package com.kraviabridge.core.usecase.invoices;

import com.kraviabridge.core.domain.CollectionCase;
import com.kraviabridge.core.domain.CreditorMapping;
import com.kraviabridge.core.domain.Invoice;
import com.kraviabridge.core.pipeline.PagePipeline;
import com.kraviabridge.core.pipeline.PageStep;
import com.kraviabridge.core.pipeline.ParallelSender;
import com.kraviabridge.core.pipeline.Plan;
import com.kraviabridge.core.policy.Eligibility;
import com.kraviabridge.core.port.collector.CaseRegistry;
import com.kraviabridge.core.port.erp.InvoiceAllocations;
import com.kraviabridge.core.port.erp.OpenInvoices;
import com.kraviabridge.core.port.store.CaseBook;
import com.kraviabridge.core.port.store.ForwardedAllocations;
import com.kraviabridge.core.port.store.ParkedRecords;
import com.kraviabridge.core.usecase.invoices.InvoiceDecision.KeepOut;
import com.kraviabridge.core.usecase.invoices.InvoiceDecision.Reject;
import com.kraviabridge.core.usecase.invoices.InvoiceRegistrations.Registering;
import com.kraviabridge.core.usecase.invoices.InvoiceRegistrations.Registration;
import com.kraviabridge.core.usecase.report.FlowReport;
import com.kraviabridge.core.usecase.report.InvoiceMessages;
import com.kraviabridge.core.write.RemoteWrites;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Flow 1: hands every eligible overdue invoice of a company to Kravia as a collection case. All of a debtor's
 * eligible invoices go in the same run under the same debtor number; ineligible ones are kept with their
 * reasons and looked at again on every run, so an invoice whose customer data is fixed goes on the next one.
 *
 * <p>Page by page: decide about each invoice not forwarded yet, register the eligible ones, book the
 * registrations (cases, released rejections, allocations before forwarding, notes in the ERP).
 */
public final class ForwardOverdueInvoices {

    private final OpenInvoices invoices;
    private final CaseBook cases;
    private final ParkedInvoices parkedInvoices;
    private final InvoiceMessages messages;
    private final Eligibility eligibility;
    private final AllocationsBeforeForwarding allocationsBefore;
    private final InvoiceRegistrations registrations;
    private final int minimumDaysOverdue;
    private final Clock clock;
    private final int pageSize;
    private final PagePipeline pipeline;
    private final ApprovalQueue approvals;

    public ForwardOverdueInvoices(OpenInvoices invoices, InvoiceAllocations allocations, ForwardedAllocations handled,
                                  CaseRegistry registry, CaseBook cases, ParkedRecords parked, RemoteWrites writes,
                                  InvoiceMessages messages, Eligibility eligibility, int minimumDaysOverdue, Clock clock,
                                  int pageSize, ParallelSender sender, ApprovalQueue approvals) {
        this.approvals = approvals;
        this.invoices = invoices;
        this.cases = cases;
        this.parkedInvoices = new ParkedInvoices(parked, clock);
        this.messages = messages;
        this.eligibility = eligibility;
        this.allocationsBefore = new AllocationsBeforeForwarding(allocations, handled, clock);
        this.registrations = new InvoiceRegistrations(registry, writes, parked, clock);
        this.minimumDaysOverdue = minimumDaysOverdue;
        this.clock = clock;
        this.pageSize = pageSize;
        this.pipeline = new PagePipeline(sender);
    }

    public FlowReport run(CreditorMapping creditor, boolean dryRun) {
        FlowReport report = new FlowReport(FlowReport.Flow.INVOICES, creditor.companyId());
        LocalDate dueOnOrBefore = LocalDate.now(clock).minusDays(minimumDaysOverdue);
        Run run = new Run(creditor, dryRun, report, approvals.open(creditor.companyId(), dryRun));
        pipeline.run(new OverdueInvoicePages(invoices, creditor.companyId(), dueOnOrBefore, pageSize), run);
        run.waiting.close();
        if (!dryRun) {
            parkedInvoices.releaseNoLongerCandidates(creditor.companyId(), run.candidates);
        }
        return report;
    }

    /** One run over a company's pages. */
    private final class Run implements PageStep<List<Invoice>, List<InvoiceDecision>, Registering, Registration> {
        private final CreditorMapping creditor;
        private final boolean dryRun;
        private final FlowReport report;
        private final ApprovalQueue.Run waiting;
        private final Set<Long> candidates = new HashSet<>();

        Run(CreditorMapping creditor, boolean dryRun, FlowReport report, ApprovalQueue.Run waiting) {
            this.creditor = creditor;
            this.dryRun = dryRun;
            this.report = report;
            this.waiting = waiting;
        }

        /** Decides about the page's invoices not forwarded yet; rejections (in a dry run all) are reported with it. */
        @Override
        public Plan<List<InvoiceDecision>, Registering> plan(List<Invoice> page) {
            Map<Long, CollectionCase> known = cases.byInvoices(creditor.companyId(),
                    page.stream().map(Invoice::id).toList());
            List<InvoiceDecision> toReport = new ArrayList<>();
            List<Invoice> forwarding = new ArrayList<>();
            List<Invoice> keptOut = new ArrayList<>();
            for (Invoice invoice : page) {
                if (known.containsKey(invoice.id())) {
                    report.unchanged();
                    continue;
                }
                candidates.add(invoice.id());
                InvoiceDecision decision = InvoiceDecision.of(invoice, eligibility.assess(invoice));
                if (decision instanceof Reject reject) {
                    toReport.add(reject);
                    if (!dryRun) {
                        parkedInvoices.park(reject);
                    }
                } else if (decision instanceof KeepOut) {
                    toReport.add(decision);
                    keptOut.add(invoice);
                } else if (waiting.waits(invoice, report)) {
                    continue;
                } else if (dryRun) {
                    toReport.add(decision);
                } else {
                    forwarding.add(invoice);
                }
            }
            if (!dryRun) {
                parkedInvoices.releaseKeptOut(keptOut);
            }
            return new Plan<>(toReport, registrations.recordIntents(creditor, forwarding));
        }

        @Override
        public Registration send(List<InvoiceDecision> page, Registering registering) {
            return registrations.register(creditor, registering);
        }

        /** Reports the decisions, then stores the cases registered and tells the ERP about them. */
        @Override
        public void book(List<InvoiceDecision> decisions, List<Registration> sent) {
            decisions.forEach(decision -> decision.reportTo(report));
            List<CollectionCase> registered = registrations.casesOf(creditor, sent, report);
            if (registered.isEmpty()) {
                return;
            }
            allocationsBefore.record(creditor.companyId(), registered, sent.stream().map(Registration::invoice).toList());
            cases.saveAll(registered);
            parkedInvoices.releaseForwarded(registered);
            registrations.reportForwarded(sent, report);
            messages.post(registered.stream().map(InvoiceMessages::forwarded).toList());
        }
    }
}
