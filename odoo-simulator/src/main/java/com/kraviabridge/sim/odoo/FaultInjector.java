package com.kraviabridge.sim.odoo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * Misbehaviour on demand: a fixed latency for every call, the time Odoo's own work takes by method and row
 * ({@link RowCosts}), and planned faults for the next N (optionally matching) calls. Plans are consumed in the
 * order they were made.
 *
 * <pre>{@code
 * sim.faults().latency(Duration.ofMillis(50));
 * sim.faults().rowCosts(RowCosts.measuredOnOdoo18());
 * sim.faults().nextCalls(2).httpStatus(503);
 * sim.faults().nextCall().matching("account.move.line", "reconcile").failAfterCommit();
 * }</pre>
 */
public final class FaultInjector {
    /** What happens to a call hit by a plan. */
    public enum Kind {
        /** Answer with this HTTP status and a proxy-style body; nothing is executed. */
        HTTP_STATUS,
        /** Raise psycopg2's SerializationFailure; nothing is committed. */
        SERIALIZATION_FAILURE,
        /** Close the connection without answering; nothing is executed. */
        DROP_CONNECTION,
        /** Execute and commit, then close the connection without answering. */
        FAIL_AFTER_COMMIT,
        /** Raise Odoo 19's LockError (a row another transaction holds); nothing is committed. */
        LOCK_ERROR
    }

    /** A fault chosen for one call. */
    public record Injected(Kind kind, int status) {
    }

    private volatile Duration latency = Duration.ZERO;
    private volatile RowCosts rowCosts = RowCosts.none();
    private final List<Entry> plans = new ArrayList<>();

    private static final class Entry {
        final Kind kind;
        final int status;
        final String model;
        final String method;
        int remaining;

        Entry(Kind kind, int status, String model, String method, int remaining) {
            this.kind = kind;
            this.status = status;
            this.model = model;
            this.method = method;
            this.remaining = remaining;
        }

        boolean matches(String callModel, String callMethod) {
            return (model == null || model.equals(callModel)) && (method == null || method.equals(callMethod));
        }
    }

    /** Builder of one plan: which calls, then what happens to them. */
    public final class Plan {
        private final int count;
        private String model;
        private String method;

        private Plan(int count) {
            this.count = count;
        }

        /**
         * Restricts the plan to object calls of this model and method (either may be null for
         * any); for common/db calls use the service name as model, e.g. ("common", "login").
         */
        public Plan matching(String model, String method) {
            this.model = model;
            this.method = method;
            return this;
        }

        public void httpStatus(int status) {
            add(Kind.HTTP_STATUS, status);
        }

        public void serializationFailure() {
            add(Kind.SERIALIZATION_FAILURE, 200);
        }

        public void dropConnection() {
            add(Kind.DROP_CONNECTION, 0);
        }

        public void failAfterCommit() {
            add(Kind.FAIL_AFTER_COMMIT, 0);
        }

        /** Odoo 19's LockError: JSON-2 answers 409, XML-RPC fault 2, JSON-RPC {@code odoo.exceptions.LockError}. */
        public void lockError() {
            add(Kind.LOCK_ERROR, 409);
        }

        private void add(Kind kind, int status) {
            synchronized (plans) {
                plans.add(new Entry(kind, status, model, method, count));
            }
        }
    }

    public FaultInjector latency(Duration perCall) {
        this.latency = Objects.requireNonNull(perCall);
        return this;
    }

    public Duration latency() {
        return latency;
    }

    /** What Odoo's own work costs per method and row, charged on top of the latency (none by default). */
    public FaultInjector rowCosts(RowCosts costs) {
        this.rowCosts = Objects.requireNonNull(costs);
        return this;
    }

    public RowCosts rowCosts() {
        return rowCosts;
    }

    public Plan nextCall() {
        return nextCalls(1);
    }

    public Plan nextCalls(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be positive");
        }
        return new Plan(n);
    }

    public void clear() {
        synchronized (plans) {
            plans.clear();
        }
        latency = Duration.ZERO;
        rowCosts = RowCosts.none();
    }

    /** Planned faults not yet consumed. */
    public int pending() {
        synchronized (plans) {
            return plans.stream().mapToInt(e -> e.remaining).sum();
        }
    }

    /**
     * Consumes the first plan matching the call, if any. {@code model}/{@code method} are the
     * ORM model and method for object calls, else the service and its method.
     */
    public Injected take(String model, String method) {
        synchronized (plans) {
            Iterator<Entry> it = plans.iterator();
            while (it.hasNext()) {
                Entry e = it.next();
                if (e.matches(model, method)) {
                    if (--e.remaining <= 0) {
                        it.remove();
                    }
                    return new Injected(e.kind, e.status);
                }
            }
            return null;
        }
    }
}
