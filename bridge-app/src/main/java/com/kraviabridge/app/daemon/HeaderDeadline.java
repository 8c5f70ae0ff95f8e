package com.kraviabridge.app.daemon;

import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.util.thread.Scheduler;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Closes a connection whose next request has not arrived whole (request line and headers) in time. The idle
 * timeout alone would not do: a caller that sends one byte every few seconds is never idle, and could hold a
 * connection for ever with a request that never ends (slow loris).
 *
 * <p>The clock starts when the connection opens and again when each answer has gone out; a connection that is
 * merely kept alive between requests is closed as well once that time is up, which costs a well-behaved caller
 * only a new connection.
 */
final class HeaderDeadline implements Connection.Listener {

    private final Scheduler scheduler;
    private final Duration timeout;

    HeaderDeadline(Scheduler scheduler, Duration timeout) {
        this.scheduler = scheduler;
        this.timeout = timeout;
    }

    @Override
    public void onOpened(Connection connection) {
        restart(connection);
    }

    /** From now, the connection has the timeout to bring its next request's headers. */
    void restart(Connection connection) {
        long requestsSoFar = connection.getMessagesIn(); // counts a request once its headers are whole
        scheduler.schedule(() -> {
            if (connection.getMessagesIn() == requestsSoFar && connection.getEndPoint().isOpen()) {
                // the socket itself: closing the HTTP connection would make Jetty answer a request it never got
                connection.getEndPoint().close();
            }
        }, timeout.toMillis(), TimeUnit.MILLISECONDS);
    }
}
