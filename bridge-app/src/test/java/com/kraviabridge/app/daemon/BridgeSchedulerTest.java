package com.kraviabridge.app.daemon;

import com.kraviabridge.app.e2e.Landscape;
import com.kraviabridge.app.wiring.Bridge;
import com.kraviabridge.core.usecase.report.FlowReport;
import com.kraviabridge.sim.odoo.OdooVersion;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quartz.TriggerKey;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The schedules live in the shared database: a restart with the same cron expressions keeps the stored triggers
 * (and with them any firing that came due while the bridge was down), a changed expression replaces its trigger.
 * Wake-up calls made while an earlier one's run has not started yet are one run.
 */
@Tag("slow")
class BridgeSchedulerTest {

    @Test
    void aChangedCronExpressionTakesEffectAtTheNextStartAndTheOthersAreKept() throws Exception {
        try (Landscape world = new Landscape(OdooVersion.V17, "jsonrpc",
                DaemonFixtures.config(Map.of("schedule.status", "0 0 3 1 1 ? 2098")))) {
            Date invoicesTriggerStart;
            try (Bridge bridge = world.bridge(); Daemon daemon = Daemon.start(bridge, Clock.systemUTC(), 5_000)) {
                assertThat(daemon.scheduler().nextRun(FlowReport.Flow.STATUS)).contains(at(2098));
                invoicesTriggerStart = daemon.scheduler().quartz()
                        .getTrigger(triggerOf(FlowReport.Flow.INVOICES)).getStartTime();
            }

            world.set("schedule.status", "0 0 3 1 1 ? 2097");
            try (Bridge bridge = world.bridge(); Daemon daemon = Daemon.start(bridge, Clock.systemUTC(), 5_000)) {
                assertThat(daemon.scheduler().nextRun(FlowReport.Flow.STATUS)).contains(at(2097));
                assertThat(daemon.scheduler().quartz().getTrigger(triggerOf(FlowReport.Flow.INVOICES)).getStartTime())
                        .as("the unchanged trigger is the stored one").isEqualTo(invoicesTriggerStart);
                assertThat(DaemonFixtures.count(bridge.database().dataSource(),
                        "SELECT COUNT(*) FROM QRTZ_TRIGGERS WHERE SCHED_NAME = ?", BridgeScheduler.SCHEDULER_NAME))
                        .isEqualTo(FlowReport.Flow.values().length);
                assertThat(DaemonFixtures.count(bridge.database().dataSource(),
                        "SELECT COUNT(*) FROM QRTZ_JOB_DETAILS WHERE SCHED_NAME = ?", BridgeScheduler.SCHEDULER_NAME))
                        .isEqualTo(FlowReport.Flow.values().length);
            }
        }
    }

    @Test
    void aFlowSwitchedOffLosesItsStoredScheduleAndIgnoresWakeUps() throws Exception {
        try (Landscape world = new Landscape(OdooVersion.V17, "jsonrpc", DaemonFixtures.config(Map.of()))) {
            try (Bridge bridge = world.bridge(); Daemon daemon = Daemon.start(bridge, Clock.systemUTC(), 5_000)) {
                assertThat(daemon.scheduler().nextRun(FlowReport.Flow.STATUS)).isPresent();
            }

            world.set("schedule.status", "off");
            try (Bridge bridge = world.bridge(); Daemon daemon = Daemon.start(bridge, Clock.systemUTC(), 5_000)) {
                assertThat(daemon.scheduler().nextRun(FlowReport.Flow.STATUS)).isEmpty();
                assertThat(daemon.scheduler().nextRun(FlowReport.Flow.INVOICES)).isPresent();
                assertThat(daemon.scheduler().quartz().checkExists(BridgeScheduler.jobKey(FlowReport.Flow.STATUS)))
                        .as("the job stored by the earlier start is gone").isFalse();
                daemon.scheduler().runNow(FlowReport.Flow.STATUS);
                assertThat(wakeUpTriggers(bridge)).isZero();
                assertThat(DaemonFixtures.count(bridge.database().dataSource(),
                        "SELECT COUNT(*) FROM QRTZ_TRIGGERS WHERE SCHED_NAME = ?", BridgeScheduler.SCHEDULER_NAME))
                        .isEqualTo(FlowReport.Flow.values().length - 1);
            }
        }
    }

    @Test
    void wakeUpCallsBeforeTheRunStartsMakeOneRunAndACallAfterItAnother() {
        try (Landscape world = new Landscape(OdooVersion.V17, "jsonrpc", DaemonFixtures.config(Map.of()));
             Bridge bridge = world.bridge()) {
            JobRuns runs = new JobRuns(bridge.database().cursors());
            BridgeScheduler scheduler = new BridgeScheduler(bridge.database().dataSource(), bridge.settings().schedule(),
                    bridge.synchronisation(), runs, Clock.systemUTC(), 5_000);
            try {
                // not started yet: the first call's run cannot have begun, so the others join it
                for (int call = 0; call < 3; call++) {
                    scheduler.runNow(FlowReport.Flow.STATUS);
                }
                assertThat(wakeUpTriggers(bridge)).isEqualTo(1);

                scheduler.start();
                await().atMost(Duration.ofSeconds(20)).until(() -> runs.last(FlowReport.Flow.STATUS).isPresent()
                        && wakeUpTriggers(bridge) == 0);
                assertThat(world.kravia.requests("GET", "invoice/search")).hasSize(1);

                // the run is over: a new call means a new run
                Instant firstRun = runs.last(FlowReport.Flow.STATUS).orElseThrow().finishedAt();
                scheduler.runNow(FlowReport.Flow.STATUS);
                await().atMost(Duration.ofSeconds(20)).until(() -> runs.last(FlowReport.Flow.STATUS).orElseThrow()
                        .finishedAt().isAfter(firstRun));
                assertThat(world.kravia.requests("GET", "invoice/search")).hasSize(2);
            } finally {
                scheduler.close();
            }
        }
    }

    private static long wakeUpTriggers(Bridge bridge) {
        return DaemonFixtures.count(bridge.database().dataSource(),
                "SELECT COUNT(*) FROM QRTZ_TRIGGERS WHERE SCHED_NAME = ? AND TRIGGER_GROUP = ?",
                BridgeScheduler.SCHEDULER_NAME, BridgeScheduler.WAKE_UP_GROUP);
    }

    /** 03:00 on 1 January of {@code year}, in the server's time zone as Quartz reads cron expressions. */
    private static Instant at(int year) {
        return ZonedDateTime.of(year, 1, 1, 3, 0, 0, 0, ZoneId.systemDefault()).toInstant();
    }

    private static TriggerKey triggerOf(FlowReport.Flow flow) {
        return TriggerKey.triggerKey(BridgeScheduler.jobKey(flow).getName(), BridgeScheduler.jobKey(flow).getGroup());
    }
}
