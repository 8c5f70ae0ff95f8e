package com.kraviabridge.app.logging;

import ch.qos.logback.classic.pattern.ThrowableHandlingConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;

/**
 * {@code %exOneLine}: an exception as {@code | Type: message <- caused by Type: message (at frame)},
 * enough to find the cause without breaking "one event, one line" for log shippers and grep.
 */
public final class OneLineThrowableConverter extends ThrowableHandlingConverter {

    private static final int MAX_CAUSES = 5;

    @Override
    public String convert(ILoggingEvent event) {
        IThrowableProxy throwable = event.getThrowableProxy();
        if (throwable == null) {
            return "";
        }
        StringBuilder line = new StringBuilder(" | ");
        IThrowableProxy current = throwable;
        IThrowableProxy deepest = throwable;
        for (int depth = 0; current != null && depth < MAX_CAUSES; depth++) {
            if (depth > 0) {
                line.append(" <- caused by ");
            }
            line.append(current.getClassName());
            if (current.getMessage() != null) {
                line.append(": ").append(current.getMessage());
            }
            deepest = current;
            current = current.getCause();
        }
        StackTraceElementProxy[] frames = deepest.getStackTraceElementProxyArray();
        if (frames != null && frames.length > 0) {
            line.append(" (at ").append(frames[0].getStackTraceElement()).append(')');
        }
        return line.toString();
    }
}
