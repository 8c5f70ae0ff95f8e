package com.kraviabridge.core.usecase;

import com.kraviabridge.core.domain.CollectionCase;
import com.kraviabridge.core.domain.CreditorMapping;
import com.kraviabridge.core.domain.Invoice;
import com.kraviabridge.core.pipeline.PagePipeline;
import com.kraviabridge.core.pipeline.PageStep;
import com.kraviabridge.core.pipeline.ParallelSender;
import com.kraviabridge.core.pipeline.Plan;
import com.kraviabridge.core.policy.Eligibility;
import com.kraviabridge.core.policy.Verdict;
import com.kraviabridge.core.port.collector.CaseRegistry;
import com.kraviabridge.core.port.erp.InvoiceAllocations;
import com.kraviabridge.core.port.erp.OpenInvoices;
import com.kraviabridge.core.port.store.CaseBook;
import com.kraviabridge.core.port.store.ForwardedAllocations;
import com.kraviabridge.core.port.store.ParkedKind;
import com.kraviabridge.core.port.store.ParkedRecord;
import com.kraviabridge.core.port.store.ParkedRecords;
import com.kraviabridge.core.usecase.InvoiceDecision.Forward;
import com.kraviabridge.core.usecase.InvoiceDecision.Reject;
import com.kraviabridge.core.usecase.InvoiceRegistrations.Registering;
import com.kraviabridge.core.usecase.InvoiceRegistrations.Registration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    private static final String INVOICE_PREFIX = "invoice:";
    private static final String REGISTER_PREFIX = "register:";

    private final OpenInvoices invoices;
    private final CaseBook cases;
    private final ParkedRecords parked;
    private final InvoiceMessages messages;
    private final Eligibility eligibility;
    private final AllocationsBeforeForwarding allocationsBefore;
    private final InvoiceRegistrations registrations;
    private final int minimumDaysOverdue;
    private final Clock clock;
    private final int pageSize;
    private final PagePipeline pipeline;

    public ForwardOverdueInvoices(OpenInvoices invoices, InvoiceAllocations allocations, ForwardedAllocations handled,
                                  CaseRegistry registry, CaseBook cases, ParkedRecords parked, RemoteWrites writes,
                                  InvoiceMessages messages, Eligibility eligibility, int minimumDaysOverdue, Clock clock,
                                  int pageSize, ParallelSender sender) {
        this.invoices = invoices;
        this.cases = cases;
        this.parked = parked;
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
        Run run = new Run(creditor, dryRun, report);
        pipeline.run(new OverdueInvoicePages(invoices, creditor.companyId(), dueOnOrBefore, pageSize), run);
        if (!dryRun) {
            releaseStaleRejections(creditor.companyId(), run.candidates);
        }
        return report;
    }

    /** Whether the invoice goes now; a reason to stay when it does not. */
    InvoiceDecision decide(Invoice invoice) {
        Verdict verdict = eligibility.assess(invoice);
        return verdict.isAllowed() ? new Forward(invoice) : new Reject(invoice, verdict);
    }

    /** One run over a company's pages. */
    private final class Run implements PageStep<List<Invoice>, List<InvoiceDecision>, Registering, Registration> {
        private final CreditorMapping creditor;
        private final boolean dryRun;
        private final FlowReport report;
        private final Set<Long> candidates = new HashSet<>();

        Run(CreditorMapping creditor, boolean dryRun, FlowReport report) {
            this.creditor = creditor;
            this.dryRun = dryRun;
            this.report = report;
        }

        /** Decides about the page's invoices not forwarded yet; rejections (in a dry run all) are reported with it. */
        @Override
        public Plan<List<InvoiceDecision>, Registering> plan(List<Invoice> page) {
            Map<Long, CollectionCase> known = cases.byInvoices(creditor.companyId(),
                    page.stream().map(Invoice::id).toList());
            List<InvoiceDecision> toReport = new ArrayList<>();
            List<Invoice> forwarding = new ArrayList<>();
            for (Invoice invoice : page) {
                if (known.containsKey(invoice.id())) {
                    report.unchanged();
                    continue;
                }
                candidates.add(invoice.id());
                InvoiceDecision decision = decide(invoice);
                if (decision instanceof Reject reject) {
                    toReport.add(reject);
                    if (!dryRun) {
                        parked.park(new ParkedRecord(invoiceKey(invoice.companyId(), invoice.id()), invoice.companyId(),
                                ParkedKind.INVOICE, invoice.number(), reject.verdict().reasonText(), clock.instant()));
                    }
                } else if (dryRun) {
                    toReport.add(decision);
                } else {
                    forwarding.add(invoice);
                }
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
            parked.releaseAll(registered.stream().map(c -> invoiceKey(c.companyId(), c.invoiceId())).toList());
            for (Registration r : sent) {
                if (r.outcome().isNewlyDone()) {
                    report.sent("forwarded " + InvoiceDecision.describe(r.invoice()) + " as case "
                            + Long.parseLong(r.outcome().remoteId()));
                }
            }
            messages.post(registered.stream().map(InvoiceMessages::forwarded).toList());
        }
    }

    /**
     * Forgets rejections of invoices that are no longer candidates (paid, credited or cancelled in the
     * ERP meanwhile): nothing is left for a person to fix there.
     */
    private void releaseStaleRejections(long companyId, Set<Long> candidates) {
        for (ParkedRecord record : parked.list(companyId)) {
            if (record.kind() == ParkedKind.INVOICE) {
                long invoiceId = Long.parseLong(record.key().substring(record.key().lastIndexOf(':') + 1));
                if (!candidates.contains(invoiceId)) {
                    parked.release(record.key());
                }
            }
        }
    }

    static String registerKey(Invoice invoice) {
        return REGISTER_PREFIX + invoice.companyId() + ":" + invoice.id();
    }

    /** The registration behind a parked invoice's key, if the key is one. */
    static Optional<String> registrationOf(String parkedKey) {
        return parkedKey.startsWith(INVOICE_PREFIX)
                ? Optional.of(REGISTER_PREFIX + parkedKey.substring(INVOICE_PREFIX.length()))
                : Optional.empty();
    }

    static String invoiceKey(long companyId, long invoiceId) {
        return INVOICE_PREFIX + companyId + ":" + invoiceId;
    }
}
