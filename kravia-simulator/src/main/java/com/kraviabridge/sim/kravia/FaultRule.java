package com.kraviabridge.sim.kravia;

import java.time.Duration;
import java.util.Random;

/** One armed fault: what it does, which paths it hits and how many more requests it takes. */
final class FaultRule {

    enum Kind {
        /** Wait before handling; never used up. */
        LATENCY,
        /** Answer an error status without doing anything. */
        FAIL,
        /** Like FAIL, but only with the given probability; never used up. */
        RANDOM_FAIL,
        /** Do the work, then hold the answer back for a while. */
        HOLD,
        /** Do the work, then close the connection without an answer. */
        DROP,
        /** Do the work, then answer an error status, as a crash or a proxy after the commit would. */
        FAIL_AFTER_COMMIT
    }

    static final int UNLIMITED = -1;

    final Kind kind;
    final String pathPrefix;
    final int status;
    final int retryAfterSeconds;
    final Duration duration;
    /** What the answer says, for a refusal; null for the generic text of the status. */
    String message;
    /** For a hold until the test releases it; null for a hold of {@link #duration}. */
    HeldAnswer heldAnswer;
    private final double probability;
    private final Random random;
    private int remaining;

    private FaultRule(Kind kind, String pathPrefix, int count, int status, int retryAfterSeconds, Duration duration,
                      double probability, Random random) {
        this.kind = kind;
        this.pathPrefix = pathPrefix;
        this.remaining = count;
        this.status = status;
        this.retryAfterSeconds = retryAfterSeconds;
        this.duration = duration;
        this.probability = probability;
        this.random = random;
    }

    static FaultRule latency(String prefix, Duration delay) {
        return new FaultRule(Kind.LATENCY, prefix, UNLIMITED, 0, 0, delay, 1, null);
    }

    static FaultRule fail(String prefix, int count, int status, int retryAfterSeconds) {
        return new FaultRule(Kind.FAIL, prefix, count, status, retryAfterSeconds, null, 1, null);
    }

    /** Like {@link #fail}, with Kravia's own kind of refusal: a 400 saying why. */
    static FaultRule refuse(String prefix, int count, String message) {
        FaultRule rule = new FaultRule(Kind.FAIL, prefix, count, 400, 0, null, 1, null);
        rule.message = message;
        return rule;
    }

    static FaultRule randomFail(String prefix, double probability, int status, long seed) {
        return new FaultRule(Kind.RANDOM_FAIL, prefix, UNLIMITED, status, 0, null, probability, new Random(seed));
    }

    static FaultRule hold(String prefix, int count, Duration hold) {
        return new FaultRule(Kind.HOLD, prefix, count, 0, 0, hold, 1, null);
    }

    static FaultRule holdUntilReleased(String prefix, HeldAnswer answer) {
        FaultRule rule = new FaultRule(Kind.HOLD, prefix, 1, 0, 0, Duration.ZERO, 1, null);
        rule.heldAnswer = answer;
        return rule;
    }

    static FaultRule drop(String prefix, int count) {
        return new FaultRule(Kind.DROP, prefix, count, 0, 0, null, 1, null);
    }

    static FaultRule failAfterCommit(String prefix, int count, int status) {
        return new FaultRule(Kind.FAIL_AFTER_COMMIT, prefix, count, status, 0, null, 1, null);
    }

    boolean appliesTo(ApiRequest request) {
        return remaining != 0 && request.pathStartsWith(pathPrefix);
    }

    /** Uses the rule up by one request; for a random rule, draws whether it fires this time. */
    boolean fire() {
        if (remaining == 0) {
            return false;
        }
        if (kind == Kind.RANDOM_FAIL) {
            return random.nextDouble() < probability;
        }
        if (remaining > 0) {
            remaining--;
        }
        return true;
    }

    int remaining() {
        return remaining;
    }

    boolean afterCommit() {
        return kind == Kind.HOLD || kind == Kind.DROP || kind == Kind.FAIL_AFTER_COMMIT;
    }
}
