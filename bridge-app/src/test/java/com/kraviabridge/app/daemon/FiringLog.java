package com.kraviabridge.app.daemon;

import com.kraviabridge.core.domain.Settlement;
import com.kraviabridge.core.port.collector.SettlementSource;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobListener;

import java.time.Instant;
import java.util.List;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What the cluster did, seen from inside: every job execution with the firing it served (a Quartz listener on
 * each instance), and every run of the flow's body with the firing that caused it (a decorator around the
 * settlement source, told the firing through a thread-local that the listener sets on the worker thread).
 */
final class FiringLog {

    /** One job execution on one instance, for the firing scheduled at {@code scheduledFor}. */
    record Execution(String instance, Instant scheduledFor, Instant started, Instant ended) {
    }

    /** One call of the flow's first remote read, by the bridge named {@code bridge}, for a firing (null: unseen). */
    record BodyRun(String bridge, Instant scheduledFor) {
    }

    private final ThreadLocal<Instant> firing = new ThreadLocal<>();
    private final Map<String, Instant> started = new ConcurrentHashMap<>();
    private final List<Execution> executions = new CopyOnWriteArrayList<>();
    private final List<BodyRun> bodies = new CopyOnWriteArrayList<>();

    List<Execution> executions() {
        return List.copyOf(executions);
    }

    List<BodyRun> bodies() {
        return List.copyOf(bodies);
    }

    JobListener listener(String instance) {
        return new JobListener() {
            @Override
            public String getName() {
                return "firing-log-" + instance;
            }

            @Override
            public void jobToBeExecuted(JobExecutionContext context) {
                firing.set(context.getScheduledFireTime().toInstant());
                started.put(context.getFireInstanceId(), Instant.now());
            }

            @Override
            public void jobExecutionVetoed(JobExecutionContext context) {
            }

            @Override
            public void jobWasExecuted(JobExecutionContext context, JobExecutionException jobException) {
                firing.remove();
                Instant start = started.remove(context.getFireInstanceId());
                if (start != null) { // else the listener came in during the run: its start went unseen
                    executions.add(new Execution(instance, context.getScheduledFireTime().toInstant(), start,
                            Instant.now()));
                }
            }
        };
    }

    SettlementSource recording(String bridge, SettlementSource real) {
        return new SettlementSource() {
            @Override
            public Map<Long, List<Settlement>> openSettlements(Collection<Long> creditorIds) {
                bodies.add(new BodyRun(bridge, firing.get()));
                return real.openSettlements(creditorIds);
            }

            @Override
            public void markBookkept(long creditorId, String settlementId, String internalAccountingId) {
                real.markBookkept(creditorId, settlementId, internalAccountingId);
            }
        };
    }
}
