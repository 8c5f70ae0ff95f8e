package com.kraviabridge.store;

import java.util.concurrent.atomic.LongAdder;

/**
 * Counts the JDBC statements the bridge sends through {@link Database#dataSource()}, for figures such as
 * "MariaDB statements per record". Every {@code execute*} call counts one; {@code executeBatch} counts one too
 * (it is one round trip) and the rows it carried are counted separately in {@link #batchedRows()}.
 * Statements of the migrations and of the pool itself are not counted.
 */
public final class StatementCounter {

    private final LongAdder statements = new LongAdder();
    private final LongAdder batchedRows = new LongAdder();

    public long statements() {
        return statements.sum();
    }

    public long batchedRows() {
        return batchedRows.sum();
    }

    /** Starts a new measurement. */
    public void reset() {
        statements.reset();
        batchedRows.reset();
    }

    void executed() {
        statements.increment();
    }

    void batched() {
        batchedRows.increment();
    }

    @Override
    public String toString() {
        return statements() + " statements (" + batchedRows() + " batched rows)";
    }
}
