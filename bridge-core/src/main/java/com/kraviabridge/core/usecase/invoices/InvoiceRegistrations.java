package com.kraviabridge.core.usecase.invoices;

import com.kraviabridge.core.port.store.RecordKey;
import com.kraviabridge.core.usecase.report.FlowReport;
import com.kraviabridge.core.write.CanonicalForm;
import com.kraviabridge.core.write.RemoteWrites;
import com.kraviabridge.core.write.Write;
import com.kraviabridge.core.write.WriteOutcome;

import com.kraviabridge.core.domain.CaseStatus;
import com.kraviabridge.core.domain.CollectionCase;
import com.kraviabridge.core.domain.CreditorMapping;
import com.kraviabridge.core.domain.Invoice;
import com.kraviabridge.core.domain.NewCase;
import com.kraviabridge.core.domain.RegisteredCase;
import com.kraviabridge.core.port.collector.CaseRegistry;
import com.kraviabridge.core.port.store.Operation;
import com.kraviabridge.core.port.store.ParkedKind;
import com.kraviabridge.core.port.store.ParkedRecord;
import com.kraviabridge.core.port.store.ParkedRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Eligible invoices registered as Kravia cases exactly once: the intents of a page recorded in one go, one
 * registration per invoice, and what each outcome means for the invoice (a case to store, a refusal to park, a
 * retry later).
 */
final class InvoiceRegistrations {

    private static final Logger LOG = LoggerFactory.getLogger(InvoiceRegistrations.class);
    /** How far back the lookup after an unknown outcome starts before the attempt, for clock skew. */
    private static final long LOOKUP_MARGIN_MINUTES = 10;

    private final CaseRegistry registry;
    private final RemoteWrites writes;
    private final ParkedRecords parked;
    private final Clock clock;

    InvoiceRegistrations(CaseRegistry registry, RemoteWrites writes, ParkedRecords parked, Clock clock) {
        this.registry = registry;
        this.writes = writes;
        this.parked = parked;
        this.clock = clock;
    }

    /** An eligible invoice on its way: the case it becomes, with its intent in the operations log. */
    record Registering(Invoice invoice, NewCase newCase, Write recorded) {
    }

    /** What became of one invoice's registration, and when. */
    record Registration(Invoice invoice, WriteOutcome outcome, Instant at) {
    }

    /** Records the intents in one go, so that a sender is left with the compare-and-set, the call and the id. */
    List<Registering> recordIntents(CreditorMapping creditor, List<Invoice> invoices) {
        if (invoices.isEmpty()) {
            return List.of();
        }
        List<NewCase> newCases = invoices.stream().map(invoice -> toNewCase(creditor, invoice)).toList();
        List<Write> intents = new ArrayList<>(invoices.size());
        for (int i = 0; i < invoices.size(); i++) {
            Invoice invoice = invoices.get(i);
            NewCase newCase = newCases.get(i);
            intents.add(Write.of(RecordKey.registration(invoice.companyId(), invoice.id()), invoice.companyId(),
                    invoice.number(), payloadOf(newCase), earlier -> lookUp(creditor, newCase, earlier),
                    () -> Long.toString(registry.register(newCase).kraviaInvoiceId())));
        }
        List<Write> recorded = writes.recordIntents(intents);
        List<Registering> registering = new ArrayList<>(invoices.size());
        for (int i = 0; i < invoices.size(); i++) {
            registering.add(new Registering(invoices.get(i), newCases.get(i), recorded.get(i)));
        }
        return registering;
    }

    Registration register(CreditorMapping creditor, Registering r) {
        WriteOutcome outcome = writes.perform(r.recorded());
        return new Registration(r.invoice(), outcome, clock.instant());
    }

    /** The cases to store for the registrations that went through; the others are reported (refusals parked). */
    List<CollectionCase> casesOf(CreditorMapping creditor, List<Registration> registrations, FlowReport report) {
        List<CollectionCase> registered = new ArrayList<>();
        for (Registration registration : registrations) {
            caseOf(creditor, registration, report).ifPresent(registered::add);
            if (registration.outcome().status() == WriteOutcome.Status.ALREADY_DONE) {
                report.unchanged(); // another run registered it; only its book-keeping was left
            }
        }
        return registered;
    }

    /** Tells the report of each invoice this run registered (not of those found registered before). */
    void reportForwarded(List<Registration> registrations, FlowReport report) {
        for (Registration registration : registrations) {
            if (registration.outcome().isNewlyDone()) {
                report.sent("forwarded " + InvoiceDecision.describe(registration.invoice()) + " as case "
                        + Long.parseLong(registration.outcome().remoteId()));
            }
        }
    }

    private Optional<CollectionCase> caseOf(CreditorMapping creditor, Registration registration, FlowReport report) {
        Invoice invoice = registration.invoice();
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
                parked.park(new ParkedRecord(RecordKey.invoice(invoice.companyId(), invoice.id()).text(),
                        invoice.companyId(), ParkedKind.INVOICE, invoice.number(), reason, registration.at(), invoice.id()));
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

    private Optional<String> lookUp(CreditorMapping creditor, NewCase newCase, Operation earlier) {
        Instant attempted = earlier.updatedAt() == null ? clock.instant() : earlier.updatedAt();
        LocalDateTime notBefore = LocalDateTime.ofInstant(attempted, ZoneOffset.UTC).minusMinutes(LOOKUP_MARGIN_MINUTES);
        return registry.findByAccountingInvoiceId(creditor.creditorId(), newCase.accountingInvoiceId(), notBefore)
                .map(RegisteredCase::kraviaInvoiceId).map(String::valueOf);
    }

    static NewCase toNewCase(CreditorMapping creditor, Invoice invoice) {
        return new NewCase(creditor.creditorId(), Long.toString(invoice.id()), invoice.number(), invoice.invoiceDate(),
                invoice.dueDate(), invoice.residual(), invoice.debtor(), "Overdue invoice " + invoice.number());
    }

    static String payloadOf(NewCase c) {
        return CanonicalForm.of(c);
    }
}
