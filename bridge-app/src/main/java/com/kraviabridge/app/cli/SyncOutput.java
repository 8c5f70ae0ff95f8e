package com.kraviabridge.app.cli;

import com.kraviabridge.app.wiring.FlowSchedules;
import com.kraviabridge.core.usecase.report.FlowReport;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** How a sync run looks on the terminal: a line per company and flow as it finishes, then one table. */
final class SyncOutput {

    private SyncOutput() {
    }

    static String progressLine(FlowReport report, boolean dryRun) {
        return String.format(Locale.ROOT, "%-11s company %-4d %s%d %s, %d unchanged, %d rejected, %d parked, %d failed,"
                        + " %d unknown",
                report.flow().name().toLowerCase(Locale.ROOT), report.companyId(), dryRun ? "(dry run) " : "",
                report.sentCount(), dryRun ? "would be sent" : "sent", report.unchangedCount(), report.rejectedCount(),
                report.parkedCount(), report.failedCount(), report.unknownCount())
                + (report.keptOutCount() > 0 ? ", " + report.keptOutCount() + " kept out" : "")
                + (report.inProgressElsewhereCount() > 0
                ? ", " + report.inProgressElsewhereCount() + " in progress elsewhere" : "");
    }

    static String switchedOffLine(FlowReport.Flow flow) {
        return String.format(Locale.ROOT, "%-11s switched off (%s = off), skipped",
                flow.name().toLowerCase(Locale.ROOT), FlowSchedules.key(flow));
    }

    static void printSummary(PrintWriter out, List<FlowReport> reports, boolean dryRun) {
        out.println();
        out.println(dryRun ? "Summary (dry run: nothing was sent or written)" : "Summary");
        out.printf(Locale.ROOT, "%-12s %8s %8s %10s %9s %8s %7s %8s%n", "flow", "company", dryRun ? "to send" : "sent",
                "unchanged", "rejected", "parked", "failed", "unknown");
        for (FlowReport r : reports) {
            out.printf(Locale.ROOT, "%-12s %8d %8d %10d %9d %8d %7d %8d%n", r.flow().name().toLowerCase(Locale.ROOT),
                    r.companyId(), r.sentCount(), r.unchangedCount(), r.rejectedCount(), r.parkedCount(), r.failedCount(),
                    r.unknownCount());
        }
        int elsewhere = reports.stream().mapToInt(FlowReport::inProgressElsewhereCount).sum();
        if (elsewhere > 0) {
            out.printf(Locale.ROOT, "%n%d write(s) were being sent by another bridge process (the daemon, another"
                    + " instance or another sync) and were left to it; they are not counted as sent here.%n", elsewhere);
        }
        if (!dryRun) {
            long attention = reports.stream().filter(FlowReport::needsAttention).count();
            if (attention > 0) {
                out.println();
                out.println("Needs attention:");
                for (FlowReport r : reports) {
                    if (r.needsAttention()) {
                        r.lines().stream().filter(SyncOutput::isProblem)
                                .forEach(line -> out.println("  " + r.flow().name().toLowerCase(Locale.ROOT) + " "
                                        + r.companyId() + ": " + line));
                    }
                }
                out.println("See `bridge status --parked` for everything kept for review.");
            }
        }
    }

    private static boolean isProblem(String line) {
        return !(line.startsWith("forwarded ") || line.startsWith("registered ") || line.startsWith("posted ")
                || line.startsWith("kept out: ")
                || line.startsWith("case ") || line.startsWith("recognised ") || line.contains("being sent by "));
    }
}
