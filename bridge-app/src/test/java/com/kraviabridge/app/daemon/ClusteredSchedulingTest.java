package com.kraviabridge.app.daemon;

import com.kraviabridge.app.e2e.Landscape;
import com.kraviabridge.app.wiring.Bridge;
import com.kraviabridge.app.wiring.PortDecorators;
import com.kraviabridge.core.usecase.report.FlowReport;
import com.kraviabridge.sim.odoo.OdooVersion;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.quartz.impl.SchedulerRepository;
import org.quartz.impl.matchers.KeyMatcher;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two bridge instances on one database form one Quartz cluster: every firing of a schedule runs exactly once,
 * on one of them, never two runs of a flow at once; when one instance stops, the other carries on alone.
 */
@Tag("slow")
class ClusteredSchedulingTest {

    private static final long CHECKIN_MILLIS = 1_000;
    private static final FlowReport.Flow FLOW = FlowReport.Flow.SETTLEMENTS;

    @Test
    void everyFiringRunsOnceAcrossTheClusterAndTheSurvivorCarriesOn() throws Exception {
        FiringLog log = new FiringLog();
        Map<String, String> config = DaemonFixtures.config(Map.of("schedule.settlements", "* * * * * ?"));
        Instant bothListening;
        Instant firstStopped;
        String survivor;
        try (Landscape world = new Landscape(OdooVersion.V17, "jsonrpc", config)) {
            Map<String, Bridge> bridges = new LinkedHashMap<>();
            Map<String, Daemon> daemons = new LinkedHashMap<>();
            try {
                for (String name : List.of("A", "B")) {
                    Bridge bridge = world.bridge(new PortDecorators(UnaryOperator.identity(),
                            UnaryOperator.identity(), source -> log.recording(name, source)));
                    bridges.put(name, bridge);
                    Daemon daemon = Daemon.start(bridge, Clock.systemUTC(), CHECKIN_MILLIS);
                    daemons.put(name, daemon);
                    daemon.scheduler().quartz().getListenerManager().addJobListener(log.listener(name),
                            KeyMatcher.keyEquals(BridgeScheduler.jobKey(FLOW)));
                }
                bothListening = Instant.now();

                // Two schedulers of the same name in one JVM: Quartz's per-JVM registry would have handed the
                // second bridge the first one's scheduler, had BridgeScheduler not taken it out.
                Scheduler a = daemons.get("A").scheduler().quartz();
                Scheduler b = daemons.get("B").scheduler().quartz();
                assertThat(a).isNotSameAs(b);
                assertThat(List.of(a.getSchedulerName(), b.getSchedulerName()))
                        .containsOnly(BridgeScheduler.SCHEDULER_NAME);
                assertThat(a.getSchedulerInstanceId()).isNotEqualTo(b.getSchedulerInstanceId());
                assertThat(SchedulerRepository.getInstance().lookup(BridgeScheduler.SCHEDULER_NAME)).isNull();
                assertThat(a.getMetaData().isJobStoreClustered()).isTrue();
                assertThat(a.isStarted() && b.isStarted()).isTrue();
                // both check in to the one cluster in the shared database
                assertThat(DaemonFixtures.count(bridges.get("A").database().dataSource(),
                        "SELECT COUNT(*) FROM QRTZ_SCHEDULER_STATE WHERE SCHED_NAME = ? AND INSTANCE_NAME IN (?, ?)",
                        BridgeScheduler.SCHEDULER_NAME, a.getSchedulerInstanceId(), b.getSchedulerInstanceId()))
                        .isEqualTo(2);

                await().atMost(Duration.ofSeconds(30))
                        .until(() -> firedAfter(log.executions(), bothListening).size() >= 4);

                // Stop the instance that ran the latest firing, the one most likely holding the next one.
                String busy = log.executions().stream().max(Comparator.comparing(FiringLog.Execution::scheduledFor))
                        .orElseThrow().instance();
                survivor = busy.equals("A") ? "B" : "A";
                daemons.remove(busy).close();
                bridges.remove(busy).close();
                firstStopped = Instant.now();

                await().atMost(Duration.ofSeconds(40))
                        .until(() -> firedAfter(log.executions(), firstStopped).size() >= 3);
                JobRuns runs = new JobRuns(bridges.get(survivor).database().cursors());
                assertThat(runs.last(FLOW)).hasValueSatisfying(last -> assertThat(last.outcome()).isEqualTo("ok"));
            } finally {
                daemons.values().forEach(Daemon::close);
                bridges.values().forEach(Bridge::close);
            }
        }

        // Everything has stopped: the log is complete.
        List<FiringLog.Execution> all = log.executions();
        List<FiringLog.Execution> observed = firedAfter(all, bothListening);
        String story = all.stream().map(e -> e.scheduledFor() + "@" + e.instance())
                .collect(Collectors.joining(", "));

        // exactly once per firing, and no firing left out, across the stop of one instance
        Map<Instant, Long> perFiring = observed.stream()
                .collect(Collectors.groupingBy(FiringLog.Execution::scheduledFor, Collectors.counting()));
        assertThat(perFiring).as(story).allSatisfy((firing, runs) -> assertThat(runs).isEqualTo(1));
        List<Instant> firings = observed.stream().map(FiringLog.Execution::scheduledFor).sorted().toList();
        for (int i = 1; i < firings.size(); i++) {
            assertThat(Duration.between(firings.get(i - 1), firings.get(i))).as(story).isEqualTo(Duration.ofSeconds(1));
        }

        // after the stop, the survivor did all the work
        assertThat(firedAfter(all, firstStopped)).as(story).hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(e -> assertThat(e.instance()).isEqualTo(survivor));

        // never two runs of the flow at once, across both instances
        List<FiringLog.Execution> byStart = new ArrayList<>(all);
        byStart.sort(Comparator.comparing(FiringLog.Execution::started));
        for (int i = 1; i < byStart.size(); i++) {
            assertThat(byStart.get(i).started()).as(story).isAfterOrEqualTo(byStart.get(i - 1).ended());
        }

        // each execution ran the flow itself once, on the bridge whose scheduler fired it
        Map<Instant, FiringLog.Execution> byFiring = all.stream()
                .collect(Collectors.toMap(FiringLog.Execution::scheduledFor, Function.identity()));
        List<FiringLog.BodyRun> seen = log.bodies().stream().filter(r -> r.scheduledFor() != null).toList();
        assertThat(seen).hasSameSizeAs(all);
        assertThat(seen).allSatisfy(run -> assertThat(byFiring.get(run.scheduledFor()))
                .isNotNull().extracting(FiringLog.Execution::instance).isEqualTo(run.bridge()));
    }

    private static List<FiringLog.Execution> firedAfter(List<FiringLog.Execution> executions, Instant moment) {
        return executions.stream().filter(e -> e.scheduledFor().isAfter(moment)).toList();
    }
}
