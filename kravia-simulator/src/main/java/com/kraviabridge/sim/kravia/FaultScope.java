package com.kraviabridge.sim.kravia;

import java.time.Duration;

/**
 * Faults aimed at the requests whose path starts with a prefix ({@code "invoice/register"} after the version
 * prefix, or a full path with a leading slash), or at every request. Counted faults are used up in the order
 * they were armed.
 */
public final class FaultScope {

    private final Faults faults;
    private final String pathPrefix;

    FaultScope(Faults faults, String pathPrefix) {
        this.faults = faults;
        this.pathPrefix = pathPrefix;
    }

    /** Every matching request waits this long before it is handled. */
    public FaultScope latency(Duration delay) {
        faults.add(FaultRule.latency(pathPrefix, delay));
        return this;
    }

    /** The next {@code count} matching requests are answered with a 5xx status and do nothing. */
    public FaultScope failNext(int count, int status) {
        checkServerError(status);
        faults.add(FaultRule.fail(pathPrefix, positive(count), status, 0));
        return this;
    }

    /**
     * The next {@code count} matching requests are refused with 400 and this message and do nothing: a refusal
     * whose cause lies on Kravia's side (the creditor's set-up, say) and goes away once fixed there, although the
     * request stays the same.
     */
    public FaultScope refuseNext(int count, String message) {
        faults.add(FaultRule.refuse(pathPrefix, positive(count), message));
        return this;
    }

    /** The next {@code count} matching requests get 503 with {@code Retry-After} and do nothing. */
    public FaultScope unavailableNext(int count, int retryAfterSeconds) {
        faults.add(FaultRule.fail(pathPrefix, positive(count), 503, retryAfterSeconds));
        return this;
    }

    /** The next {@code count} matching requests get 429 with {@code Retry-After} and do nothing. */
    public FaultScope throttleNext(int count, int retryAfterSeconds) {
        faults.add(FaultRule.fail(pathPrefix, positive(count), 429, retryAfterSeconds));
        return this;
    }

    /** Each matching request fails with the given 5xx status with this probability (reproducible by seed). */
    public FaultScope failRandomly(double probability, int status, long seed) {
        checkServerError(status);
        if (probability < 0 || probability > 1) {
            throw new IllegalArgumentException("a probability is between 0 and 1: " + probability);
        }
        faults.add(FaultRule.randomFail(pathPrefix, probability, status, seed));
        return this;
    }

    /**
     * The next {@code count} matching requests are carried out, but their answer is held back for {@code hold}
     * (longer than the client's timeout, so the client sees a timeout on a write that happened).
     */
    public FaultScope timeoutAfterCommit(int count, Duration hold) {
        faults.add(FaultRule.hold(pathPrefix, positive(count), hold));
        return this;
    }

    /**
     * The next matching request is carried out on the state of that moment, and its answer waits until the test
     * releases it, while other requests go on; see {@link HeldAnswer}.
     */
    public HeldAnswer holdNextAnswer() {
        HeldAnswer answer = new HeldAnswer();
        faults.add(FaultRule.holdUntilReleased(pathPrefix, answer));
        return answer;
    }

    /**
     * The next {@code count} matching requests are carried out, then answered with a 5xx status (500, 502, 503...)
     * as if nothing had happened: what a crash after the commit, or a proxy losing the answer, looks like to the
     * client.
     */
    public FaultScope failAfterCommit(int count, int status) {
        checkServerError(status);
        faults.add(FaultRule.failAfterCommit(pathPrefix, positive(count), status));
        return this;
    }

    /** The next {@code count} matching requests are carried out, then the connection is closed without answer. */
    public FaultScope dropAfterCommit(int count) {
        faults.add(FaultRule.drop(pathPrefix, positive(count)));
        return this;
    }

    private static int positive(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1: " + count);
        }
        return count;
    }

    private static void checkServerError(int status) {
        if (status < 500 || status > 599) {
            throw new IllegalArgumentException("a server error status is 5xx: " + status);
        }
    }
}
