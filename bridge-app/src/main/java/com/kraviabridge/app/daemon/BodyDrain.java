package com.kraviabridge.app.daemon;

import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.thread.Scheduler;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Reads and throws away the rest of a body that was refused (413) after its answer went out, so the connection
 * can be closed once the caller has sent everything. Closed while the caller still sends, the connection would be
 * reset, and a reset makes the caller's system drop the 413 it has not read yet: the caller would see a broken
 * connection instead of the answer. A caller that sends more than {@code maxBytes}, or for longer than the
 * timeout, is cut off all the same.
 */
final class BodyDrain implements Runnable {

    private final Request request;
    private final long maxBytes;
    private final Runnable then;
    private final AtomicBoolean over = new AtomicBoolean();
    private volatile Scheduler.Task deadline;
    private long discarded;

    private BodyDrain(Request request, long maxBytes, Runnable then) {
        this.request = request;
        this.maxBytes = maxBytes;
        this.then = then;
    }

    static void drain(Request request, long maxBytes, Duration timeout, Runnable then) {
        BodyDrain drain = new BodyDrain(request, maxBytes, then);
        if (request.getLength() > maxBytes) { // declared longer than we would wait for
            drain.end();
            return;
        }
        drain.deadline = request.getComponents().getScheduler()
                .schedule(drain::end, timeout.toMillis(), TimeUnit.MILLISECONDS);
        drain.run();
    }

    @Override
    public void run() {
        while (!over.get()) {
            Content.Chunk chunk = request.read();
            if (chunk == null) {
                request.demand(this);
                return;
            }
            boolean last = chunk.isLast() || Content.Chunk.isFailure(chunk);
            discarded += chunk.remaining();
            chunk.release();
            if (last || discarded > maxBytes) {
                end();
                return;
            }
        }
    }

    private void end() {
        if (!over.compareAndSet(false, true)) {
            return;
        }
        Scheduler.Task timer = deadline;
        if (timer != null) {
            timer.cancel();
        }
        then.run();
    }
}
