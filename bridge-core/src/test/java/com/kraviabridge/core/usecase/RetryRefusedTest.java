package com.kraviabridge.core.usecase;

import com.kraviabridge.core.fixture.InMemoryOperationsLog;
import com.kraviabridge.core.fixture.InMemoryStore;
import com.kraviabridge.core.fixture.MutableClock;
import com.kraviabridge.core.fixture.TestWrites;
import com.kraviabridge.core.port.RemoteFailure;
import com.kraviabridge.core.port.store.OperationState;
import com.kraviabridge.core.port.store.ParkedKind;
import com.kraviabridge.core.port.store.ParkedRecord;
import com.kraviabridge.core.write.RemoteWrites;
import com.kraviabridge.core.write.WriteOutcome;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class RetryRefusedTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T08:00:00Z"));
    private final InMemoryOperationsLog log = new InMemoryOperationsLog(clock);
    private final InMemoryStore store = new InMemoryStore();
    private final RemoteWrites writes = new RemoteWrites(log, clock);
    private final RetryRefused retry = new RetryRefused(store, log, clock);

    @Test
    void aRefusedRegistrationIsSentAgainAsItIsWithTheNextRun() {
        refuse("register:1:7");
        store.park(new ParkedRecord("invoice:1:7", 1, ParkedKind.INVOICE, "INV/7", "Kravia refused invoice INV/7",
                clock.instant()));
        assertThat(send("register:1:7").status()).as("unchanged, a refusal repeats").isEqualTo(WriteOutcome.Status.STILL_REFUSED);

        RetryRefused.Result result = retry.retry("invoice:1:7");

        assertThat(result.outcome()).isEqualTo(RetryRefused.Outcome.QUEUED);
        assertThat(store.all()).isEmpty();
        assertThat(log.find("register:1:7").orElseThrow().state()).isEqualTo(OperationState.FAILED_RETRYABLE);
        assertThat(send("register:1:7")).isEqualTo(new WriteOutcome(WriteOutcome.Status.DONE, "case-7", null));
    }

    @Test
    void aRefusedPaymentIsParkedUnderItsWritesOwnKey() {
        refuse("payment:1:55");
        store.park(new ParkedRecord("payment:1:55", 1, ParkedKind.PAYMENT, "PBNK/55",
                "Kravia refused direct payment", clock.instant()));

        assertThat(retry.retry("payment:1:55").outcome()).isEqualTo(RetryRefused.Outcome.QUEUED);
        assertThat(send("payment:1:55").status()).isEqualTo(WriteOutcome.Status.DONE);
    }

    @Test
    void whatTheOtherSideNeverRefusedHasNothingToSendAndStaysListed() {
        store.park(new ParkedRecord("invoice:1:8", 1, ParkedKind.INVOICE, "INV/8", "customer has no postal code",
                clock.instant()));
        store.park(new ParkedRecord("excess:1:9", 1, ParkedKind.EXCESS, "PBNK/9", "more than the capital",
                clock.instant()));

        assertThat(retry.retry("invoice:1:8").outcome()).isEqualTo(RetryRefused.Outcome.NOTHING_TO_SEND);
        assertThat(retry.retry("excess:1:9").outcome()).isEqualTo(RetryRefused.Outcome.NOTHING_TO_SEND);
        assertThat(retry.retry("invoice:1:404").outcome()).isEqualTo(RetryRefused.Outcome.NOT_PARKED);
        assertThat(store.all()).hasSize(2);
    }

    private void refuse(String key) {
        WriteOutcome refused = writes.perform(TestWrites.write(key, "s", "payload", e -> Optional.empty(), () -> {
            throw RemoteFailure.permanent(RemoteFailure.Side.COLLECTOR, "HTTP 422: creditor not set up for B2B");
        }));
        assertThat(refused.status()).isEqualTo(WriteOutcome.Status.REFUSED);
    }

    private WriteOutcome send(String key) {
        return writes.perform(TestWrites.write(key, "s", "payload", e -> Optional.empty(), () -> "case-7"));
    }
}
