package com.kraviabridge.sim.kravia;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends webhook calls in the background (docs/kravia-contract.md §11.1): the signed JSON body is POSTed to the
 * creditor's URL, and a call that fails (non-2xx or no answer) is tried again after a doubling back-off until the
 * attempts run out. Kravia documents no retry policy, no ordering and no duplicate guarantee; calls may therefore
 * overlap and arrive out of order, as they could from Kravia.
 */
final class WebhookDispatcher implements AutoCloseable {

    private final ExecutorService httpPool = Executors.newCachedThreadPool(Threads.daemon("kravia-sim-webhook"));
    private final ScheduledExecutorService timer =
            Executors.newSingleThreadScheduledExecutor(Threads.daemon("kravia-sim-webhook-timer"));
    private final HttpClient http;
    private final int maxAttempts;
    private final Duration backoff;
    private final Duration timeout;
    private final Map<Long, DeliveryJob> jobs = new ConcurrentSkipListMap<>();
    private final AtomicLong ids = new AtomicLong(1);
    private volatile WebhookSigner rule;

    WebhookDispatcher(SimulatorSettings settings) {
        this.maxAttempts = settings.webhookAttempts();
        this.backoff = settings.webhookBackoff();
        this.timeout = settings.webhookTimeout();
        this.rule = settings.signatureRule();
        this.http = HttpClient.newBuilder().executor(httpPool).version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout).build();
    }

    void signatureRule(WebhookSigner newRule) {
        this.rule = newRule;
    }

    /** Signs the event with the rule in force now and starts delivering it. */
    WebhookDelivery enqueue(long creditorId, WebhookConfig config, WebhookEvent event) {
        String signature = rule.sign(event, config.secret());
        return start(new DeliveryJob(ids.getAndIncrement(), creditorId, event, config.url(),
                payload(event, signature), signature));
    }

    /** Sends an earlier call once more, byte for byte, as a duplicate delivery. */
    WebhookDelivery redeliver(long deliveryId) {
        DeliveryJob earlier = jobs.get(deliveryId);
        if (earlier == null) {
            throw new IllegalArgumentException("no webhook delivery " + deliveryId);
        }
        return start(earlier.copy(ids.getAndIncrement()));
    }

    List<WebhookDelivery> deliveries() {
        List<WebhookDelivery> all = new ArrayList<>();
        jobs.values().forEach(job -> all.add(job.snapshot()));
        return all;
    }

    /**
     * The documented wire shape (docs/kravia-contract.md §11.2); the data keys are camelCase whatever casing the
     * signature uses.
     */
    static String payload(WebhookEvent event, String signature) {
        ObjectNode body = Json.object();
        body.putObject("header").put("algorithm", "MD5");
        ObjectNode data = body.putObject("data");
        data.put("timestamp", event.timestamp());
        data.put("eventType", event.eventType());
        data.put("claimId", event.claimId());
        body.put("signature", signature);
        return Json.write(body);
    }

    private WebhookDelivery start(DeliveryJob job) {
        jobs.put(job.id(), job);
        schedule(job, Duration.ZERO);
        return job.snapshot();
    }

    private void schedule(DeliveryJob job, Duration delay) {
        try {
            timer.schedule(() -> attempt(job), delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closed) {
            // the simulator is closing: nothing more is sent
        }
    }

    private void attempt(DeliveryJob job) {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(job.url())).timeout(timeout)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(job.body())).build();
        } catch (IllegalArgumentException badUrl) {
            job.giveUp(new DeliveryAttempt(Instant.now(), 0, "unusable URL: " + badUrl.getMessage()));
            return;
        }
        http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
            DeliveryAttempt attempt = error == null
                    ? new DeliveryAttempt(Instant.now(), response.statusCode(), null)
                    : new DeliveryAttempt(Instant.now(), 0, describe(error));
            if (job.attempted(attempt, maxAttempts)) {
                schedule(job, backoff.multipliedBy(1L << Math.min(job.attemptCount() - 1, 16)));
            }
        });
    }

    private static String describe(Throwable error) {
        Throwable cause = error.getCause() != null ? error.getCause() : error;
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }

    @Override
    public void close() {
        timer.shutdownNow();
        httpPool.shutdownNow();
    }
}
