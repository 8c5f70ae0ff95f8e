package com.kraviabridge.core.usecase.allocations;

import com.kraviabridge.core.domain.Money;
import com.kraviabridge.core.fixture.InMemoryStore;
import com.kraviabridge.core.port.store.AllocationOutcome;
import com.kraviabridge.core.port.store.ForwardedAllocation;
import com.kraviabridge.core.port.store.ParkedKind;
import com.kraviabridge.core.port.store.ParkedRecord;
import com.kraviabridge.core.usecase.report.FlowReport;
import com.kraviabridge.core.write.WriteOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static com.kraviabridge.core.usecase.allocations.AllocationFlowFixture.payment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** What each outcome of a group's request means for the group: sent, refused, or left for the next run. */
class GroupOutcomesTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
    private final AllocationFlowFixture fixture = new AllocationFlowFixture(clock);
    private final InMemoryStore store = fixture.store;
    private final GroupOutcomes outcomes =
            new GroupOutcomes(store, clock, ParkedKind.PAYMENT, AllocationOutcome.PAYMENT);
    private final AllocationGroup group = new AllocationGroup(List.of(payment(1, 10, "300")));
    private final AllocationBookkeeping page =
            new AllocationBookkeeping(1, Map.of(10L, fixture.collectionCase(10, "1000")), clock);
    private final FlowReport report = new FlowReport(FlowReport.Flow.PAYMENTS, 1);
    private final Map<Long, Money> sent = Map.of(1L, Money.of("300", "NOK"));

    @Test
    void aRequestDoneNowIsRecordedAsSentAndLowersTheCapital() {
        boolean finished = settle(WriteOutcome.Status.DONE);

        assertThat(finished).isTrue();
        assertThat(report.sentCount()).isEqualTo(1);
        assertThat(page.cases().get(10L).remainingCapital()).isEqualTo(Money.of("700", "NOK"));
        page.store(1, store, store);
        assertThat(store.ofInvoices(1, List.of(10L))).extracting(ForwardedAllocation::outcome)
                .containsExactly(AllocationOutcome.PAYMENT);
    }

    @Test
    void aRequestAnotherRunSentIsOnlyBookedNotCountedAsSent() {
        boolean finished = settle(WriteOutcome.Status.ALREADY_DONE);

        assertThat(finished).isTrue();
        assertThat(report.sentCount()).isZero();
        assertThat(report.unchangedCount()).isEqualTo(1);
        assertThat(page.cases().get(10L).remainingCapital()).isEqualTo(Money.of("700", "NOK"));
    }

    @Test
    void aRefusedRequestIsParkedUnderItsWriteAndItsAllocationsHandledWithoutLoweringTheCapital() {
        boolean finished = settle(WriteOutcome.Status.REFUSED);

        assertThat(finished).isTrue();
        assertThat(store.list(1)).extracting(ParkedRecord::key, ParkedRecord::kind)
                .containsExactly(tuple("payment:1:1", ParkedKind.PAYMENT));
        assertThat(page.cases().get(10L).remainingCapital()).isEqualTo(Money.of("1000", "NOK"));
        page.store(1, store, store);
        assertThat(store.ofInvoices(1, List.of(10L))).extracting(ForwardedAllocation::outcome)
                .containsExactly(AllocationOutcome.REFUSED);
    }

    @ParameterizedTest
    @EnumSource(value = WriteOutcome.Status.class, names = {"UNKNOWN", "IN_PROGRESS_ELSEWHERE", "RETRY_LATER", "WAITING"})
    void aRequestWithoutAFinalOutcomeLeavesTheGroupUnfinishedAndRecordsNothing(WriteOutcome.Status status) {
        boolean finished = settle(status);

        assertThat(finished).isFalse();
        assertThat(report.sentCount()).isZero();
        assertThat(report.lines()).singleElement().asString().contains("direct payment PBNK/1");
        page.store(1, store, store);
        assertThat(store.ofInvoices(1, List.of(10L))).isEmpty();
        assertThat(store.list(1)).isEmpty();
    }

    @Test
    void anExcessIsParkedForAPersonButNotInADryRun() {
        Map<Long, Money> excess = Map.of(1L, Money.of("50", "NOK"));

        outcomes.reportExcess(new AllocationForwarding.Run(AllocationFlowFixture.CREDITOR, true, report), group, excess,
                "payment");
        assertThat(store.list(1)).isEmpty();
        outcomes.reportExcess(new AllocationForwarding.Run(AllocationFlowFixture.CREDITOR, false, report), group, excess,
                "payment");

        assertThat(report.parkedCount()).isEqualTo(2);
        assertThat(store.list(1)).extracting(ParkedRecord::key).containsExactly("excess:1:1");
    }

    private boolean settle(WriteOutcome.Status status) {
        return outcomes.settle(new WriteOutcome(status, status == WriteOutcome.Status.DONE ? "ref" : null, "why"),
                group, page, sent, "payment:1:1", report, "direct payment PBNK/1 of 300.00 NOK");
    }
}
