package com.kraviabridge.core.usecase.settlements;

import com.kraviabridge.core.domain.JournalEntry;
import com.kraviabridge.core.domain.JournalLine;
import com.kraviabridge.core.domain.Settlement;
import com.kraviabridge.core.usecase.report.InvoiceMessages;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A settlement ready to book: its entry, its park key and the cases its lines were matched with. */
record PlannedSettlement(Settlement settlement, JournalEntry entry, String parkKey, SettlementCases known) {

    Set<Long> invoiceIds() {
        Set<Long> ids = new HashSet<>();
        entry.lines().forEach(l -> {
            if (l.reconcileWithInvoiceId() != 0) {
                ids.add(l.reconcileWithInvoiceId());
            }
        });
        return ids;
    }

    /** A note for each invoice whose capital Kravia collected in this settlement, booked as {@code moveName}. */
    List<InvoiceMessages.Message> collectedCapitalNotes(String moveName) {
        List<InvoiceMessages.Message> notes = new ArrayList<>();
        for (JournalLine line : entry.lines()) {
            if (line.reconcileWithInvoiceId() == 0) {
                continue;
            }
            known.byInvoice(line.reconcileWithInvoiceId()).ifPresent(c -> notes.add(
                    InvoiceMessages.text(c, "settlement:" + settlement.id(), "Kravia collected " + line.amount().negate()
                            + " on this invoice; settlement " + settlement.id() + " booked as " + moveName + ".")));
        }
        return notes;
    }

    String describe() {
        return "settlement " + settlement.id() + " of " + settlement.amount();
    }

    String describeEntry() {
        return describe() + " in journal " + entry.journalCode() + " with " + entry.lines().size() + " lines";
    }
}
