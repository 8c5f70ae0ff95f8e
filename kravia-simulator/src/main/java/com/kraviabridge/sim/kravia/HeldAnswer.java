package com.kraviabridge.sim.kravia;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * An answer the simulator has worked out and holds back until the test lets it go: the answer a slow network still
 * carries while other requests change what it describes. Lets a test put a client's work in the gap between
 * Kravia reading its state and the client seeing it, without timing guesses.
 */
public final class HeldAnswer {

    private final CountDownLatch held = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);

    HeldAnswer() {
    }

    /** True once a request was carried out and its answer is waiting. */
    public boolean isHeld() {
        return held.getCount() == 0;
    }

    /** Sends the answer (or lets the next matching request's answer through at once). */
    public void release() {
        released.countDown();
    }

    /** Called by the request's thread: waits for the release, or for the simulator to close. */
    void hold(CountDownLatch closing) {
        held.countDown();
        try {
            while (!released.await(20, TimeUnit.MILLISECONDS)) {
                if (closing.getCount() == 0) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
