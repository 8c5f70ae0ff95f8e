package com.kraviabridge.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kraviabridge.core.usecase.report.FlowReport;

import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;

/** {@code bridge sync --format json}: the summary table as one JSON document, with each flow's detail lines. */
final class SyncJson {

    private static final List<String> OUTCOMES = List.of("sent", "unchanged", "rejected", "parked", "failed", "unknown",
            "keptOut");
    private static final List<ToIntFunction<FlowReport>> COUNTS = List.of(FlowReport::sentCount,
            FlowReport::unchangedCount, FlowReport::rejectedCount, FlowReport::parkedCount, FlowReport::failedCount,
            FlowReport::unknownCount, FlowReport::keptOutCount);

    private SyncJson() {
    }

    static ObjectNode document(List<FlowReport> reports, boolean dryRun) {
        ObjectNode document = OutputFormatOption.document();
        document.put("dryRun", dryRun);
        document.put("needsAttention", reports.stream().anyMatch(FlowReport::needsAttention));
        ArrayNode flows = document.putArray("flows");
        ObjectNode totals = document.putObject("totals");
        for (int i = 0; i < OUTCOMES.size(); i++) {
            totals.put(OUTCOMES.get(i), reports.stream().mapToInt(COUNTS.get(i)).sum());
        }
        for (FlowReport report : reports) {
            ObjectNode flow = flows.addObject();
            flow.put("flow", report.flow().name().toLowerCase(Locale.ROOT));
            flow.put("company", report.companyId());
            for (int i = 0; i < OUTCOMES.size(); i++) {
                flow.put(OUTCOMES.get(i), COUNTS.get(i).applyAsInt(report));
            }
            flow.put("needsAttention", report.needsAttention());
            ArrayNode lines = flow.putArray("lines");
            report.lines().forEach(lines::add);
        }
        return document;
    }
}
