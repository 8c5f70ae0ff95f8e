package com.kraviabridge.app.metrics;

import com.kraviabridge.core.usecase.report.FlowReport;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BridgeMetricsTest {

    private final BridgeMetrics metrics = new BridgeMetrics();

    @Test
    void aFlowRunCountsEveryOutcomePerCompanyAndItsDurationAndSuccess() {
        FlowReport report = new FlowReport(FlowReport.Flow.INVOICES, 7);
        report.sent("forwarded INV/1");
        report.sent("forwarded INV/2");
        report.parked("INV/3 has no debtor address");

        metrics.flowRan(FlowReport.Flow.INVOICES, Duration.ofMillis(1500), Instant.ofEpochSecond(1_800_000_000),
                List.of(report), false);

        assertThat(metrics.scrape()).contains(
                "kravia_bridge_records_total{company=\"7\",flow=\"invoices\",outcome=\"sent\"} 2.0",
                "kravia_bridge_records_total{company=\"7\",flow=\"invoices\",outcome=\"parked\"} 1.0",
                "kravia_bridge_records_total{company=\"7\",flow=\"invoices\",outcome=\"unknown\"} 0.0",
                "kravia_bridge_flow_runs_seconds_count{flow=\"invoices\",outcome=\"ok\"} 1",
                "kravia_bridge_flow_runs_seconds_sum{flow=\"invoices\",outcome=\"ok\"} 1.5",
                "kravia_bridge_flow_last_success_timestamp_seconds{flow=\"invoices\"} 1.8E9",
                "kravia_bridge_flow_last_success_timestamp_seconds{flow=\"payments\"} 0.0");
    }

    @Test
    void aRunWithAFailedRecordIsNoSuccess() {
        FlowReport report = new FlowReport(FlowReport.Flow.PAYMENTS, 1);
        report.failed("P/1: Kravia answered 503");

        metrics.flowRan(FlowReport.Flow.PAYMENTS, Duration.ofSeconds(1), Instant.ofEpochSecond(1_800_000_000),
                List.of(report), false);

        assertThat(metrics.scrape()).contains("kravia_bridge_flow_runs_seconds_count{flow=\"payments\",outcome=\"failed\"} 1",
                "kravia_bridge_flow_last_success_timestamp_seconds{flow=\"payments\"} 0.0");
    }

    @Test
    void requestsAreCountedAndTimedInBucketsByMethodAndOutcomeAndRetriesCounted() {
        metrics.kraviaCalls().answered("POST invoice/register", "ok", Duration.ofMillis(40));
        metrics.kraviaCalls().answered("POST invoice/register", "outcome_unknown", Duration.ofSeconds(20));
        metrics.kraviaCalls().retrying("GET invoice/search");
        metrics.odooCalls().answered("account.move.search_read", "ok", Duration.ofMillis(5));

        assertThat(metrics.scrape()).contains(
                "kravia_bridge_kravia_requests_seconds_count{method=\"POST invoice/register\",outcome=\"ok\"} 1",
                "kravia_bridge_kravia_requests_seconds_bucket{method=\"POST invoice/register\",outcome=\"ok\",le=\"0.05\"} 1",
                "kravia_bridge_kravia_requests_seconds_bucket{method=\"POST invoice/register\",outcome=\"ok\",le=\"0.025\"} 0",
                "kravia_bridge_kravia_requests_seconds_count{method=\"POST invoice/register\",outcome=\"outcome_unknown\"} 1",
                "kravia_bridge_retries_total{method=\"GET invoice/search\",system=\"kravia\"} 1.0",
                "kravia_bridge_odoo_requests_seconds_count{method=\"account.move.search_read\",outcome=\"ok\"} 1");
    }

    @Test
    void parkedRecordsAreReadWhenScrapedAndAStoreThatCannotTellIsNaN() {
        long[] parked = {3};
        metrics.watchParkedRecords(() -> {
            if (parked[0] < 0) {
                throw new IllegalStateException("database down");
            }
            return parked[0];
        });

        assertThat(metrics.scrape()).contains("kravia_bridge_parked_records 3.0");
        parked[0] = 5;
        assertThat(metrics.scrape()).contains("kravia_bridge_parked_records 5.0");
        parked[0] = -1;
        assertThat(metrics.scrape()).contains("kravia_bridge_parked_records NaN");
    }
}
