package com.kraviabridge.core.usecase.report;

import com.kraviabridge.core.domain.Allocation;
import com.kraviabridge.core.domain.CaseDetails;
import com.kraviabridge.core.domain.CaseShown;
import com.kraviabridge.core.domain.CollectionCase;
import com.kraviabridge.core.domain.InvoiceNote;
import com.kraviabridge.core.domain.Money;
import com.kraviabridge.core.port.RemoteFailure;
import com.kraviabridge.core.port.erp.InvoiceNotes;
import com.kraviabridge.core.port.store.Operation;
import com.kraviabridge.core.port.store.RecordKey;
import com.kraviabridge.core.write.RemoteWrites;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the bridge's notes on ERP invoices, each once: a note's key names the event it reports, so a re-run
 * never posts the same news twice. Notes of one run go to the ERP together, one call for many invoices, and so
 * do the case fields they change. A failed note never fails the flow that produced it; it is tried again by
 * {@link #retryOverdue}.
 */
public final class InvoiceMessages {

    private static final Logger LOG = LoggerFactory.getLogger(InvoiceMessages.class);
    private static final Duration SETTLED = Duration.ofMinutes(10);
    /** Notes per ERP call at most: a run with many of them writes them a page at a time. */
    private final InvoiceNotes notes;
    private final RemoteWrites writes;

    public InvoiceMessages(InvoiceNotes notes, RemoteWrites writes) {
        this.notes = notes;
        this.writes = writes;
    }

    /** A note to write: which case it is about, the event it reports (part of its key) and its text. */
    public record Message(CollectionCase about, String event, String text) {

        /** Forwarding and status changes change what the invoice's case fields show; other notes do not. */
        boolean changesCaseFields() {
            return event.equals("forwarded") || event.startsWith("status:");
        }
    }

    public static Message forwarded(CollectionCase c) {
        return new Message(c, "forwarded", "Forwarded to Kravia for collection: case " + c.kraviaInvoiceId() + ", "
                + c.remainingCapital() + " (debtor number " + c.debtorNumber() + ").");
    }

    public static Message statusChanged(CollectionCase c, String previousStatus) {
        return statusChanged(c, previousStatus, null);
    }

    /** A status change, with the fees and interest Kravia charges the debtor on top when its details are known. */
    public static Message statusChanged(CollectionCase c, String previousStatus, CaseDetails details) {
        String reason = c.closeReason() == null ? "" : " (" + c.closeReason() + ")";
        String text = "Kravia case " + c.kraviaInvoiceId() + ": status " + c.status().value() + reason
                + (previousStatus == null ? "" : ", was " + previousStatus)
                + "; remaining capital " + c.remainingCapital() + feesAndInterest(details) + ".";
        return new Message(c, "status:" + c.status().value() + ":" + c.kraviaUpdatedAt(), text);
    }

    private static String feesAndInterest(CaseDetails details) {
        if (details == null) {
            return "";
        }
        return (details.fees() == null ? "" : "; fees " + details.fees())
                + (details.interest() == null ? "" : "; interest " + details.interest());
    }

    /**
     * Kravia registered a direct payment or credit the bridge sent: a note on each invoice it went to, with what
     * Kravia took for that invoice and the capital it still collects there.
     *
     * @param what           the payment or credit as the report names it
     * @param operationKey   the key of the write that sent it, so each registration is told once
     * @param casesByInvoice the cases as they are after the registration
     */
    public static List<Message> registered(String what, String operationKey, List<Allocation> group,
                                           Map<Long, CollectionCase> casesByInvoice, Map<Long, Money> sentPerAllocation) {
        Map<Long, Money> sentPerInvoice = new LinkedHashMap<>();
        for (Allocation allocation : group) {
            Money sent = sentPerAllocation.get(allocation.id());
            if (sent != null && sent.isPositive() && casesByInvoice.containsKey(allocation.invoiceId())) {
                sentPerInvoice.merge(allocation.invoiceId(), sent, Money::plus);
            }
        }
        List<Message> notes = new ArrayList<>();
        sentPerInvoice.forEach((invoiceId, sent) -> {
            CollectionCase c = casesByInvoice.get(invoiceId);
            notes.add(new Message(c, "registered:" + operationKey, "Registered in Kravia: " + what + ", " + sent
                    + " of it on case " + c.kraviaInvoiceId() + "; remaining capital " + c.remainingCapital() + "."));
        });
        return notes;
    }

    public static Message text(CollectionCase c, String event, String text) {
        return new Message(c, event, text);
    }

    /**
     * Writes the messages, one group per company. The callers post a page's messages at a time, and the ERP adapter
     * cuts a group into calls of its own page size: cutting here too would double the calls for a page of the
     * ERP's size (it did, at 500 against Odoo's 1,000).
     */
    public void post(List<Message> messages) {
        Map<Long, List<Message>> byCompany = new LinkedHashMap<>();
        messages.forEach(m -> byCompany.computeIfAbsent(m.about().companyId(), k -> new ArrayList<>()).add(m));
        byCompany.forEach(this::postForCompany);
    }

    private void postForCompany(long companyId, List<Message> messages) {
        List<RemoteWrites.BatchItem<Message>> items = messages.stream()
                .map(m -> new RemoteWrites.BatchItem<>(key(m), m.about().invoiceNumber(), m.text(), m)).toList();
        try {
            writes.performBatch(companyId, items, due -> {
                notes.addNotes(companyId, due.stream().map(m -> new InvoiceNote(m.about().invoiceId(), m.text())).toList());
                showCases(companyId, due);
            });
        } catch (RemoteFailure failure) {
            LOG.warn("{} note(s) for company {} not written now, retried later: {}", messages.size(), companyId,
                    failure.describe());
        }
    }

    /**
     * The case fields of the invoices whose notes changed them, together; each invoice once, as last reported. A
     * forwarded case shows its case id and status; a status change only the status, which the ERP can write to
     * every invoice with that status at once.
     */
    private void showCases(long companyId, List<Message> written) {
        Map<Long, Message> last = new LinkedHashMap<>();
        for (Message m : written) {
            if (m.changesCaseFields()) {
                last.remove(m.about().invoiceId());
                last.put(m.about().invoiceId(), m);
            }
        }
        List<CaseShown> forwarded = new ArrayList<>();
        List<CaseShown> statuses = new ArrayList<>();
        for (Message m : last.values()) {
            CollectionCase c = m.about();
            (m.event().equals("forwarded") ? forwarded : statuses)
                    .add(new CaseShown(c.invoiceId(), c.kraviaInvoiceId(), c.status().value()));
        }
        try {
            if (!forwarded.isEmpty()) {
                notes.showCases(companyId, forwarded);
            }
            if (!statuses.isEmpty()) {
                notes.showStatuses(companyId, statuses);
            }
        } catch (RemoteFailure failure) {
            // The fields are a convenience on top of the notes, which are already written.
            LOG.info("Kravia case fields of {} invoice(s) of company {} not updated: {}", last.size(), companyId,
                    failure.describe());
        }
    }

    /** Writes again the notes of the company that failed before (or whose answer never came). */
    public void retryOverdue(long companyId, java.util.function.LongFunction<java.util.Optional<CollectionCase>> caseOf) {
        List<Message> again = new ArrayList<>();
        for (Operation op : writes.overdue(RecordKey.Kind.NOTE, companyId, SETTLED, 500)) {
            RecordKey.tryParse(op.key()).filter(key -> key.kind() == RecordKey.Kind.NOTE).ifPresent(key -> caseOf
                    .apply(key.invoiceId()).ifPresent(c -> again.add(new Message(c, key.event(), op.payload()))));
        }
        if (!again.isEmpty()) {
            post(again);
        }
    }

    private static RecordKey key(Message m) {
        return RecordKey.note(m.about().companyId(), m.about().invoiceId(), m.event());
    }
}
