package com.kraviabridge.core.usecase.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FlowReportTest {

    @Test
    void countsStayExactWhileDetailLinesAreCapped() {
        FlowReport report = new FlowReport(FlowReport.Flow.INVOICES, 1);
        int many = FlowReport.KEPT_LINES + 2_500;
        for (int i = 0; i < many; i++) {
            report.sent("forwarded INV/" + i);
        }

        assertThat(report.sentCount()).isEqualTo(many);
        assertThat(report.lines()).hasSize(FlowReport.KEPT_LINES + 1);
        assertThat(report.lines().get(FlowReport.KEPT_LINES)).startsWith("... and 2500 more line(s) not kept");
    }

    @Test
    void problemsAreKeptEvenAfterAFloodOfNews() {
        FlowReport report = new FlowReport(FlowReport.Flow.INVOICES, 1);
        for (int i = 0; i < FlowReport.KEPT_LINES + 10; i++) {
            report.sent("forwarded INV/" + i);
        }
        report.parked("Kravia refused invoice INV/9: debtor has no address");

        assertThat(report.lines()).contains("Kravia refused invoice INV/9: debtor has no address");
        assertThat(report.parkedCount()).isEqualTo(1);
    }

    @Test
    void aSmallReportKeepsEveryLineAndSaysNothingMore() {
        FlowReport report = new FlowReport(FlowReport.Flow.PAYMENTS, 1);
        report.sent("registered payment P/1");
        report.failed("payment P/2: timeout (retried later)");

        assertThat(report.lines()).containsExactly("registered payment P/1", "payment P/2: timeout (retried later)");
    }
}
