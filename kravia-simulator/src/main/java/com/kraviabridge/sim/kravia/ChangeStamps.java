package com.kraviabridge.sim.kravia;

import java.time.LocalDateTime;

/**
 * Hands out {@code lastUpdatedTime} values: the simulated time at .NET's 100 ns resolution, pushed one tick
 * forward when needed so that every change gets a later stamp than the one before. In shared mode every change
 * gets the same stamp, which is how tests build pages of equal timestamps. Guarded by the simulator's lock.
 */
final class ChangeStamps {

    private static final int TICK_NANOS = 100;

    private LocalDateTime last;
    private boolean shared;
    private LocalDateTime sharedStamp;

    LocalDateTime next(LocalDateTime now) {
        if (shared && sharedStamp != null) {
            return sharedStamp;
        }
        LocalDateTime candidate = toTick(now);
        if (last != null && !candidate.isAfter(last)) {
            candidate = last.plusNanos(TICK_NANOS);
        }
        last = candidate;
        if (shared) {
            sharedStamp = candidate;
        }
        return candidate;
    }

    void setShared(boolean on) {
        shared = on;
        sharedStamp = null;
    }

    static LocalDateTime toTick(LocalDateTime time) {
        return time.withNano(time.getNano() / TICK_NANOS * TICK_NANOS);
    }
}
