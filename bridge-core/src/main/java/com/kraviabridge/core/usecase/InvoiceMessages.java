package com.kraviabridge.core.usecase;

import com.kraviabridge.core.domain.CaseShown;
import com.kraviabridge.core.domain.CollectionCase;
import com.kraviabridge.core.domain.InvoiceNote;
import com.kraviabridge.core.port.erp.InvoiceNotes;
import com.kraviabridge.core.port.RemoteFailure;
import com.kraviabridge.core.port.store.Operation;
import com.kraviabridge.core.port.store.RecordKey;
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
        String reason = c.closeReason() == null ? "" : " (" + c.closeReason() + ")";
        String text = "Kravia case " + c.kraviaInvoiceId() + ": status " + c.status().value() + reason
                + (previousStatus == null ? "" : ", was " + previousStatus)
                + "; remaining capital " + c.remainingCapital() + ".";
        return new Message(c, "status:" + c.status().value() + ":" + c.kraviaUpdatedAt(), text);
    }

    public static Message text(CollectionCase c, String event, String text) {
        return new Message(c, event, text);
    }

    /** Writes the messages, grouped per company, one ERP call per group. */
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

    /** The case fields of the invoices whose notes changed them, together; each invoice once, as last reported. */
    private void showCases(long companyId, List<Message> written) {
        Map<Long, CaseShown> shown = new LinkedHashMap<>();
        for (Message m : written) {
            if (m.changesCaseFields()) {
                CollectionCase c = m.about();
                shown.remove(c.invoiceId());
                shown.put(c.invoiceId(), new CaseShown(c.invoiceId(), c.kraviaInvoiceId(), c.status().value()));
            }
        }
        if (shown.isEmpty()) {
            return;
        }
        try {
            notes.showCases(companyId, List.copyOf(shown.values()));
        } catch (RemoteFailure failure) {
            // The fields are a convenience on top of the notes, which are already written.
            LOG.info("Kravia case fields of {} invoice(s) of company {} not updated: {}", shown.size(), companyId,
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
