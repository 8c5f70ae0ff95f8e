package com.kraviabridge.core.usecase;

import com.kraviabridge.core.domain.CollectionCase;
import com.kraviabridge.core.port.InvoiceNotes;
import com.kraviabridge.core.port.RemoteFailure;

import java.util.Optional;

/**
 * Writes the bridge's notes on ERP invoices, each once: the note's key names the event it reports, so a
 * re-run never posts the same news twice. A failed note never fails the flow that produced it.
 */
public final class InvoiceMessages {

    private final InvoiceNotes notes;
    private final RemoteWrites writes;

    public InvoiceMessages(InvoiceNotes notes, RemoteWrites writes) {
        this.notes = notes;
        this.writes = writes;
    }

    public void forwarded(CollectionCase c) {
        post(c, "forwarded", "Forwarded to Kravia for collection: case " + c.kraviaInvoiceId() + ", "
                + c.remainingCapital() + " (debtor number " + c.debtorNumber() + ").");
    }

    public void statusChanged(CollectionCase c, String previousStatus) {
        String reason = c.closeReason() == null ? "" : " (" + c.closeReason() + ")";
        String text = "Kravia case " + c.kraviaInvoiceId() + ": status " + c.status().value() + reason
                + (previousStatus == null ? "" : ", was " + previousStatus)
                + "; remaining capital " + c.remainingCapital() + ".";
        post(c, "status:" + c.status().value() + ":" + c.kraviaUpdatedAt(), text);
    }

    public void text(CollectionCase c, String event, String text) {
        post(c, event, text);
    }

    private void post(CollectionCase c, String event, String text) {
        String key = "note:" + c.companyId() + ":" + c.invoiceId() + ":" + event;
        // A lost answer to a note cannot be looked up cheaply; posting it again is the lesser harm.
        writes.perform(key, "note", c.companyId(), c.invoiceNumber(), text, earlier -> Optional.empty(), () -> {
            notes.addNote(c.companyId(), c.invoiceId(), text);
            try {
                notes.showCase(c.companyId(), c.invoiceId(), c.kraviaInvoiceId(), c.status().value());
            } catch (RemoteFailure ignored) {
                // The fields are a convenience on top of the note, which is already written.
            }
            return "noted";
        });
    }
}
