package com.kraviabridge.core.usecase;

import com.kraviabridge.core.domain.Allocation;
import com.kraviabridge.core.domain.CaseStatus;
import com.kraviabridge.core.domain.CollectionCase;
import com.kraviabridge.core.domain.CreditorMapping;
import com.kraviabridge.core.domain.Invoice;
import com.kraviabridge.core.domain.InvoicePage;
import com.kraviabridge.core.domain.NewCase;
import com.kraviabridge.core.domain.RegisteredCase;
import com.kraviabridge.core.policy.Eligibility;
import com.kraviabridge.core.policy.SettledBeforeForwarding;
import com.kraviabridge.core.policy.Verdict;
import com.kraviabridge.core.port.collector.CaseRegistry;
import com.kraviabridge.core.port.erp.InvoiceAllocations;
import com.kraviabridge.core.port.erp.OpenInvoices;
import com.kraviabridge.core.port.store.AllocationOutcome;
import com.kraviabridge.core.port.store.CaseBook;
import com.kraviabridge.core.port.store.ForwardedAllocation;
import com.kraviabridge.core.port.store.ForwardedAllocations;
import com.kraviabridge.core.port.store.Operation;
import com.kraviabridge.core.port.store.ParkedKind;
import com.kraviabridge.core.port.store.ParkedRecord;
import com.kraviabridge.core.port.store.ParkedRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
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

    private static final String INVOICE_PREFIX = "invoice:";
    private static final String REGISTER_PREFIX = "register:";

    private static final Logger LOG = LoggerFactory.getLogger(ForwardOverdueInvoices.class);
    /** How far back the lookup after an unknown outcome starts before the attempt, for clock skew. */
    private static final long LOOKUP_MARGIN_MINUTES = 10;

    private final OpenInvoices invoices;
    private final InvoiceAllocations allocations;
    private final ForwardedAllocations handled;
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

    public ForwardOverdueInvoices(OpenInvoices invoices, InvoiceAllocations allocations, ForwardedAllocations handled,
                                  CaseRegistry registry, CaseBook cases, ParkedRecords parked, RemoteWrites writes,
                                  InvoiceMessages messages, Eligibility eligibility, int minimumDaysOverdue, Clock clock,
                                  int pageSize, ParallelSender sender) {
        this.invoices = invoices;
        this.allocations = allocations;
        this.handled = handled;
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

    /**
     * Pages go through a pipeline: while the senders register page N, this thread stores what page N-1 did (cases,
     * released rejections, allocations before forwarding, notes) and then reads page N+1 and queues it behind N.
     * The senders never wait for the ERP or the store, and no more than two pages are held at a time.
     */
    public FlowReport run(CreditorMapping creditor, boolean dryRun) {
        FlowReport report = new FlowReport(FlowReport.Flow.INVOICES, creditor.companyId());
        LocalDate dueOnOrBefore = LocalDate.now(clock).minusDays(minimumDaysOverdue);
        Set<Long> candidates = new HashSet<>();
        long after = 0;
        InvoicePage page;
        PageInFlight previous = null;
        PageInFlight current = null;
        try {
            do {
                page = invoices.overdueInvoices(creditor.companyId(), dueOnOrBefore, after, pageSize);
                after = page.lastId();
                current = start(creditor, page.invoices(), candidates, dryRun, report);
                if (previous != null) {
                    finish(creditor, previous, report);
                }
                previous = current;
                current = null;
            } while (!page.last() && !page.invoices().isEmpty());
            finish(creditor, previous, report);
            previous = null;
        } finally {
            // Only on the way out with an error: what was queued is dropped, what is on the wire is waited for.
            stop(current);
            stop(previous);
        }
        if (!dryRun) {
            releaseStaleRejections(creditor.companyId(), candidates);
        }
        return report;
    }

    /** One page between its read and its book-keeping: what was decided, and the registrations under way. */
    private static final class PageInFlight {
        /** Rejections and, in a dry run, the invoices that would go: reported in page order when the page is done. */
        final List<Decision> decisions = new ArrayList<>();
        final List<Invoice> forwarding = new ArrayList<>();
        final Map<Long, Invoice> byId = new HashMap<>();
        Registration[] registrations = new Registration[0];
        ParallelSender.Page sending;
    }

    /** A rejected invoice with its verdict, or (verdict null) one a dry run would forward. */
    private record Decision(Invoice invoice, Verdict verdict) {
    }

    /** What the sender made of one invoice, and when. */
    private record Registration(WriteOutcome outcome, Instant at) {
    }

    /**
     * Sorts a page out and queues its registrations: their intents go to the operations log in one go here, so
     * that a sender is left with the compare-and-set, the call and the remote id.
     */
    private PageInFlight start(CreditorMapping creditor, List<Invoice> page, Set<Long> candidates, boolean dryRun,
                               FlowReport report) {
        PageInFlight inFlight = new PageInFlight();
        for (Invoice invoice : notYetForwarded(creditor.companyId(), page, report)) {
            candidates.add(invoice.id());
            inFlight.byId.put(invoice.id(), invoice);
            Verdict verdict = eligibility.assess(invoice);
            if (!verdict.isAllowed()) {
                inFlight.decisions.add(new Decision(invoice, verdict));
                if (!dryRun) {
                    parked.park(new ParkedRecord(invoiceKey(invoice.companyId(), invoice.id()), invoice.companyId(),
                            ParkedKind.INVOICE, invoice.number(), verdict.reasonText(), clock.instant(), invoice.id()));
                }
            } else if (dryRun) {
                inFlight.decisions.add(new Decision(invoice, null));
            } else {
                inFlight.forwarding.add(invoice);
            }
        }
        if (inFlight.forwarding.isEmpty()) {
            return inFlight;
        }
        List<NewCase> newCases = new ArrayList<>(inFlight.forwarding.size());
        List<RemoteWrites.Intent> intents = new ArrayList<>(inFlight.forwarding.size());
        for (Invoice invoice : inFlight.forwarding) {
            NewCase newCase = toNewCase(creditor, invoice);
            newCases.add(newCase);
            intents.add(new RemoteWrites.Intent(registerKey(invoice), "register", invoice.companyId(), invoice.number(),
                    payloadOf(newCase)));
        }
        List<RemoteWrites.Recorded> recorded = writes.recordIntents(intents);
        Registration[] registrations = new Registration[recorded.size()];
        List<Runnable> tasks = new ArrayList<>(recorded.size());
        for (int i = 0; i < recorded.size(); i++) {
            int index = i;
            NewCase newCase = newCases.get(i);
            tasks.add(() -> registrations[index] = new Registration(writes.perform(recorded.get(index),
                    earlier -> lookUp(creditor, newCase, earlier),
                    () -> Long.toString(registry.register(newCase).kraviaInvoiceId())), clock.instant()));
        }
        inFlight.registrations = registrations;
        inFlight.sending = sender.submit(tasks);
        return inFlight;
    }

    /**
     * Waits for the page's registrations and does its book-keeping, reporting in page order: rejections, then
     * registrations that did not go through, then the forwarded invoices.
     */
    private void finish(CreditorMapping creditor, PageInFlight page, FlowReport report) {
        for (Decision decision : page.decisions) {
            if (decision.verdict() != null) {
                report.rejected("not forwarded: " + decision.verdict().reasonText());
            } else {
                report.sent("would forward " + describe(decision.invoice()));
            }
        }
        if (page.sending == null) {
            return;
        }
        page.sending.await();
        List<CollectionCase> registered = new ArrayList<>();
        Set<Long> sentNow = new HashSet<>();
        for (int i = 0; i < page.forwarding.size(); i++) {
            Invoice invoice = page.forwarding.get(i);
            Registration registration = page.registrations[i];
            registered(creditor, invoice, registration, report).ifPresent(registered::add);
            if (registration.outcome().isNewlyDone()) {
                sentNow.add(invoice.id());
            } else if (registration.outcome().status() == WriteOutcome.Status.ALREADY_DONE) {
                report.unchanged(); // another run registered it; only its book-keeping was left
            }
        }
        if (registered.isEmpty()) {
            return;
        }
        recordAllocationsBefore(creditor.companyId(), registered, page.byId);
        cases.saveAll(registered);
        parked.releaseAll(registered.stream().map(c -> invoiceKey(c.companyId(), c.invoiceId())).toList());
        List<InvoiceMessages.Message> notes = new ArrayList<>(registered.size());
        for (CollectionCase c : registered) {
            if (sentNow.contains(c.invoiceId())) {
                report.sent("forwarded " + describe(page.byId.get(c.invoiceId())) + " as case " + c.kraviaInvoiceId());
            }
            notes.add(InvoiceMessages.forwarded(c));
        }
        messages.post(notes);
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

    private static void stop(PageInFlight page) {
        if (page != null && page.sending != null) {
            page.sending.cancel();
        }
    }

    /** The case to store for a registration that went through; empty (and reported) for one that did not. */
    private Optional<CollectionCase> registered(CreditorMapping creditor, Invoice invoice, Registration registration,
                                                FlowReport report) {
        WriteOutcome outcome = registration.outcome();
        switch (outcome.status()) {
            case DONE, FOUND_DONE, ALREADY_DONE -> {
                LOG.debug("invoice {} of company {}: {}", invoice.number(), invoice.companyId(), outcome.status());
                return Optional.of(new CollectionCase(invoice.companyId(), invoice.id(), invoice.number(),
                        creditor.creditorId(), Long.parseLong(outcome.remoteId()), invoice.debtor().customerNumber(),
                        invoice.debtor().partnerId(), CaseStatus.REGISTERED, null, invoice.residual(), null,
                        registration.at()));
            }
            case REFUSED, STILL_REFUSED -> {
                String reason = "Kravia refused invoice " + invoice.number() + ": " + outcome.error();
                parked.park(new ParkedRecord(invoiceKey(invoice.companyId(), invoice.id()), invoice.companyId(),
                        ParkedKind.INVOICE, invoice.number(), reason, registration.at(), invoice.id()));
                report.parked(reason);
            }
            case UNKNOWN -> report.unknown("invoice " + invoice.number() + ": no answer from Kravia ("
                    + outcome.error() + "); looked up before any retry");
            case IN_PROGRESS_ELSEWHERE -> report.inProgressElsewhere("invoice " + invoice.number() + ": "
                    + outcome.error());
            case RETRY_LATER, WAITING -> report.failed("invoice " + invoice.number() + ": " + outcome.error()
                    + " (retried later)");
            default -> throw new IllegalStateException("unexpected outcome " + outcome);
        }
        return Optional.empty();
    }

    /**
     * Records the allocations applied to the registered invoices before they went to Kravia as handled, so they are
     * never sent as payments or credits. One read per page, and none for a page of untouched invoices.
     */
    private void recordAllocationsBefore(long companyId, List<CollectionCase> registered, Map<Long, Invoice> byId) {
        List<Long> partlySettled = registered.stream().map(CollectionCase::invoiceId)
                .filter(id -> SettledBeforeForwarding.isPartlySettled(byId.get(id)))
                .toList();
        if (partlySettled.isEmpty()) {
            return;
        }
        Map<Long, List<Allocation>> byInvoice = new HashMap<>();
        for (Allocation allocation : allocations.allocationsOf(companyId, partlySettled)) {
            byInvoice.computeIfAbsent(allocation.invoiceId(), id -> new ArrayList<>()).add(allocation);
        }
        List<ForwardedAllocation> before = new ArrayList<>();
        for (CollectionCase c : registered) {
            List<Allocation> existing = byInvoice.getOrDefault(c.invoiceId(), List.of());
            for (Allocation allocation : SettledBeforeForwarding.among(byId.get(c.invoiceId()), existing)) {
                before.add(new ForwardedAllocation(allocation.id(), companyId, c.invoiceId(), c.kraviaInvoiceId(),
                        AllocationOutcome.BEFORE_FORWARDING, BigDecimal.ZERO, allocation.amount().currency(), null, false,
                        clock.instant()));
            }
        }
        handled.addAll(before);
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
            if (record.kind() == ParkedKind.INVOICE) {
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
        return CanonicalForm.of(c);
    }

    private static String registerKey(Invoice invoice) {
        return REGISTER_PREFIX + invoice.companyId() + ":" + invoice.id();
    }

    /** The registration behind a parked invoice's key, if the key is one. */
    static java.util.Optional<String> registrationOf(String parkedKey) {
        return parkedKey.startsWith(INVOICE_PREFIX)
                ? java.util.Optional.of(REGISTER_PREFIX + parkedKey.substring(INVOICE_PREFIX.length()))
                : java.util.Optional.empty();
    }

    static String invoiceKey(long companyId, long invoiceId) {
        return INVOICE_PREFIX + companyId + ":" + invoiceId;
    }

    private static String describe(Invoice invoice) {
        return "invoice " + invoice.number() + " (" + invoice.residual() + ", due " + invoice.dueDate() + ", customer '"
                + invoice.debtor().name() + "', debtor number " + invoice.debtor().customerNumber() + ")";
    }
}
