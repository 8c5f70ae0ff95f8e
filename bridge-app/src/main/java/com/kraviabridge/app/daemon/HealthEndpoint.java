package com.kraviabridge.app.daemon;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kraviabridge.core.store.ParkedRecords;
import com.kraviabridge.core.store.WebhookInbox;
import com.kraviabridge.core.usecase.FlowReport;
import com.sun.net.httpserver.HttpExchange;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.Connection;
import java.util.Locale;

/**
 * {@code GET /health}: the database, each flow's last and next run, and how much waits for a person. 503 when
 * the database cannot be reached, so a load balancer or monitor takes the instance out.
 */
final class HealthEndpoint {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DataSource dataSource;
    private final JobRuns runs;
    private final BridgeScheduler scheduler;
    private final ParkedRecords parked;
    private final WebhookInbox inbox;

    HealthEndpoint(DataSource dataSource, JobRuns runs, BridgeScheduler scheduler, ParkedRecords parked,
                   WebhookInbox inbox) {
        this.dataSource = dataSource;
        this.runs = runs;
        this.scheduler = scheduler;
        this.parked = parked;
        this.inbox = inbox;
    }

    void handle(HttpExchange exchange) throws IOException {
        if (!"GET".equals(exchange.getRequestMethod())) {
            HttpReplies.send(exchange, 405, "method not allowed");
            return;
        }
        ObjectNode body = JSON.createObjectNode();
        boolean databaseUp = databaseUp();
        body.put("status", databaseUp ? "UP" : "DOWN");
        body.put("database", databaseUp ? "UP" : "DOWN");
        body.put("instance", scheduler.instanceId());
        if (databaseUp) {
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
                }, () -> job.putNull("lastRun"));
                scheduler.nextRun(flow).ifPresentOrElse(next -> job.put("nextRun", next.toString()),
                        () -> job.putNull("nextRun"));
            }
            body.put("parked", parked.count());
            body.put("webhooksWaiting", inbox.countPending());
        }
        HttpReplies.json(exchange, databaseUp ? 200 : 503, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(body));
    }

    private boolean databaseUp() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (Exception e) {
            return false;
        }
    }
}
