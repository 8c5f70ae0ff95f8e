package com.kraviabridge.sim.kravia;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Kravia's time: a base clock plus whatever the test has advanced. Moving it forward runs the case lifecycle for
 * every simulated midnight crossed, day by day, so that each step happens (and is stamped) on its own day.
 * Time never goes back. Kravia's zone-less values are read as UTC (docs/kravia-contract.md §1), so days are UTC days.
 */
public final class SimClock {

    /** Moves the clock and runs whatever the passing time brings, atomically with respect to API calls. */
    interface Mover {
        void move(Duration by);
    }

    private final Clock base;
    private volatile Duration offset = Duration.ZERO;
    private volatile Mover mover;

    SimClock(Clock base) {
        this.base = base;
    }

    void attach(Mover newMover) {
        this.mover = newMover;
    }

    /** Called by the mover while it holds the simulator's lock. */
    void shift(Duration by) {
        offset = offset.plus(by);
    }

    public Instant now() {
        return base.instant().plus(offset);
    }

    public LocalDateTime utcNow() {
        return LocalDateTime.ofInstant(now(), ZoneOffset.UTC);
    }

    public LocalDate today() {
        return utcNow().toLocalDate();
    }

    /** Advances one day at a time, so a case steps on the very day its stage expires. */
    public void advanceDays(int days) {
        if (days < 0) {
            throw new IllegalArgumentException("time does not go back: " + days);
        }
        for (int i = 0; i < days; i++) {
            mover.move(Duration.ofDays(1));
        }
    }

    public void advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("time does not go back: " + by);
        }
        mover.move(by);
    }
}
