package com.kraviabridge.app.daemon;

import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.thread.Scheduler;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Reads a request body without holding a thread while the caller is slow: each piece is taken as it arrives, the
 * bytes are counted as read (a chunked body declares no length), and the read ends at the size limit, at the
 * deadline, or at the body's end, whichever comes first. The outcome is told exactly once.
 */
final class BoundedBody implements Runnable {

    enum Outcome { WHOLE, TOO_LARGE, TOO_SLOW, BROKEN }

    /** How a read ended; {@code bytes} is the body only when it is {@link Outcome#WHOLE}. */
    record Read(Outcome outcome, byte[] bytes) {
    }

    private final Request request;
    private final int maxBytes;
    private final Consumer<Read> then;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final AtomicBoolean told = new AtomicBoolean();
    private volatile Scheduler.Task deadline;

    private BoundedBody(Request request, int maxBytes, Consumer<Read> then) {
        this.request = request;
        this.maxBytes = maxBytes;
        this.then = then;
    }

    static void read(Request request, int maxBytes, Duration timeout, Consumer<Read> then) {
        BoundedBody body = new BoundedBody(request, maxBytes, then);
        if (request.getLength() > maxBytes) { // declared too large: not worth reading
            body.tell(Outcome.TOO_LARGE);
            return;
        }
        body.deadline = request.getComponents().getScheduler()
                .schedule(() -> body.tell(Outcome.TOO_SLOW), timeout.toMillis(), TimeUnit.MILLISECONDS);
        body.run();
    }

    /** Takes what has arrived; asks to be called again when more comes. */
    @Override
    public void run() {
        while (!told.get()) {
            Content.Chunk chunk = request.read();
            if (chunk == null) {
                request.demand(this);
                return;
            }
            if (Content.Chunk.isFailure(chunk)) {
                tell(Outcome.BROKEN);
                return;
            }
            boolean last = chunk.isLast();
            boolean fits = keep(chunk.getByteBuffer());
            chunk.release();
            if (!fits) {
                tell(Outcome.TOO_LARGE);
                return;
            }
            if (last) {
                tell(Outcome.WHOLE);
                return;
            }
        }
    }

    private boolean keep(ByteBuffer piece) {
        int room = maxBytes - bytes.size();
        if (piece.remaining() > room) {
            return false;
        }
        byte[] copy = new byte[piece.remaining()];
        piece.get(copy);
        bytes.writeBytes(copy);
        return true;
    }

    private void tell(Outcome outcome) {
        if (!told.compareAndSet(false, true)) {
            return;
        }
        Scheduler.Task timer = deadline;
        if (timer != null) {
            timer.cancel();
        }
        then.accept(new Read(outcome, outcome == Outcome.WHOLE ? bytes.toByteArray() : null));
    }
}
