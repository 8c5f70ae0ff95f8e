package com.kraviabridge.core.usecase.settlements;

import com.kraviabridge.core.pipeline.ParallelSender;
import com.kraviabridge.core.pipeline.SameInvoiceGroups;
import com.kraviabridge.core.usecase.report.InvoiceMessages;

import java.util.ArrayList;
import java.util.List;

/**
 * Books a run's settlements several at a time through the {@link ParallelSender} (the ERP's latency is what a run
 * waits on); those sharing an invoice are booked one after the other, in their order. Each sender writes the notes
 * its settlements leave on the invoices a few settlements at a time.
 */
final class SettlementSenders {

    /**
     * Settlements one sender books before it writes their notes: fewer notes calls than one per settlement, and
     * few enough that the notes follow soon and the senders share the work evenly.
     */
    private static final int SETTLEMENTS_PER_TASK = 4;

    /** Books one settlement, adding the notes it leaves to {@code notes}. */
    interface Booking {
        void book(PlannedSettlement planned, List<InvoiceMessages.Message> notes);
    }

    private final ParallelSender sender;
    private final InvoiceMessages messages;

    SettlementSenders(ParallelSender sender, InvoiceMessages messages) {
        this.sender = sender;
        this.messages = messages;
    }

    void bookAll(List<PlannedSettlement> bookable, Booking booking) {
        List<List<PlannedSettlement>> groups = SameInvoiceGroups.of(bookable, PlannedSettlement::invoiceIds);
        List<Runnable> tasks = new ArrayList<>();
        for (List<List<PlannedSettlement>> task : SameInvoiceGroups.batches(groups, SETTLEMENTS_PER_TASK)) {
            tasks.add(() -> bookInOrder(task, booking));
        }
        sender.runAll(tasks);
    }

    private void bookInOrder(List<List<PlannedSettlement>> groups, Booking booking) {
        List<InvoiceMessages.Message> notes = new ArrayList<>();
        int booked = 0;
        try {
            for (List<PlannedSettlement> group : groups) {
                for (PlannedSettlement planned : group) {
                    booking.book(planned, notes);
                    if (++booked % SETTLEMENTS_PER_TASK == 0) {
                        messages.post(List.copyOf(notes));
                        notes.clear();
                    }
                }
            }
        } finally {
            messages.post(notes);
        }
    }
}
