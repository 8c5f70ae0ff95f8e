package com.kraviabridge.kravia;

import com.kraviabridge.core.domain.CaseChanges;
import com.kraviabridge.core.domain.CaseSnapshot;
import com.kraviabridge.core.port.RemoteFailure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The change feed's paging rules against a search that misbehaves the ways a live feed can. */
class CaseWalkTest {

    private static final long CREDITOR = 501;
    private static final LocalDateTime T0 = LocalDateTime.of(2025, 4, 1, 10, 0, 0, 123_456_700);

    private FakeSearchServer kravia;

    @BeforeEach
    void start() throws Exception {
        kravia = new FakeSearchServer();
    }

    @AfterEach
    void stop() {
        kravia.close();
    }

    @Test
    void equalTimestampsAcrossPageEdgesAreAllReturned() {
        // 2 + 3 + 2 + 3 cases per timestamp, pages of 2: every page edge falls inside a run of equal times
        long id = 1;
        int[] run = {2, 3, 2, 3};
        for (int t = 0; t < run.length; t++) {
            for (int i = 0; i < run[t]; i++) {
                kravia.add(id++, CREDITOR, T0.plusSeconds(t));
            }
        }

        CaseChanges changes = kravia.adapter(2).feed().changesSince(CREDITOR, null, 1000);

        assertThat(ids(changes.cases())).containsExactlyElementsOf(LongStream.rangeClosed(1, 10).boxed().toList());
        assertThat(changes.complete()).isTrue();
        assertThat(changes.nextCursor()).isEqualTo(T0.plusSeconds(3));
    }

    @Test
    void aWholePageOfOneTimestampIsPagedThroughBySkip() {
        LongStream.rangeClosed(1, 25).forEach(id -> kravia.add(id, CREDITOR, T0));
        kravia.add(26, CREDITOR, T0.plusSeconds(1));

        CaseChanges changes = kravia.adapter(4).feed().changesSince(CREDITOR, T0, 1000);

        assertThat(ids(changes.cases())).containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, 26).boxed().toList());
        assertThat(changes.cases()).extracting(CaseSnapshot::kraviaInvoiceId).doesNotHaveDuplicates();
        assertThat(kravia.queries()).anyMatch(q -> q.contains("skip=3"));
    }

    @Test
    void aCaseUpdatedWhilePagingShiftsNothingOutOfSight() {
        LongStream.rangeClosed(1, 6).forEach(id -> kravia.add(id, CREDITOR, T0.plusSeconds(id)));
        // after the first page (cases 1 and 2), case 1 changes and moves to the end of the feed
        kravia.beforeRequest(n -> {
            if (n == 1) {
                kravia.touch(1, T0.plusSeconds(100));
            }
        });

        CaseChanges changes = kravia.adapter(2).feed().changesSince(CREDITOR, null, 1000);

        assertThat(ids(changes.cases())).containsExactly(2L, 3L, 4L, 5L, 6L, 1L);
        assertThat(changes.cases().get(5).lastUpdated()).isEqualTo(T0.plusSeconds(100));
    }

    @Test
    void casesMovingAwayFromARunOfEqualTimesShiftNothingOutOfSight() {
        LongStream.rangeClosed(1, 12).forEach(id -> kravia.add(id, CREDITOR, T0));
        // while the walk pages through the run by skip, a case it has already seen moves away
        kravia.beforeRequest(n -> {
            if (n == 2) {
                kravia.touch(1, T0.plusSeconds(5));
            }
        });

        CaseChanges changes = kravia.adapter(4).feed().changesSince(CREDITOR, T0, 1000);

        assertThat(new HashSet<>(ids(changes.cases()))).isEqualTo(Set.copyOf(LongStream.rangeClosed(1, 12).boxed().toList()));
        assertThat(changes.cases()).extracting(CaseSnapshot::kraviaInvoiceId).doesNotHaveDuplicates();
    }

    @Test
    void anExclusiveBoundLosesNothingEither() {
        kravia.useExclusiveBound();
        long id = 1;
        for (int t = 0; t < 4; t++) {
            for (int i = 0; i < 3; i++) {
                kravia.add(id++, CREDITOR, T0.plusSeconds(t));
            }
        }

        CaseChanges changes = kravia.adapter(2).feed().changesSince(CREDITOR, T0, 1000);

        assertThat(ids(changes.cases())).containsExactlyElementsOf(LongStream.rangeClosed(1, 12).boxed().toList());
    }

    @Test
    void aBatchStopsNearTheLimitOnlyWhereTheTimestampChanges() {
        LongStream.rangeClosed(1, 10).forEach(id -> kravia.add(id, CREDITOR, T0.plusSeconds(id)));

        CaseChanges first = kravia.adapter(3).feed().changesSince(CREDITOR, null, 3);

        assertThat(first.complete()).isFalse();
        assertThat(ids(first.cases())).containsExactly(1L, 2L, 3L);
        assertThat(first.nextCursor()).isEqualTo(T0.plusSeconds(3));

        Set<Long> all = new HashSet<>(ids(first.cases()));
        CaseChanges next = first;
        for (int poll = 0; poll < 20 && !next.complete(); poll++) {
            next = kravia.adapter(3).feed().changesSince(CREDITOR, next.nextCursor(), 3);
            all.addAll(ids(next.cases()));
        }
        assertThat(next.complete()).isTrue();
        assertThat(all).isEqualTo(Set.copyOf(LongStream.rangeClosed(1, 10).boxed().toList()));
    }

    @Test
    void aRunOfEqualTimesLongerThanTheLimitIsNotCutSoPollsCannotGetStuck() {
        LongStream.rangeClosed(1, 10).forEach(id -> kravia.add(id, CREDITOR, T0));
        kravia.add(11, CREDITOR, T0.plusSeconds(1));

        // the first batch ends where the feed reaches T0; the second may not end inside the run at T0
        CaseChanges first = kravia.adapter(100).feed().changesSince(CREDITOR, null, 3);
        CaseChanges second = kravia.adapter(100).feed().changesSince(CREDITOR, first.nextCursor(), 3);

        assertThat(first.nextCursor()).isEqualTo(T0);
        assertThat(ids(second.cases())).containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, 11).boxed().toList());
        assertThat(second.nextCursor()).isEqualTo(T0.plusSeconds(1));
    }

    @Test
    void aLongRunJustBeforeTheBoundIsWadedThroughAgainWithoutAlarm() {
        // the walk asks from one tick before its bound (for a server whose bound would be exclusive), so after
        // moving past a long run of equal times it reads that whole run again before reaching newer cases
        LongStream.rangeClosed(1, 11).forEach(id -> kravia.add(id, CREDITOR, T0));
        kravia.add(12, CREDITOR, T0.plusNanos(100)); // ends the 4th page of 3, exactly one tick after the run
        LongStream.rangeClosed(13, 20).forEach(id -> kravia.add(id, CREDITOR, T0.plusSeconds(id)));

        CaseChanges changes = kravia.adapter(3).feed().changesSince(CREDITOR, T0, 1000);

        assertThat(ids(changes.cases())).containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, 20).boxed().toList());
        assertThat(changes.complete()).isTrue();
    }

    @Test
    void aServerIgnoringSkipIsReportedInsteadOfLoopingForever() {
        kravia.ignoreSkip();
        LongStream.rangeClosed(1, 10).forEach(id -> kravia.add(id, CREDITOR, T0));

        RemoteFailure failure = catchThrowableOfType(RemoteFailure.class,
                () -> kravia.adapter(3).feed().changesSince(CREDITOR, T0, 1000));

        assertThat(failure.kind()).isEqualTo(RemoteFailure.Kind.PERMANENT);
        assertThat(failure.getMessage()).contains("skip");
    }

    @Test
    void aServerCappingThePageSizeIsStillReadToTheEnd() {
        kravia.capTop(3);
        LongStream.rangeClosed(1, 10).forEach(id -> kravia.add(id, CREDITOR, T0.plusSeconds(id % 4)));

        CaseChanges changes = kravia.adapter(100).feed().changesSince(CREDITOR, null, 1000);
        var found = kravia.adapter(100).cases().findByAccountingInvoiceId(CREDITOR, "REF-7", T0);

        assertThat(ids(changes.cases())).containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, 10).boxed().toList());
        assertThat(changes.complete()).isTrue();
        assertThat(found).isPresent();
    }

    @Test
    void otherCreditorsCasesAreLeftOut() {
        kravia.add(1, CREDITOR, T0);
        kravia.add(2, 777, T0.plusSeconds(1));
        kravia.add(3, CREDITOR, T0.plusSeconds(2));

        CaseChanges changes = kravia.adapter(1).feed().changesSince(CREDITOR, null, 1000);

        assertThat(ids(changes.cases())).containsExactly(1L, 3L);
        assertThat(changes.nextCursor()).isEqualTo(T0.plusSeconds(2));
    }

    @Test
    void oneReadHandsEachCreditorAskedForItsOwnCasesAndLeavesOthersOut() {
        kravia.add(1, CREDITOR, T0);
        kravia.add(2, 777, T0.plusSeconds(1));
        kravia.add(3, 888, T0.plusSeconds(2));
        kravia.add(4, CREDITOR, T0.plusSeconds(3));

        CaseChanges changes = kravia.adapter(10).feed().changesSince(Set.of(CREDITOR, 777L), null, 1000);

        assertThat(changes.cases()).extracting(c -> c.kraviaInvoiceId() + "@" + c.creditorId())
                .containsExactly("1@" + CREDITOR, "2@777", "4@" + CREDITOR);
        assertThat(kravia.queries()).as("the pages are read once for both creditors").hasSize(1);
    }

    @Test
    void aCaseThatNamesNoCreditorGoesToEachCreditorAskedFor() {
        kravia.add(1, FakeSearchServer.NOT_NAMED, T0);

        CaseChanges changes = kravia.adapter(10).feed().changesSince(Set.of(CREDITOR, 777L), null, 1000);

        assertThat(changes.cases()).extracting(c -> c.kraviaInvoiceId() + "@" + c.creditorId())
                .containsExactlyInAnyOrder("1@" + CREDITOR, "1@777");
    }

    @Test
    void nothingChangedKeepsTheCursor() {
        CaseChanges changes = kravia.adapter(10).feed().changesSince(CREDITOR, T0, 1000);

        assertThat(changes.cases()).isEmpty();
        assertThat(changes.nextCursor()).isEqualTo(T0);
        assertThat(changes.complete()).isTrue();
    }

    @Test
    void theSearchIsAskedByLastUpdatedTimeOldestFirst() {
        kravia.adapter(10).feed().changesSince(CREDITOR, T0, 1000);

        assertThat(kravia.queries()).containsExactly(
                "lastUpdatedTime=2025-04-01T10%3A00%3A00.1234566&orderBy=11&byAscending=true&skip=0&top=10");
    }

    @Test
    void aCaseIsFoundByOurReferenceBehindManyOthers() {
        LongStream.rangeClosed(1, 30).forEach(id -> kravia.add(id, CREDITOR, T0.plusSeconds(id / 3)));

        var found = kravia.adapter(4).cases().findByAccountingInvoiceId(CREDITOR, "REF-29", T0.plusMinutes(5));

        assertThat(found).hasValueSatisfying(c -> assertThat(c.kraviaInvoiceId()).isEqualTo(29));
        assertThat(kravia.queries().get(0)).startsWith("lastUpdatedTime=2025-04-01T09%3A55%3A00.1234566");
        assertThat(kravia.adapter(4).cases().findByAccountingInvoiceId(CREDITOR, "REF-99", T0)).isEmpty();
    }

    private static List<Long> ids(List<CaseSnapshot> cases) {
        return cases.stream().map(CaseSnapshot::kraviaInvoiceId).toList();
    }
}
