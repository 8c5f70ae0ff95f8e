package com.kraviabridge.app.metrics;

import com.kraviabridge.core.port.RemoteCallListener;
import com.kraviabridge.core.usecase.report.FlowReport;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * The bridge's figures for Prometheus, named as Prometheus expects ({@code _total} for counts, {@code _seconds} for
 * durations and times). One per process; the adapters reach it through {@link RemoteCallListener}, the flows
 * through the {@link FlowReport}s they hand back, so nothing outside this package knows the metrics library.
 */
public final class BridgeMetrics {

    /** Buckets of the request-duration histograms, in seconds: from a quick local call to a request timeout. */
    private static final Duration[] REQUEST_BUCKETS = {Duration.ofMillis(10), Duration.ofMillis(25),
            Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
            Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10),
            Duration.ofSeconds(30)};

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Map<FlowReport.Flow, AtomicLong> lastSuccess = new EnumMap<>(FlowReport.Flow.class);

    public BridgeMetrics() {
        for (FlowReport.Flow flow : FlowReport.Flow.values()) {
            AtomicLong epochSeconds = new AtomicLong();
            lastSuccess.put(flow, epochSeconds);
            Gauge.builder("kravia.bridge.flow.last.success.timestamp", epochSeconds, AtomicLong::get)
                    .description("When the flow last ran with nothing failed or unknown (Unix time; 0: never, as far as known)")
                    .baseUnit("seconds").tag("flow", name(flow)).register(registry);
        }
    }

    /** The listener the Odoo adapter is given. */
    public RemoteCallListener odooCalls() {
        return new RemoteCalls("odoo");
    }

    /** The listener the Kravia adapter is given. */
    public RemoteCallListener kraviaCalls() {
        return new RemoteCalls("kravia");
    }

    /**
     * One scheduled run of a flow over every company: what happened to each record, how long it took, and, when
     * it ran through (no error, nothing failed or left unknown), the time of this success.
     */
    public void flowRan(FlowReport.Flow flow, Duration took, Instant finishedAt, List<FlowReport> reports,
                        boolean broken) {
        reports.forEach(this::recordsHandled);
        boolean succeeded = !broken && reports.stream().allMatch(r -> r.failedCount() + r.unknownCount() == 0);
        Timer.builder("kravia.bridge.flow.runs").description("Scheduled runs of a flow over every company")
                .tags("flow", name(flow), "outcome", succeeded ? "ok" : "failed").register(registry).record(took);
        if (succeeded) {
            succeededAt(flow, finishedAt);
        }
    }

    /** A run that went through, e.g. one the store remembers from before this process started. */
    public void succeededAt(FlowReport.Flow flow, Instant finishedAt) {
        lastSuccess.get(flow).accumulateAndGet(finishedAt.getEpochSecond(), Math::max);
    }

    /** What one flow did for one company: a count per outcome, so every outcome shows even at zero. */
    public void recordsHandled(FlowReport report) {
        count(report, "sent", report.sentCount());
        count(report, "unchanged", report.unchangedCount());
        count(report, "rejected", report.rejectedCount());
        count(report, "parked", report.parkedCount());
        count(report, "failed", report.failedCount());
        count(report, "unknown", report.unknownCount());
    }

    private void count(FlowReport report, String outcome, int amount) {
        Counter.builder("kravia.bridge.records").description("Records a flow handled, by what became of them")
                .tags("flow", name(report.flow()), "company", Long.toString(report.companyId()), "outcome", outcome)
                .register(registry).increment(amount);
    }

    /** Records kept for review right now, read when scraped; NaN when the store cannot tell. */
    public void watchParkedRecords(LongSupplier count) {
        Gauge.builder("kravia.bridge.parked.records", () -> {
            try {
                return count.getAsLong();
            } catch (RuntimeException e) {
                return Double.NaN;
            }
        }).description("Records kept for review (bridge status --parked)").register(registry);
    }

    /** A webhook call answered: {@code accepted}, or {@code refused} with why (a word, never the call's content). */
    public void webhookDelivery(String outcome, String reason) {
        Counter.builder("kravia.bridge.webhook.deliveries").description("Kravia webhook calls, by how they were answered")
                .tags("outcome", outcome, "reason", reason).register(registry).increment();
    }

    /** Every figure in Prometheus's text format, for {@code GET /metrics}. */
    public String scrape() {
        return registry.scrape();
    }

    /** The content type of {@link #scrape()}'s text. */
    public static String contentType() {
        return "text/plain; version=0.0.4; charset=utf-8";
    }

    private static String name(FlowReport.Flow flow) {
        return flow.name().toLowerCase(Locale.ROOT);
    }

    /** Request counts and durations, and retries, of one remote system. */
    private final class RemoteCalls implements RemoteCallListener {

        private final String system;

        RemoteCalls(String system) {
            this.system = system;
        }

        @Override
        public void answered(String method, String outcome, Duration took) {
            Timer.builder("kravia.bridge." + system + ".requests")
                    .description("Requests sent to " + system + ", by method and outcome")
                    .tags("method", method, "outcome", outcome).serviceLevelObjectives(REQUEST_BUCKETS)
                    .register(registry).record(took);
        }

        @Override
        public void retrying(String method) {
            Counter.builder("kravia.bridge.retries").description("Requests sent again after a failure without effect")
                    .tags("system", system, "method", method).register(registry).increment();
        }
    }
}
