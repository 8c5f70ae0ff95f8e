package com.kraviabridge.core.usecase;

import com.kraviabridge.core.port.erp.ReviewTasks;
import com.kraviabridge.core.port.store.OpenedReviewTask;
import com.kraviabridge.core.port.store.ParkedKind;
import com.kraviabridge.core.port.store.ParkedRecord;
import com.kraviabridge.core.port.store.ParkedRecords;
import com.kraviabridge.core.port.store.ReviewTaskLedger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps one to-do in the ERP for each record kept for review, on the invoice it concerns, after a company's flows
 * ran: it compares the parked records with the to-dos it opened, opens those missing and marks done those whose
 * record went through, each in one request. A run in which nothing changed makes no ERP call. A to-do the
 * accountant marked done while its record is still kept stays done until the record's reason changes.
 */
public final class ReviewActivities {

    /**
     * The kinds that need a person. A kind added later (an invoice waiting for approval, say) gets no to-do until it
     * is named here: waiting is not a problem to fix.
     */
    static final Set<ParkedKind> NEED_A_PERSON = EnumSet.of(ParkedKind.INVOICE, ParkedKind.PAYMENT,
            ParkedKind.CREDIT, ParkedKind.SETTLEMENT, ParkedKind.EXCESS, ParkedKind.UNDONE);

    /** What one run did. */
    public record Outcome(int opened, int closed) {
    }

    private final ParkedRecords parked;
    private final ReviewTaskLedger ledger;
    private final ReviewTasks tasks;
    private final Clock clock;
    private final Duration inFlight;

    /**
     * @param inFlight how long a to-do recorded but not yet answered may still be on its way to the ERP from another
     *                 run; until then it is left to that run
     */
    public ReviewActivities(ParkedRecords parked, ReviewTaskLedger ledger, ReviewTasks tasks, Clock clock,
                            Duration inFlight) {
        this.parked = parked;
        this.ledger = ledger;
        this.tasks = tasks;
        this.clock = clock;
        this.inFlight = inFlight;
    }

    public Outcome run(long companyId) {
        Map<String, ParkedRecord> kept = new LinkedHashMap<>();
        for (ParkedRecord r : parked.list(companyId)) {
            if (r.invoiceId() != null && NEED_A_PERSON.contains(r.kind())) {
                kept.put(r.key(), r);
            }
        }
        Map<String, OpenedReviewTask> opened = new HashMap<>();
        for (OpenedReviewTask t : ledger.list(companyId)) {
            opened.put(t.recordKey(), t);
        }
        Set<String> elsewhere = resolveUnanswered(companyId, opened, kept);
        elsewhere.forEach(key -> {
            opened.remove(key);
            kept.remove(key);
        });

        List<String> gone = new ArrayList<>();
        List<Long> goneTasks = new ArrayList<>();
        List<Long> changedTasks = new ArrayList<>();
        List<ParkedRecord> toOpen = new ArrayList<>();
        for (OpenedReviewTask t : opened.values()) {
            if (!kept.containsKey(t.recordKey())) {
                gone.add(t.recordKey());
                goneTasks.add(t.taskId());
            }
        }
        for (ParkedRecord r : kept.values()) {
            OpenedReviewTask t = opened.get(r.key());
            if (t == null) {
                toOpen.add(r);
            } else if (!t.reasonDigest().equals(ReviewTaskWording.digest(r))) {
                changedTasks.add(t.taskId());
                toOpen.add(r);
            }
        }
        int closed = close(companyId, goneTasks, ReviewTaskWording.WENT_THROUGH)
                + close(companyId, changedTasks, ReviewTaskWording.REASON_CHANGED);
        if (!gone.isEmpty()) {
            ledger.forget(gone);
        }
        return new Outcome(open(companyId, toOpen), closed);
    }

    /** Marks the record's to-do done because a person took the record off the list; false when it had none. */
    public boolean dismissed(String recordKey) {
        Optional<OpenedReviewTask> task = ledger.find(recordKey);
        if (task.isEmpty()) {
            return false;
        }
        OpenedReviewTask t = task.get();
        if (t.answered()) {
            close(t.companyId(), List.of(t.taskId()), ReviewTaskWording.DISMISSED);
        }
        ledger.forget(List.of(recordKey));
        return true;
    }

    /**
     * A to-do recorded but not answered was perhaps opened: it is looked up on its invoice and adopted when found;
     * when not, the record is treated as having none and gets one. One recorded so recently that its run may still
     * be waiting for the ERP's answer is left to that run; their keys are returned.
     */
    private Set<String> resolveUnanswered(long companyId, Map<String, OpenedReviewTask> opened,
                                          Map<String, ParkedRecord> kept) {
        Map<String, Long> found = new HashMap<>();
        List<String> lost = new ArrayList<>();
        Set<String> elsewhere = new HashSet<>();
        Instant settled = clock.instant().minus(inFlight);
        for (OpenedReviewTask t : List.copyOf(opened.values())) {
            if (t.answered()) {
                continue;
            }
            if (t.openedAt().isAfter(settled)) {
                elsewhere.add(t.recordKey());
                continue;
            }
            ParkedRecord r = kept.get(t.recordKey());
            Optional<Long> id = r == null ? Optional.empty()
                    : tasks.findOpen(companyId, t.invoiceId(), ReviewTaskWording.summary(r));
            if (id.isPresent()) {
                found.put(t.recordKey(), id.get());
                opened.put(t.recordKey(), new OpenedReviewTask(t.recordKey(), t.companyId(), t.invoiceId(),
                        t.reasonDigest(), id.get(), t.openedAt()));
            } else {
                lost.add(t.recordKey());
                opened.remove(t.recordKey());
            }
        }
        if (!found.isEmpty()) {
            ledger.opened(found);
        }
        if (!lost.isEmpty()) {
            ledger.forget(lost);
        }
        return elsewhere;
    }

    /** Marks done those of the tasks still open; one done in the ERP already, or deleted, is left alone. */
    private int close(long companyId, List<Long> taskIds, String feedback) {
        List<Long> opened = taskIds.stream().filter(id -> id != ReviewTasks.NOT_OPENED).toList();
        if (opened.isEmpty()) {
            return 0;
        }
        Set<Long> open = tasks.stillOpen(companyId, opened);
        if (!open.isEmpty()) {
            tasks.markDone(companyId, open, feedback);
        }
        return open.size();
    }

    /** Opens the records' tasks; a record another run claimed at the same moment is left to it. */
    private int open(long companyId, List<ParkedRecord> records) {
        if (records.isEmpty()) {
            return 0;
        }
        List<OpenedReviewTask> intents = records.stream().map(r -> new OpenedReviewTask(r.key(), companyId,
                r.invoiceId(), ReviewTaskWording.digest(r), null, clock.instant())).toList();
        Set<String> claimed = Set.copyOf(ledger.intend(intents));
        List<ParkedRecord> ours = records.stream().filter(r -> claimed.contains(r.key())).toList();
        if (ours.isEmpty()) {
            return 0;
        }
        List<Long> ids = tasks.open(companyId, ours.stream().map(ReviewTaskWording::taskFor).toList());
        Map<String, Long> byKey = new LinkedHashMap<>();
        for (int i = 0; i < ours.size(); i++) {
            byKey.put(ours.get(i).key(), ids.get(i));
        }
        ledger.opened(byKey);
        return ours.size();
    }
}
