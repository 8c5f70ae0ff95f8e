package com.kraviabridge.app.daemon;

import com.kraviabridge.app.metrics.BridgeMetrics;
import com.kraviabridge.core.port.store.Cursors;
import com.kraviabridge.core.usecase.report.FlowReport;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The last run of each scheduled flow, kept in the store so that every instance of a cluster (and the health
 * endpoint of any of them) sees runs made by the others. Stored as one line in the cursor table under
 * company 0, which no Odoo company uses.
 */
public final class JobRuns {

    private static final long CLUSTER_WIDE = 0;

    private final Cursors cursors;
    private final BridgeMetrics metrics;

    /** Runs kept in the store only, counted nowhere else. */
    public JobRuns(Cursors cursors) {
        this(cursors, new BridgeMetrics());
    }

    /** Runs kept in the store and counted in the metrics. */
    public JobRuns(Cursors cursors, BridgeMetrics metrics) {
        this.cursors = cursors;
        this.metrics = metrics;
    }

    /**
     * One run's result: when it ended, how it went, the totals over every company, and the mapped companies it
     * refused because Odoo does not show them to the bridge's user.
     */
    public record LastRun(Instant finishedAt, String outcome, int sent, int parked, int failed,
                          List<Long> refusedCompanies) {
    }

    public void record(FlowReport.Flow flow, Duration took, Instant finishedAt, List<FlowReport> reports, String error,
                       Collection<Long> refusedCompanies) {
        metrics.flowRan(flow, took, finishedAt, reports, error != null);
        int sent = reports.stream().mapToInt(FlowReport::sentCount).sum();
        int parked = reports.stream().mapToInt(r -> r.parkedCount() + r.rejectedCount()).sum();
        int failed = reports.stream().mapToInt(r -> r.failedCount() + r.unknownCount()).sum();
        String outcome = error != null ? "error" : failed > 0 ? "failures" : parked > 0 ? "attention" : "ok";
        String refused = refusedCompanies.stream().map(String::valueOf).collect(Collectors.joining(","));
        cursors.write(CLUSTER_WIDE, stream(flow), finishedAt + "|" + outcome + "|" + sent + "|" + parked + "|" + failed
                + "|" + refused);
    }

    /**
     * Tells the metrics when each flow last went through, from the store: a restarted daemon (or another instance
     * of the cluster) then reports the real time of the last success instead of none.
     */
    public void reportLastSuccesses() {
        for (FlowReport.Flow flow : FlowReport.Flow.values()) {
            last(flow).filter(run -> run.outcome().equals("ok") || run.outcome().equals("attention"))
                    .ifPresent(run -> metrics.succeededAt(flow, run.finishedAt()));
        }
    }

    public Optional<LastRun> last(FlowReport.Flow flow) {
        return cursors.read(CLUSTER_WIDE, stream(flow)).map(value -> {
            String[] parts = value.split("\\|", -1);
            // a run recorded before refused companies were kept has five parts
            List<Long> refused = parts.length < 6 || parts[5].isEmpty() ? List.of()
                    : Arrays.stream(parts[5].split(",")).map(Long::valueOf).toList();
            return new LastRun(Instant.parse(parts[0]), parts[1], Integer.parseInt(parts[2]), Integer.parseInt(parts[3]),
                    Integer.parseInt(parts[4]), refused);
        });
    }

    private static String stream(FlowReport.Flow flow) {
        return "job." + flow.name().toLowerCase(Locale.ROOT);
    }
}
