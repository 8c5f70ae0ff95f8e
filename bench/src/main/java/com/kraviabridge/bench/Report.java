package com.kraviabridge.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prints the table, the details behind it and the verdict on every target. */
final class Report {

    private static final String HEADER = String.format("%-5s %-52s %9s %8s %8s %9s %10s %8s %9s %9s %8s %7s",
            "#", "scenario", "records", "wall s", "rec/s", "Odoo/rec", "Kravia/rec", "SQL/rec", "peak MB", "live MB",
            "limit s", "x limit");

    private final PrintStream out;
    private final BenchSettings settings;

    Report(PrintStream out, BenchSettings settings) {
        this.out = out;
        this.settings = settings;
    }

    void table(String title, List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        out.println();
        out.println(title);
        out.println(HEADER);
        out.println("-".repeat(HEADER.length()));
        for (Row r : rows) {
            out.println(line(r));
        }
    }

    private String line(Row r) {
        return String.format(Locale.ROOT, "%-5s %-52s %9s %8.1f %8s %9s %10s %8s %9.0f %9.0f %8s %7s", r.id,
                cut(r.name, 52), String.format(Locale.ROOT, "%,d", r.records), r.seconds,
                r.records == 0 ? "-" : String.format(Locale.ROOT, "%.0f", r.perSecond()),
                perRecord(r, r.odooCalls), perRecord(r, r.kraviaCalls), perRecord(r, r.statements),
                r.peakHeap / 1048576.0, r.liveHeap / 1048576.0,
                Double.isNaN(r.limitSeconds) ? "-" : String.format(Locale.ROOT, "%.2f", r.limitSeconds),
                Double.isNaN(r.ratio()) ? "-" : String.format(Locale.ROOT, "%.2f", r.ratio()));
    }

    /** Per record, or the absolute count in brackets when there is no record (an idle sync). */
    private static String perRecord(Row r, long count) {
        if (r.records == 0) {
            return "(" + count + ")";
        }
        double v = (double) count / r.records;
        return String.format(Locale.ROOT, v >= 100 ? "%.0f" : v >= 10 ? "%.1f" : "%.3f", v);
    }

    private static String cut(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "~";
    }

    void details(List<Row> rows) {
        out.println();
        out.println("Details (where the calls went; Odoo by model.method, Kravia by method and path):");
        for (Row r : rows) {
            out.printf("  [%s] %s%n", r.id, r.name.trim());
            out.printf("      outcome: %s; %,d %s%n", r.outcome(), r.records, r.recordUnit);
            out.printf(Locale.ROOT, "      Odoo %,d calls: %s%n", r.odooCalls, top(r.odooByMethod, 8));
            out.printf(Locale.ROOT, "      Kravia %,d calls%s: %s%n", r.kraviaCalls,
                    r.kraviaFailed > 0 ? " (" + r.kraviaFailed + " answered with an error)" : "", top(r.kraviaByPath, 8));
            out.printf(Locale.ROOT, "      MariaDB %,d statements (%,d batched rows); heap peak %.0f MB, max after GC %.0f MB,"
                    + " %d collections%n", r.statements, r.batchedRows, r.peakHeap / 1048576.0, r.liveHeap / 1048576.0,
                    r.collections);
            if (!Double.isNaN(r.limitSeconds)) {
                out.printf(Locale.ROOT, "      physical limit %.2f s = %s%n", r.limitSeconds, r.limitFormula);
            }
            r.notes.forEach(n -> out.println("      note: " + n));
            if (!r.profile.isEmpty()) {
                out.println("      profile, " + r.profile.get(0));
                r.profile.subList(1, r.profile.size()).forEach(p -> out.println("        " + p));
            }
        }
    }

    private static String top(JsonNode counts, int n) {
        if (counts == null || counts.isEmpty()) {
            return "none";
        }
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
        counts.fields().forEachRemaining(entries::add);
        entries.sort(Comparator.comparingLong((Map.Entry<String, JsonNode> e) -> e.getValue().asLong()).reversed());
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < entries.size() && i < n; i++) {
            if (i > 0) {
                s.append(", ");
            }
            s.append(entries.get(i).getKey()).append(' ').append(String.format("%,d", entries.get(i).getValue().asLong()));
        }
        if (entries.size() > n) {
            s.append(", ... (").append(entries.size() - n).append(" more)");
        }
        return s.toString();
    }

    void line(String text) {
        out.println(text);
    }
}
