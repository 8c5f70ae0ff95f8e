package com.kraviabridge.app.cli;

import com.kraviabridge.app.wiring.Bridge;
import com.kraviabridge.core.port.store.ParkedRecord;

import java.util.List;

/**
 * What {@code bridge status} shows first: the records kept for review (a person fixes or dismisses them) and the
 * invoices that only wait for an accountant's approval in Odoo, each list in display order. Shown up to
 * {@link #SHOWN} of each; the rest is counted, with the command that lists them all.
 */
record NeedsAPerson(List<ParkedRecord> forReview, List<ParkedRecord> waiting) {

    static final int SHOWN = 20;
    static final String ALL_FOR_REVIEW = "bridge status --parked";
    static final String ALL_WAITING = "bridge status --waiting";

    static NeedsAPerson of(Bridge bridge) {
        List<ParkedRecord> all = StatusCommand.parkedInOrder(bridge);
        return new NeedsAPerson(all.stream().filter(r -> r.kind().needsReview()).toList(),
                all.stream().filter(r -> !r.kind().needsReview()).toList());
    }

    static List<ParkedRecord> shown(List<ParkedRecord> records) {
        return records.subList(0, Math.min(SHOWN, records.size()));
    }

    static int more(List<ParkedRecord> records) {
        return Math.max(0, records.size() - SHOWN);
    }
}
