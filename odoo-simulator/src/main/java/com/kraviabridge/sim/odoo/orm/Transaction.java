package com.kraviabridge.sim.odoo.orm;

import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * One RPC call's unit of work. Mutations register how to undo themselves, so a failing call
 * leaves no trace, as a rolled-back PostgreSQL transaction would. Like {@code cursor.now()},
 * {@link #now()} is fixed at the start and stamps every write_date of the call.
 */
public final class Transaction {
    private final LocalDateTime now;
    private final Deque<Runnable> undo = new ArrayDeque<>();
    private final Map<String, Set<Integer>> pending = new HashMap<>();

    public Transaction(LocalDateTime now) {
        this.now = now;
    }

    public LocalDateTime now() {
        return now;
    }

    public void onRollback(Runnable action) {
        undo.push(action);
    }

    public void rollback() {
        rollbackTo(0);
    }

    /** {@code SAVEPOINT}: a mark that {@link #rollbackTo} can return to while the call goes on. */
    public int savepoint() {
        return undo.size();
    }

    /** {@code ROLLBACK TO SAVEPOINT}: undoes what changed since the mark, keeps what came before. */
    public void rollbackTo(int savepoint) {
        while (undo.size() > savepoint) {
            undo.pop().run();
        }
    }

    /**
     * Ids queued under a topic for end-of-call work (e.g. moves whose totals must be
     * recomputed once all their lines are written).
     */
    public Set<Integer> pending(String topic) {
        return this.pending.computeIfAbsent(topic, t -> new LinkedHashSet<>());
    }
}
