package com.kraviabridge.core.usecase;

import com.kraviabridge.core.domain.ReviewTask;
import com.kraviabridge.core.fixture.InMemoryStore;
import com.kraviabridge.core.fixture.MutableClock;
import com.kraviabridge.core.port.RemoteFailure;
import com.kraviabridge.core.port.erp.ReviewTasks;
import com.kraviabridge.core.port.store.OpenedReviewTask;
import com.kraviabridge.core.port.store.ParkedKind;
import com.kraviabridge.core.port.store.ParkedRecord;
import com.kraviabridge.core.port.store.ReviewTaskLedger;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReviewActivitiesTest {

    private static final long COMPANY = 1;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-04-01T06:00:00Z"));
    private final InMemoryStore store = new InMemoryStore();
    private final Ledger ledger = new Ledger();
    private final Tasks tasks = new Tasks();
    private static final Duration IN_FLIGHT = Duration.ofMinutes(10);
    private final ReviewActivities review = new ReviewActivities(store, ledger, tasks, clock, IN_FLIGHT);

    private ParkedRecord park(String key, ParkedKind kind, String reason, Long invoiceId) {
        ParkedRecord r = new ParkedRecord(key, COMPANY, kind, "INV/" + key, reason, clock.instant(), invoiceId);
        store.park(r);
        return r;
    }

    @Test
    void eachRecordWithAnInvoiceGetsOneToDoInOneCallAndARunWithNothingChangedMakesNoCall() {
        park("invoice:1:10", ParkedKind.INVOICE, "no organisation number", 10L);
        park("excess:1:20", ParkedKind.EXCESS, "paid too much", 11L);
        park("payment:1:30", ParkedKind.PAYMENT, "refused", null);

        assertThat(review.run(COMPANY)).isEqualTo(new ReviewActivities.Outcome(2, 0));

        assertThat(tasks.calls).containsExactly("open 2");
        assertThat(tasks.open.values()).extracting(ReviewTask::invoiceId).containsExactlyInAnyOrder(10L, 11L);
        assertThat(tasks.open.values()).allSatisfy(t -> assertThat(t.summary()).startsWith("Kravia"));
        assertThat(tasks.open.values()).filteredOn(t -> t.invoiceId() == 10L).singleElement()
                .satisfies(t -> assertThat(t.note()).contains("no organisation number")
                        .contains("bridge dismiss invoice:1:10"));

        tasks.calls.clear();
        assertThat(review.run(COMPANY)).isEqualTo(new ReviewActivities.Outcome(0, 0));
        assertThat(tasks.calls).isEmpty();
    }

    @Test
    void aRecordThatWentThroughHasItsToDoMarkedDoneAndForgotten() {
        park("invoice:1:10", ParkedKind.INVOICE, "no organisation number", 10L);
        review.run(COMPANY);
        store.release("invoice:1:10");

        assertThat(review.run(COMPANY).closed()).isEqualTo(1);

        assertThat(tasks.open).isEmpty();
        assertThat(tasks.feedback).containsExactly(ReviewTaskWording.WENT_THROUGH);
        assertThat(ledger.list(COMPANY)).isEmpty();
    }

    @Test
    void aToDoMarkedDoneInTheErpStaysDoneUntilTheReasonChanges() {
        park("invoice:1:10", ParkedKind.INVOICE, "no organisation number", 10L);
        review.run(COMPANY);
        tasks.open.clear(); // the accountant marked it done

        review.run(COMPANY);
        assertThat(tasks.open).isEmpty();

        park("invoice:1:10", ParkedKind.INVOICE, "no organisation number; no postal code", 10L);
        assertThat(review.run(COMPANY)).isEqualTo(new ReviewActivities.Outcome(1, 0));
        assertThat(tasks.open.values()).singleElement()
                .satisfies(t -> assertThat(t.note()).contains("no postal code"));
    }

    @Test
    void anOpenToDoWhoseReasonChangedIsClosedAndANewOneOpened() {
        park("invoice:1:10", ParkedKind.INVOICE, "no organisation number", 10L);
        review.run(COMPANY);
        park("invoice:1:10", ParkedKind.INVOICE, "no postal code", 10L);

        assertThat(review.run(COMPANY)).isEqualTo(new ReviewActivities.Outcome(1, 1));
        assertThat(tasks.feedback).containsExactly(ReviewTaskWording.REASON_CHANGED);
        assertThat(tasks.open.values()).singleElement().satisfies(t -> assertThat(t.note()).contains("postal code"));
    }

    @Test
    void aToDoOpenedWithoutAnAnswerIsFoundAgainNotOpenedTwice() {
        park("invoice:1:10", ParkedKind.INVOICE, "no organisation number", 10L);
        tasks.loseNextAnswer = true;
        assertThatThrownBy(() -> review.run(COMPANY)).isInstanceOf(RemoteFailure.class);
        assertThat(tasks.open).hasSize(1);

        review.run(COMPANY);
        assertThat(tasks.calls).as("perhaps still on its way: left alone").containsExactly("open 1");

        clock.advance(IN_FLIGHT.plusSeconds(1));
        review.run(COMPANY);

        assertThat(tasks.open).hasSize(1);
        assertThat(ledger.list(COMPANY)).singleElement().satisfies(t -> assertThat(t.answered()).isTrue());
        assertThat(tasks.calls).containsExactly("open 1", "find 10");
    }

    @Test
    void aDismissedRecordHasItsToDoMarkedDone() {
        park("undone:1:7", ParkedKind.UNDONE, "undone in Odoo", 10L);
        review.run(COMPANY);
        store.release("undone:1:7");

        assertThat(review.dismissed("undone:1:7")).isTrue();

        assertThat(tasks.open).isEmpty();
        assertThat(tasks.feedback).containsExactly(ReviewTaskWording.DISMISSED);
        assertThat(review.dismissed("undone:1:7")).as("nothing left").isFalse();
        assertThat(review.run(COMPANY)).isEqualTo(new ReviewActivities.Outcome(0, 0));
    }

    @Test
    void aRecordWhoseInvoiceIsGoneFromTheErpIsNotAskedAboutAgain() {
        park("invoice:1:10", ParkedKind.INVOICE, "no organisation number", 10L);
        tasks.goneInvoices.add(10L);
        review.run(COMPANY);
        tasks.calls.clear();

        assertThat(review.run(COMPANY)).isEqualTo(new ReviewActivities.Outcome(0, 0));
        store.release("invoice:1:10");
        review.run(COMPANY);

        assertThat(tasks.calls).isEmpty();
        assertThat(ledger.list(COMPANY)).isEmpty();
    }

    @Test
    void aRecordAnotherRunClaimedAtTheSameMomentIsLeftToIt() {
        park("invoice:1:10", ParkedKind.INVOICE, "no organisation number", 10L);
        park("invoice:1:11", ParkedKind.INVOICE, "no postal code", 11L);
        ledger.claimedElsewhere.add("invoice:1:10");

        assertThat(review.run(COMPANY).opened()).isEqualTo(1);

        assertThat(tasks.open.values()).extracting(ReviewTask::invoiceId).containsExactly(11L);
    }

    /** The ERP's to-dos: the open ones by id; done ones are gone, as in Odoo. */
    private static final class Tasks implements ReviewTasks {
        final Map<Long, ReviewTask> open = new LinkedHashMap<>();
        final List<String> calls = new ArrayList<>();
        final List<String> feedback = new ArrayList<>();
        boolean loseNextAnswer;
        private long next = 100;

        final Set<Long> goneInvoices = new HashSet<>();

        @Override
        public List<Long> open(long companyId, List<ReviewTask> wanted) {
            calls.add("open " + wanted.size());
            List<Long> ids = new ArrayList<>();
            wanted.forEach(t -> {
                if (goneInvoices.contains(t.invoiceId())) {
                    ids.add(NOT_OPENED);
                    return;
                }
                open.put(next, t);
                ids.add(next++);
            });
            if (loseNextAnswer) {
                loseNextAnswer = false;
                throw RemoteFailure.outcomeUnknown(RemoteFailure.Side.ERP, "no answer", null);
            }
            return ids;
        }

        @Override
        public void markDone(long companyId, Collection<Long> taskIds, String text) {
            calls.add("done " + taskIds.size());
            taskIds.forEach(open::remove);
            feedback.add(text);
        }

        @Override
        public Set<Long> stillOpen(long companyId, Collection<Long> taskIds) {
            calls.add("open? " + taskIds.size());
            Set<Long> found = new HashSet<>(taskIds);
            found.retainAll(open.keySet());
            return found;
        }

        @Override
        public Optional<Long> findOpen(long companyId, long invoiceId, String summary) {
            calls.add("find " + invoiceId);
            return open.entrySet().stream().filter(e -> e.getValue().invoiceId() == invoiceId
                    && e.getValue().summary().equals(summary)).map(Map.Entry::getKey).findFirst();
        }
    }

    private static final class Ledger implements ReviewTaskLedger {
        private final Map<String, OpenedReviewTask> rows = new LinkedHashMap<>();

        @Override
        public List<OpenedReviewTask> list(long companyId) {
            return rows.values().stream().filter(t -> t.companyId() == companyId).toList();
        }

        @Override
        public Optional<OpenedReviewTask> find(String recordKey) {
            return Optional.ofNullable(rows.get(recordKey));
        }

        /** Keys another run claimed just before this one looked. */
        final Set<String> claimedElsewhere = new HashSet<>();

        @Override
        public List<String> intend(List<OpenedReviewTask> tasks) {
            List<String> claimed = new ArrayList<>();
            for (OpenedReviewTask t : tasks) {
                if (claimedElsewhere.remove(t.recordKey())) {
                    continue;
                }
                rows.put(t.recordKey(), t);
                claimed.add(t.recordKey());
            }
            return claimed;
        }

        @Override
        public void opened(Map<String, Long> ids) {
            ids.forEach((key, id) -> {
                OpenedReviewTask t = rows.get(key);
                rows.put(key, new OpenedReviewTask(key, t.companyId(), t.invoiceId(), t.reasonDigest(), id,
                        t.openedAt()));
            });
        }

        @Override
        public void forget(Collection<String> keys) {
            keys.forEach(rows::remove);
        }
    }
}
