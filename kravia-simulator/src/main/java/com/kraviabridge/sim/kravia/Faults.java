package com.kraviabridge.sim.kravia;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Fault injection, in front of the API as a faulty gateway would be: faults act before authentication, and the
 * "after commit" ones after the work is done. Use {@link #forPath} to aim at some paths; the shortcuts here aim
 * at every request.
 *
 * <pre>
 * sim.faults().forPath("invoice/register").failNext(2, 503);
 * sim.faults().throttleNext(1, 3);
 * sim.faults().forPath("invoice/payment").timeoutAfterCommit(1, Duration.ofSeconds(3));
 * sim.faults().forPath("invoice/creditnote").failAfterCommit(1, 502);
 * </pre>
 */
public final class Faults {

    /** What a fault turned the answer into. */
    record Injected(ApiResponse response, String label) {
    }

    private final List<FaultRule> rules = new ArrayList<>();

    public FaultScope forPath(String pathPrefix) {
        return new FaultScope(this, pathPrefix);
    }

    public FaultScope everywhere() {
        return new FaultScope(this, null);
    }

    public Faults latency(Duration delay) {
        everywhere().latency(delay);
        return this;
    }

    public Faults failNext(int count, int status) {
        everywhere().failNext(count, status);
        return this;
    }

    public Faults unavailableNext(int count, int retryAfterSeconds) {
        everywhere().unavailableNext(count, retryAfterSeconds);
        return this;
    }

    public Faults throttleNext(int count, int retryAfterSeconds) {
        everywhere().throttleNext(count, retryAfterSeconds);
        return this;
    }

    public Faults failRandomly(double probability, int status, long seed) {
        everywhere().failRandomly(probability, status, seed);
        return this;
    }

    public Faults timeoutAfterCommit(int count, Duration hold) {
        everywhere().timeoutAfterCommit(count, hold);
        return this;
    }

    public Faults failAfterCommit(int count, int status) {
        everywhere().failAfterCommit(count, status);
        return this;
    }

    public Faults dropAfterCommit(int count) {
        everywhere().dropAfterCommit(count);
        return this;
    }

    /** Disarms every fault, latency included. */
    public synchronized void clear() {
        rules.clear();
    }

    /** How many counted faults are still armed (random failures and latency not included). */
    public synchronized int armed() {
        int total = 0;
        for (FaultRule rule : rules) {
            total += Math.max(rule.remaining(), 0);
        }
        return total;
    }

    synchronized void add(FaultRule rule) {
        rules.add(rule);
    }

    /** The longest latency among the rules that hit this request. */
    synchronized Duration latencyFor(ApiRequest request) {
        Duration longest = Duration.ZERO;
        for (FaultRule rule : rules) {
            if (rule.kind == FaultRule.Kind.LATENCY && rule.appliesTo(request) && rule.duration.compareTo(longest) > 0) {
                longest = rule.duration;
            }
        }
        return longest;
    }

    /** A failure that replaces handling, if one is armed for this request. */
    synchronized Optional<Injected> beforeHandling(ApiRequest request) {
        for (Iterator<FaultRule> it = rules.iterator(); it.hasNext(); ) {
            FaultRule rule = it.next();
            boolean failing = rule.kind == FaultRule.Kind.FAIL || rule.kind == FaultRule.Kind.RANDOM_FAIL;
            if (failing && rule.appliesTo(request) && rule.fire()) {
                dropIfUsedUp(it, rule);
                Map<String, String> headers = rule.retryAfterSeconds > 0
                        ? Map.of("Retry-After", Integer.toString(rule.retryAfterSeconds)) : Map.of();
                String message = rule.message != null ? rule.message : rule.status == 429 ? "Too many requests; slow down."
                        : "Simulated server failure (HTTP " + rule.status + ").";
                return Optional.of(new Injected(ApiResponse.error(rule.status, message, null, headers),
                        Integer.toString(rule.status)));
            }
        }
        return Optional.empty();
    }

    /** What happens to the answer of a request that was handled, if a fault is armed for it. */
    synchronized Optional<FaultRule> afterCommit(ApiRequest request) {
        for (Iterator<FaultRule> it = rules.iterator(); it.hasNext(); ) {
            FaultRule rule = it.next();
            if (rule.afterCommit() && rule.appliesTo(request) && rule.fire()) {
                dropIfUsedUp(it, rule);
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    private static void dropIfUsedUp(Iterator<FaultRule> it, FaultRule rule) {
        if (rule.remaining() == 0) {
            it.remove();
        }
    }
}
