package com.kraviabridge.app.daemon;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kraviabridge.app.wiring.CompaniesOdooLacks;
import com.kraviabridge.core.port.store.ParkedRecords;
import com.kraviabridge.core.port.store.WebhookInbox;
import com.kraviabridge.core.usecase.report.FlowReport;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.Connection;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code GET /health}: the database, each flow's last and next run (with the mapped companies it refused, and
 * why), and how much waits for a person. 503 when
 * the database cannot be reached, so a load balancer or monitor takes the instance out.
 *
 * <p>The answer comes within {@link #DEFAULT_PATIENCE} whatever the database does: the connection pool waits far
 * longer for a connection to an unreachable server than a monitor waits for an answer, so the database is asked
 * on a thread of its own and taken for down when it does not answer in time.
 */
final class HealthEndpoint implements Route, AutoCloseable {

    static final Duration DEFAULT_PATIENCE = Duration.ofSeconds(5);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DataSource dataSource;
    private final JobRuns runs;
    private final BridgeScheduler scheduler;
    private final ParkedRecords parked;
    private final WebhookInbox inbox;
    private final Duration patience;
    private final ExecutorService probes = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "bridge-health-probe");
        thread.setDaemon(true);
        return thread;
    });

    HealthEndpoint(DataSource dataSource, JobRuns runs, BridgeScheduler scheduler, ParkedRecords parked,
                   WebhookInbox inbox) {
        this(dataSource, runs, scheduler, parked, inbox, DEFAULT_PATIENCE);
    }

    HealthEndpoint(DataSource dataSource, JobRuns runs, BridgeScheduler scheduler, ParkedRecords parked,
                   WebhookInbox inbox, Duration patience) {
        this.dataSource = dataSource;
        this.runs = runs;
        this.scheduler = scheduler;
        this.parked = parked;
        this.inbox = inbox;
        this.patience = patience;
    }

    @Override
    public HttpAnswer answer(HttpCall call) throws IOException {
        if (!"GET".equals(call.method())) {
            return HttpAnswer.text(405, "method not allowed");
        }
        ObjectNode body = withinPatience();
        boolean up = body != null;
        if (!up) {
            body = JSON.createObjectNode();
            body.put("status", "DOWN");
            body.put("database", "DOWN");
            body.put("instance", scheduler.instanceId());
        }
        return HttpAnswer.json(up ? 200 : 503, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(body));
    }

    /** The full report, or null when the database is down, failed on the way or took too long. */
    private ObjectNode withinPatience() {
        Future<ObjectNode> report;
        try {
            report = probes.submit(this::report);
        } catch (java.util.concurrent.RejectedExecutionException closing) {
            return null;
        }
        try {
            return report.get(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            report.cancel(true); // interrupts a wait for a pooled connection
            return null;
        } catch (InterruptedException e) {
            report.cancel(true);
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private ObjectNode report() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isValid(2)) {
                return null;
            }
        }
        ObjectNode body = JSON.createObjectNode();
        body.put("status", "UP");
        body.put("database", "UP");
        body.put("instance", scheduler.instanceId());
        ObjectNode jobs = body.putObject("jobs");
        for (FlowReport.Flow flow : FlowReport.Flow.values()) {
            ObjectNode job = jobs.putObject(flow.name().toLowerCase(Locale.ROOT));
            runs.last(flow).ifPresentOrElse(last -> {
                ObjectNode lastRun = job.putObject("lastRun");
                lastRun.put("finishedAt", last.finishedAt().toString());
                lastRun.put("outcome", last.outcome());
                lastRun.put("sent", last.sent());
                lastRun.put("parked", last.parked());
                lastRun.put("failed", last.failed());
                ArrayNode refused = lastRun.putArray("refusedCompanies");
                last.refusedCompanies().forEach(company -> refused.add(CompaniesOdooLacks.refusal(company)));
            }, () -> job.putNull("lastRun"));
            scheduler.nextRun(flow).ifPresentOrElse(next -> job.put("nextRun", next.toString()),
                    () -> job.putNull("nextRun"));
        }
        body.put("parked", parked.count());
        body.put("webhooksWaiting", inbox.countPending());
        return body;
    }

    @Override
    public void close() {
        probes.shutdownNow();
    }
}
