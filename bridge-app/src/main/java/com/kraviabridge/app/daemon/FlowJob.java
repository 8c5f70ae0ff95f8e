package com.kraviabridge.app.daemon;

import com.kraviabridge.app.wiring.CompaniesOdooLacks;
import com.kraviabridge.core.usecase.report.FlowReport;
import com.kraviabridge.core.usecase.Synchronisation;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One flow over every mapped company that Odoo shows to the bridge's user; one it does not is refused with the
 * reason, in the log and in the run's record. Quartz never runs two of the same flow at once, across the whole
 * cluster; the flow itself is idempotent, so a run repeated after a crash does no harm.
 */
@DisallowConcurrentExecution
public final class FlowJob implements Job {

    static final String FLOW = "flow";
    static final String SYNCHRONISATION = "synchronisation";
    static final String JOB_RUNS = "jobRuns";
    static final String CLOCK = "clock";
    static final String COMPANIES_ODOO_LACKS = "companiesOdooLacks";

    private static final Logger LOG = LoggerFactory.getLogger(FlowJob.class);

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        FlowReport.Flow flow = FlowReport.Flow.valueOf(context.getMergedJobDataMap().getString(FLOW));
        Synchronisation sync;
        JobRuns runs;
        Clock clock;
        CompaniesOdooLacks lacking;
        try {
            sync = (Synchronisation) context.getScheduler().getContext().get(SYNCHRONISATION);
            runs = (JobRuns) context.getScheduler().getContext().get(JOB_RUNS);
            clock = (Clock) context.getScheduler().getContext().get(CLOCK);
            lacking = (CompaniesOdooLacks) context.getScheduler().getContext().get(COMPANIES_ODOO_LACKS);
        } catch (SchedulerException e) {
            throw new JobExecutionException(e);
        }
        List<FlowReport> reports = new ArrayList<>();
        String error = null;
        long started = System.nanoTime();
        Set<Long> refused = Set.of();
        try {
            refused = lacking.now();
            for (long companyId : refused) {
                reports.add(CompaniesOdooLacks.refusedRun(flow, companyId));
                LOG.warn("flow {}: {}", flow, CompaniesOdooLacks.refusal(companyId));
            }
            Synchronisation served = sync.without(refused);
            served.runFlow(flow, false, report -> {
                reports.add(report);
                LOG.info("{}", report);
            });
            served.creditors().forEach(served::reviewActivities);
        } catch (RuntimeException e) {
            error = e.getMessage();
            LOG.warn("flow {} failed: {}", flow, e.toString());
        } finally {
            runs.record(flow, Duration.ofNanos(System.nanoTime() - started), clock.instant(), reports, error,
                    refused);
        }
    }
}
