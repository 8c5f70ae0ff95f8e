package com.kraviabridge.sim.odoo;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The simulator's notion of "now" (UTC, microseconds), read once per transaction for
 * write_date/create_date, and "today" for default dates. It follows the system clock until set;
 * an optional tick makes consecutive transactions get distinct timestamps.
 */
public final class SimClock {
    private LocalDateTime fixed;
    private Duration tick = Duration.ZERO;

    public synchronized LocalDateTime now() {
        if (fixed == null) {
            return LocalDateTime.now(Clock.systemUTC()).truncatedTo(ChronoUnit.MICROS);
        }
        LocalDateTime current = fixed;
        fixed = fixed.plus(tick);
        return current;
    }

    /** Freezes time at the given UTC instant. */
    public synchronized SimClock set(LocalDateTime utc) {
        fixed = utc.truncatedTo(ChronoUnit.MICROS);
        return this;
    }

    /** Freezes time on the given day, at 09:00 UTC. */
    public SimClock setToday(LocalDate day) {
        return set(day.atTime(LocalTime.of(9, 0)));
    }

    /** Moves a frozen clock forward (or freezes a running one first). */
    public synchronized SimClock advance(Duration amount) {
        if (fixed == null) {
            fixed = LocalDateTime.now(Clock.systemUTC()).truncatedTo(ChronoUnit.MICROS);
        }
        fixed = fixed.plus(amount);
        return this;
    }

    /** Each reading of a frozen clock moves it forward by {@code step} afterwards. */
    public synchronized SimClock tick(Duration step) {
        tick = step;
        return this;
    }

    public synchronized SimClock useSystemTime() {
        fixed = null;
        tick = Duration.ZERO;
        return this;
    }

    public LocalDate today() {
        return now().toLocalDate();
    }

    /** Today as the simulated server sees it, without advancing a ticking clock. */
    public synchronized LocalDate peekToday() {
        return fixed == null ? LocalDate.now(ZoneOffset.UTC) : fixed.toLocalDate();
    }
}
