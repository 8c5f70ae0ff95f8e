package com.kraviabridge.core.usecase;

import com.kraviabridge.core.port.store.Operation;
import com.kraviabridge.core.port.store.OperationState;
import com.kraviabridge.core.port.store.OperationsLog;
import com.kraviabridge.core.port.store.ParkedRecord;
import com.kraviabridge.core.port.store.ParkedRecords;
import com.kraviabridge.core.port.store.RecordKey;

import java.time.Clock;
import java.util.Optional;

/**
 * The administrator asks for a refused write to be sent again although nothing the bridge sends changed: the cause
 * was on the other side (the creditor set up in Kravia since, a lock date lifted in Odoo). A refusal is otherwise
 * repeated only when the data changes, so this is the one way to say "try it as it is". The write becomes due at
 * once and goes with the next run of its flow, through the same exactly-once steps as any other.
 */
public final class RetryRefused {

    /** What became of the request. */
    public enum Outcome {
        /** The write is due again and goes with the next run. */
        QUEUED,
        /** Nothing is parked under the key. */
        NOT_PARKED,
        /** The record was never refused by the other side (not eligible, an excess, an undone payment). */
        NOTHING_TO_SEND
    }

    public record Result(Outcome outcome, ParkedRecord record) {
    }

    private final ParkedRecords parked;
    private final OperationsLog log;
    private final Clock clock;

    public RetryRefused(ParkedRecords parked, OperationsLog log, Clock clock) {
        this.parked = parked;
        this.log = log;
        this.clock = clock;
    }

    public Result retry(String parkedKey) {
        Optional<ParkedRecord> record = parked.all().stream().filter(r -> r.key().equals(parkedKey)).findFirst();
        if (record.isEmpty()) {
            return new Result(Outcome.NOT_PARKED, null);
        }
        Optional<Operation> write = RecordKey.tryParse(parkedKey).flatMap(RecordKey::refusedWrite)
                .flatMap(key -> log.find(key.text())).filter(op -> op.state() == OperationState.FAILED_PERMANENT);
        if (write.isEmpty()) {
            return new Result(Outcome.NOTHING_TO_SEND, record.get());
        }
        log.failRetryable(write.get().key(), write.get().lastError(), clock.instant());
        parked.release(parkedKey);
        return new Result(Outcome.QUEUED, record.get());
    }
}
