package com.kraviabridge.app.daemon;

import org.slf4j.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * At most one warning per subject (a creditor's webhook) and period; the ones held back are counted and their
 * number told with the next warning that goes out. Whoever sends bad calls by the thousand cannot fill the log,
 * and the administrator still learns that it goes on.
 */
final class WarningThrottle {

    private final Logger log;
    private final Clock clock;
    private final Duration period;
    private final ConcurrentMap<Object, Window> windows = new ConcurrentHashMap<>();

    WarningThrottle(Logger log, Clock clock, Duration period) {
        this.log = log;
        this.clock = clock;
        this.period = period;
    }

    /** Logs {@code message} (an SLF4J pattern) unless a warning about {@code subject} went out within the period. */
    void warn(Object subject, String message, Object... arguments) {
        Instant now = clock.instant();
        long[] heldBack = {-1};
        windows.compute(subject, (key, window) -> {
            if (window == null || !now.isBefore(window.opened.plus(period))) {
                heldBack[0] = window == null ? 0 : window.heldBack;
                return new Window(now, 0);
            }
            return new Window(window.opened, window.heldBack + 1);
        });
        if (heldBack[0] < 0) {
            return;
        }
        if (heldBack[0] == 0) {
            log.warn(message, arguments);
        } else {
            log.warn(message + " ({} more like it held back since the last warning)", append(arguments, heldBack[0]));
        }
    }

    private static Object[] append(Object[] arguments, long last) {
        Object[] all = java.util.Arrays.copyOf(arguments, arguments.length + 1);
        all[arguments.length] = last;
        return all;
    }

    private record Window(Instant opened, long heldBack) {
    }
}
