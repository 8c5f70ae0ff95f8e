package com.kraviabridge.core.usecase;

import com.kraviabridge.core.domain.CollectionCase;
import com.kraviabridge.core.domain.CreditorMapping;
import com.kraviabridge.core.domain.Invoice;
import com.kraviabridge.core.domain.InvoicePage;
import com.kraviabridge.core.domain.NewCase;
import com.kraviabridge.core.domain.RegisteredCase;
import com.kraviabridge.core.policy.Eligibility;
import com.kraviabridge.core.policy.Verdict;
import com.kraviabridge.core.port.CaseRegistry;
import com.kraviabridge.core.port.OpenInvoices;
import com.kraviabridge.core.store.CaseBook;
import com.kraviabridge.core.store.Operation;
import com.kraviabridge.core.store.ParkedRecord;
import com.kraviabridge.core.store.ParkedRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
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
 */
public final class ForwardOverdueInvoices {

    private static final Logger LOG = LoggerFactory.getLogger(ForwardOverdueInvoices.class);
    /** How far back the lookup after an unknown outcome starts before the attempt, for clock skew. */
    private static final long LOOKUP_MARGIN_MINUTES = 10;

    private final OpenInvoices invoices;
    private final CaseRegistry registry;
    private final CaseBook cases;
    private final ParkedRecords parked;
    private final RemoteWrites writes;
    private final InvoiceMessages messages;
    private final Eligibility eligibility;
    private final int minimumDaysOverdue;
    private final Clock clock;
    private final int pageSize;
    private final ParallelSender sender;

    public ForwardOverdueInvoices(OpenInvoices invoices, CaseRegistry registry, CaseBook cases, ParkedRecords parked,
                                  RemoteWrites writes, InvoiceMessages messages, Eligibility eligibility,
                                  int minimumDaysOverdue, Clock clock, int pageSize, ParallelSender sender) {
        this.invoices = invoices;
        this.registry = registry;
        this.cases = cases;
        this.parked = parked;
        this.writes = writes;
        this.messages = messages;
        this.eligibility = eligibility;
        this.minimumDaysOverdue = minimumDaysOverdue;
        this.clock = clock;
        this.pageSize = pageSize;
        this.sender = sender;
    }

    public FlowReport run(CreditorMapping creditor, boolean dryRun) {
        FlowReport report = new FlowReport(FlowReport.Flow.INVOICES, creditor.companyId());
        LocalDate dueOnOrBefore = LocalDate.now(clock).minusDays(minimumDaysOverdue);
        Set<Long> candidates = new HashSet<>();
        long after = 0;
        InvoicePage page;
        do {
            page = invoices.overdueInvoices(creditor.companyId(), dueOnOrBefore, after, pageSize);
            after = page.lastId();
            List<Invoice> fresh = notYetForwarded(creditor.companyId(), page.invoices(), report);
            List<Runnable> work = new ArrayList<>();
            for (Invoice invoice : fresh) {
                candidates.add(invoice.id());
                Verdict verdict = eligibility.assess(invoice);
                if (!verdict.isAllowed()) {
                    reject(invoice, verdict, dryRun, report);
                } else if (dryRun) {
                    report.sent("would forward " + describe(invoice));
                } else {
                    work.add(() -> forward(creditor, invoice, report));
                }
            }
            sender.runAll(work);
        } while (!page.last() && !page.invoices().isEmpty());
        if (!dryRun) {
            releaseStaleRejections(creditor.companyId(), candidates);
        }
        return report;
    }

    private List<Invoice> notYetForwarded(long companyId, List<Invoice> page, FlowReport report) {
        Map<Long, CollectionCase> known = cases.byInvoices(companyId, page.stream().map(Invoice::id).toList());
        List<Invoice> fresh = new ArrayList<>();
        for (Invoice invoice : page) {
            if (known.containsKey(invoice.id())) {
                report.unchanged();
            } else {
                fresh.add(invoice);
            }
        }
        return fresh;
    }

    private void reject(Invoice invoice, Verdict verdict, boolean dryRun, FlowReport report) {
        report.rejected("not forwarded: " + verdict.reasonText());
        if (!dryRun) {
            parked.park(new ParkedRecord(invoiceKey(invoice.companyId(), invoice.id()), invoice.companyId(), "invoice",
                    invoice.number(), verdict.reasonText(), clock.instant()));
        }
    }

    private void forward(CreditorMapping creditor, Invoice invoice, FlowReport report) {
        NewCase newCase = toNewCase(creditor, invoice);
        String key = "register:" + invoice.companyId() + ":" + invoice.id();
        WriteOutcome outcome = writes.perform(key, "register", invoice.companyId(), invoice.number(),
                payloadOf(newCase), earlier -> lookUp(creditor, newCase, earlier),
                () -> Long.toString(registry.register(newCase).kraviaInvoiceId()));
        String parkKey = invoiceKey(invoice.companyId(), invoice.id());
        switch (outcome.status()) {
            case DONE, FOUND_DONE, ALREADY_DONE -> {
                CollectionCase c = new CollectionCase(invoice.companyId(), invoice.id(), invoice.number(),
                        creditor.creditorId(), Long.parseLong(outcome.remoteId()), invoice.debtor().customerNumber(),
                        invoice.debtor().partnerId(), com.kraviabridge.core.domain.CaseStatus.REGISTERED, null,
                        invoice.residual(), null, clock.instant());
                cases.save(c);
                parked.release(parkKey);
                report.sent("forwarded " + describe(invoice) + " as case " + c.kraviaInvoiceId());
                messages.forwarded(c);
            }
            case REFUSED, STILL_REFUSED -> {
                String reason = "Kravia refused invoice " + invoice.number() + ": " + outcome.error();
                parked.park(new ParkedRecord(parkKey, invoice.companyId(), "invoice", invoice.number(), reason,
                        clock.instant()));
                report.parked(reason);
            }
            case UNKNOWN -> report.unknown("invoice " + invoice.number() + ": no answer from Kravia ("
                    + outcome.error() + "); looked up before any retry");
            case RETRY_LATER, WAITING -> report.failed("invoice " + invoice.number() + ": " + outcome.error()
                    + " (retried later)");
            default -> throw new IllegalStateException("unexpected outcome " + outcome);
        }
        LOG.debug("invoice {} of company {}: {}", invoice.number(), invoice.companyId(), outcome.status());
    }

    private Optional<String> lookUp(CreditorMapping creditor, NewCase newCase, Operation earlier) {
        Instant attempted = earlier.updatedAt() == null ? clock.instant() : earlier.updatedAt();
        LocalDateTime notBefore = LocalDateTime.ofInstant(attempted, ZoneOffset.UTC).minusMinutes(LOOKUP_MARGIN_MINUTES);
        return registry.findByAccountingInvoiceId(creditor.creditorId(), newCase.accountingInvoiceId(), notBefore)
                .map(RegisteredCase::kraviaInvoiceId).map(String::valueOf);
    }

    /**
     * Forgets rejections of invoices that are no longer candidates (paid, credited or cancelled in the
     * ERP meanwhile): nothing is left for a person to fix there.
     */
    private void releaseStaleRejections(long companyId, Set<Long> candidates) {
        for (ParkedRecord record : parked.list(companyId)) {
            if ("invoice".equals(record.kind())) {
                long invoiceId = Long.parseLong(record.key().substring(record.key().lastIndexOf(':') + 1));
                if (!candidates.contains(invoiceId)) {
                    parked.release(record.key());
                }
            }
        }
    }

    static NewCase toNewCase(CreditorMapping creditor, Invoice invoice) {
        return new NewCase(creditor.creditorId(), Long.toString(invoice.id()), invoice.number(), invoice.invoiceDate(),
                invoice.dueDate(), invoice.residual(), invoice.debtor(), "Overdue invoice " + invoice.number());
    }

    static String payloadOf(NewCase c) {
        return c.toString();
    }

    static String invoiceKey(long companyId, long invoiceId) {
        return "invoice:" + companyId + ":" + invoiceId;
    }

    private static String describe(Invoice invoice) {
        return "invoice " + invoice.number() + " (" + invoice.residual() + ", due " + invoice.dueDate() + ", customer '"
                + invoice.debtor().name() + "', debtor number " + invoice.debtor().customerNumber() + ")";
    }
}
