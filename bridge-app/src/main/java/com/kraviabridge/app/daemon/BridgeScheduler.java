package com.kraviabridge.app.daemon;

import com.kraviabridge.app.wiring.CompaniesOdooLacks;
import com.kraviabridge.app.wiring.FlowSchedules;
import com.kraviabridge.config.ScheduleConfig;
import com.kraviabridge.core.usecase.report.FlowReport;
import com.kraviabridge.core.usecase.Synchronisation;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.SchedulerRepository;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.utils.ConnectionProvider;
import org.quartz.utils.DBConnectionManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;

/**
 * Quartz on the bridge's own MariaDB with the clustered JDBC job store: every instance of the bridge on the
 * same database shares the schedule, each firing happens on exactly one of them, and when one dies the others
 * take its work over.
 */
public final class BridgeScheduler implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BridgeScheduler.class);

    static final String SCHEDULER_NAME = "KraviaBridge";
    private static final String GROUP = "flows";
    static final String WAKE_UP_GROUP = "wake-up";

    private final Scheduler scheduler;
    private final Set<FlowReport.Flow> switchedOff = EnumSet.noneOf(FlowReport.Flow.class);

    /** A scheduler whose runs serve every mapped company without asking Odoo which it has. */
    public BridgeScheduler(DataSource dataSource, ScheduleConfig schedule, Synchronisation sync, JobRuns runs,
                           Clock clock, long clusterCheckinMillis) {
        this(dataSource, schedule, sync, CompaniesOdooLacks.neverAsked(), runs, clock, clusterCheckinMillis);
    }

    /** @param lacking asked before each run which mapped companies Odoo does not have, to refuse them */
    public BridgeScheduler(DataSource dataSource, ScheduleConfig schedule, Synchronisation sync,
                           CompaniesOdooLacks lacking, JobRuns runs, Clock clock, long clusterCheckinMillis) {
        // Quartz looks its data source up by name; a name per instance lets several bridges share one JVM in tests.
        String dataSourceName = "bridge-" + UUID.randomUUID();
        DBConnectionManager.getInstance().addConnectionProvider(dataSourceName, new Pool(dataSource));
        Properties p = new Properties();
        p.setProperty("org.quartz.scheduler.instanceName", SCHEDULER_NAME);
        p.setProperty("org.quartz.scheduler.instanceId", "AUTO");
        p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        p.setProperty("org.quartz.threadPool.threadCount", "3");
        p.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
        p.setProperty("org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.StdJDBCDelegate");
        p.setProperty("org.quartz.jobStore.dataSource", dataSourceName);
        p.setProperty("org.quartz.jobStore.isClustered", "true");
        p.setProperty("org.quartz.jobStore.clusterCheckinInterval", Long.toString(clusterCheckinMillis));
        p.setProperty("org.quartz.jobStore.misfireThreshold", "60000");
        p.setProperty("org.quartz.jobStore.acquireTriggersWithinLock", "true");
        try {
            this.scheduler = new StdSchedulerFactory(p).getScheduler();
            // The repository is a per-JVM registry by name; forgetting this instance lets a second one (a test's
            // second bridge) be created under the same cluster-wide name.
            SchedulerRepository.getInstance().remove(SCHEDULER_NAME);
            scheduler.getContext().put(FlowJob.SYNCHRONISATION, sync);
            scheduler.getContext().put(FlowJob.JOB_RUNS, runs);
            scheduler.getContext().put(FlowJob.CLOCK, clock);
            scheduler.getContext().put(FlowJob.COMPANIES_ODOO_LACKS, lacking);
            for (Map.Entry<FlowReport.Flow, Optional<String>> entry : FlowSchedules.byFlow(schedule).entrySet()) {
                if (entry.getValue().isPresent()) {
                    schedule(entry.getKey(), entry.getValue().get());
                } else {
                    switchOff(entry.getKey());
                }
            }
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot set up the scheduler: " + e.getMessage(), e);
        }
    }

    private void schedule(FlowReport.Flow flow, String cron) throws SchedulerException {
        JobKey jobKey = jobKey(flow);
        JobDetail job = JobBuilder.newJob(FlowJob.class).withIdentity(jobKey).usingJobData(FlowJob.FLOW, flow.name())
                .storeDurably().requestRecovery().build();
        Trigger trigger = TriggerBuilder.newTrigger().withIdentity(TriggerKey.triggerKey(jobKey.getName(), GROUP))
                .forJob(jobKey)
                // A run missed while every instance was down happens once when one comes back, not once per miss.
                .withSchedule(CronScheduleBuilder.cronSchedule(cron).withMisfireHandlingInstructionFireAndProceed())
                .build();
        // Several instances start with the same schedule: replacing keeps one job and one trigger per flow,
        // and a changed cron expression takes effect at the next start.
        scheduler.addJob(job, true);
        Trigger existing = scheduler.getTrigger(trigger.getKey());
        if (existing == null) {
            try {
                scheduler.scheduleJob(trigger);
                return;
            } catch (ObjectAlreadyExistsException startedAtTheSameTime) {
                // Another instance starting at the same moment stored it between our look and our insert.
                existing = scheduler.getTrigger(trigger.getKey());
                if (existing == null) {
                    throw startedAtTheSameTime;
                }
            }
        }
        if (!(existing instanceof org.quartz.CronTrigger c) || !c.getCronExpression().equals(cron)) {
            scheduler.rescheduleJob(trigger.getKey(), trigger);
        }
    }

    /**
     * The schedules are stored in the shared database, so a flow switched off since the last start still has its
     * trigger there: it goes, with the job, and only from a start that has the flow off.
     */
    private void switchOff(FlowReport.Flow flow) throws SchedulerException {
        switchedOff.add(flow);
        if (scheduler.deleteJob(jobKey(flow))) {
            LOG.info("flow {} is switched off ({} = off): its schedule is removed", flow, FlowSchedules.key(flow));
        } else {
            LOG.info("flow {} is switched off ({} = off)", flow, FlowSchedules.key(flow));
        }
    }

    static JobKey jobKey(FlowReport.Flow flow) {
        return JobKey.jobKey(flow.name().toLowerCase(Locale.ROOT), GROUP);
    }

    public void start() {
        try {
            scheduler.start();
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot start the scheduler: " + e.getMessage(), e);
        }
    }

    /**
     * Runs the flow now, on whichever instance picks it up first (a webhook's wake-up call). A call made while an
     * earlier call's run has not started yet adds nothing: that run starts later and sees whatever was stored
     * before this call. So a burst of webhooks costs one or two runs, not one per call.
     */
    public void runNow(FlowReport.Flow flow) {
        if (switchedOff.contains(flow)) {
            // the administrator switched it off: a webhook is kept in the inbox, not acted upon
            return;
        }
        JobKey job = jobKey(flow);
        try {
            for (Trigger trigger : scheduler.getTriggersOfJob(job)) {
                if (WAKE_UP_GROUP.equals(trigger.getKey().getGroup())) {
                    // NORMAL: waiting or acquired; BLOCKED: waiting for the flow's current run to end. A wake-up
                    // trigger that fired is COMPLETE until its run ends, and its run may have read its input already.
                    Trigger.TriggerState state = scheduler.getTriggerState(trigger.getKey());
                    if (state == Trigger.TriggerState.NORMAL || state == Trigger.TriggerState.BLOCKED) {
                        return;
                    }
                }
            }
            scheduler.scheduleJob(TriggerBuilder.newTrigger()
                    .withIdentity(TriggerKey.triggerKey(UUID.randomUUID().toString(), WAKE_UP_GROUP))
                    .forJob(job).startNow().build());
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot trigger " + flow + ": " + e.getMessage(), e);
        }
    }

    public Optional<Instant> nextRun(FlowReport.Flow flow) {
        try {
            Trigger trigger = scheduler.getTrigger(TriggerKey.triggerKey(jobKey(flow).getName(), GROUP));
            return trigger == null || trigger.getNextFireTime() == null ? Optional.empty()
                    : Optional.of(trigger.getNextFireTime().toInstant());
        } catch (SchedulerException e) {
            return Optional.empty();
        }
    }

    /** The Quartz scheduler itself, for tests that listen to its firings. */
    Scheduler quartz() {
        return scheduler;
    }

    public String instanceId() {
        try {
            return scheduler.getSchedulerInstanceId();
        } catch (SchedulerException e) {
            return "unknown";
        }
    }

    /** Stops taking new work and waits for the running flows to finish their current record. */
    @Override
    public void close() {
        try {
            scheduler.shutdown(true);
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot stop the scheduler: " + e.getMessage(), e);
        }
    }

    /** Hands Quartz connections from the bridge's own pool. */
    private record Pool(DataSource dataSource) implements ConnectionProvider {

        @Override
        public Connection getConnection() throws SQLException {
            return dataSource.getConnection();
        }

        @Override
        public void shutdown() {
            // The pool belongs to the bridge's store and is closed with it.
        }

        @Override
        public void initialize() {
        }
    }
}
