package com.kraviabridge.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kraviabridge.app.wiring.Bridge;
import com.kraviabridge.core.domain.CreditorMapping;
import com.kraviabridge.core.usecase.report.FlowReport;
import com.kraviabridge.sim.odoo.RowCosts;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The scenarios of issue 7. Each builds its landscape with latency off (set-up is not measured), switches the
 * configured latency on, and measures exactly the bridge's work: one flow, or one sync of every flow.
 */
final class Scenarios {

    private final BenchSettings settings;
    private final MariaDb mariaDb;
    private final HeapWatch heap;
    private final PrintStream log;
    final List<Row> rows = new ArrayList<>();
    final List<Row> flowRows = new ArrayList<>();
    final List<Row> knobRows = new ArrayList<>();
    final List<Row> scaleRows = new ArrayList<>();
    final List<String> info = new ArrayList<>();

    /** The landscape of s4's largest size, kept for s2. */
    private Landscape large;
    private Bridge largeBridge;
    private int largeSize;
    private Row s1Row;

    Scenarios(BenchSettings settings, MariaDb mariaDb, HeapWatch heap, PrintStream log) {
        this.settings = settings;
        this.mariaDb = mariaDb;
        this.heap = heap;
        this.log = log;
    }

    // ---- measuring ----------------------------------------------------------------------------------------

    /** Runs the work with latency on and every counter reset; the row gets the figures. */
    private Row measure(Row row, Landscape landscape, Bridge bridge, Supplier<List<FlowReport>> work) {
        landscape.latency(true);
        landscape.stats(true);
        bridge.database().statementCounter().reset();
        heap.reset();
        Profiler profiler = new Profiler(Thread.currentThread());
        profiler.start();
        long started = System.nanoTime();
        List<FlowReport> reports = work.get();
        row.seconds = (System.nanoTime() - started) / 1e9;
        row.profile.addAll(profiler.stop(8));
        row.peakHeap = heap.peakBytes();
        row.liveHeap = heap.liveBytes();
        row.collections = heap.collections();
        row.statements = bridge.database().statementCounter().statements();
        row.batchedRows = bridge.database().statementCounter().batchedRows();
        JsonNode stats = landscape.stats(true);
        row.odooCalls = stats.path("odoo").asLong();
        row.odooByMethod = stats.path("odooByMethod");
        row.kraviaCalls = stats.path("kravia").asLong();
        row.kraviaFailed = stats.path("kraviaFailed").asLong();
        row.kraviaByPath = stats.path("kraviaByPath");
        row.count(reports);
        landscape.latency(false);
        log.printf("  measured [%s] %s: %.1f s (%s)%n", row.id, row.name.trim(), row.seconds, row.outcome());
        return row;
    }

    /**
     * The time the unavoidable remote calls alone take: the Kravia calls at the bridge's concurrency (or its rate
     * limit, when that is the tighter bound), plus the Odoo calls one after the other.
     */
    private void limit(Row row, Bridge bridge, long kraviaCalls, long odooCalls, String why) {
        limit(row, bridge, kraviaCalls, 0, odooCalls, why);
    }

    /**
     * The same with Kravia calls that cannot overlap: pages of the change feed, where each page starts where the
     * one before ended, take their latency one after the other whatever the concurrency.
     */
    private void limit(Row row, Bridge bridge, long kraviaCalls, long sequentialKraviaCalls, long odooCalls, String why) {
        int concurrency = bridge.settings().kravia().maxConcurrency();
        double rate = bridge.settings().kravia().rateLimit().doubleValue();
        double byLatency = kraviaCalls * settings.kraviaLatencyMs / 1000.0 / concurrency;
        double byRate = kraviaCalls / rate;
        double kravia = Math.max(byLatency, byRate);
        double odoo = odooCalls * settings.odooLatencyMs / 1000.0;
        double sequential = sequentialKraviaCalls * settings.kraviaLatencyMs / 1000.0;
        row.limitSeconds = kravia + sequential + odoo;
        String krPart = byRate > byLatency
                ? String.format("%,d Kravia / %s per s (rate limit)", kraviaCalls, bridge.settings().kravia().rateLimit())
                : String.format("%,d Kravia x %d ms / %d", kraviaCalls, settings.kraviaLatencyMs, concurrency);
        if (sequentialKraviaCalls > 0) {
            krPart = (kraviaCalls > 0 ? krPart + " + " : "") + String.format("%,d Kravia x %d ms one after another",
                    sequentialKraviaCalls, settings.kraviaLatencyMs);
        }
        row.limitFormula = krPart + (odooCalls > 0
                ? String.format(" + %,d Odoo x %d ms", odooCalls, settings.odooLatencyMs) : "")
                + (why.isEmpty() ? "" : " (" + why + ")");
    }

    private static int pages(long n, int pageSize) {
        return (int) ((n + pageSize - 1) / pageSize);
    }

    private static List<FlowReport> flow(Bridge bridge, FlowReport.Flow flow) {
        return bridge.synchronisation().run(Set.of(flow), false, r -> { });
    }

    private static int pageSize(Bridge bridge) {
        return bridge.settings().odoo().pageSize();
    }

    // ---- warm-up ------------------------------------------------------------------------------------------

    /** A small landscape through every flow without latency, so the JIT has seen the code before any figure. */
    void warmUp() {
        long started = System.nanoTime();
        try (Landscape l = new Landscape(settings, mariaDb)) {
            int company = l.mainCompany();
            l.seed(List.of(company), 100, 600);
            l.latency(false);
            Bridge bridge = l.bridge(List.of(company));
            bridge.synchronisation().run(Set.of(), false, r -> { });
            changes(l, company, 30, 20, 10);
            settle(l, company, 5, 20);
            bridge.synchronisation().run(Set.of(), false, r -> { });
            bridge.synchronisation().run(Set.of(), false, r -> { });
        }
        log.printf("  warm-up done in %.0f s%n", (System.nanoTime() - started) / 1e9);
    }

    // ---- scenario 1 and 4: first forwarding ----------------------------------------------------------------

    /** Seeds and forwards; returns the landscape and bridge still open (the caller closes them). */
    private Object[] firstForwarding(Row row, int companies, int invoices, int debtors) {
        return firstForwarding(row, new Landscape(settings, mariaDb), companies, invoices, debtors);
    }

    private Object[] firstForwarding(Row row, Landscape l, int companies, int invoices, int debtors) {
        List<Integer> ids = new ArrayList<>();
        ids.add(l.mainCompany());
        for (int i = 2; i <= companies; i++) {
            ids.add(l.addCompany("Benk " + i + " AS"));
        }
        double seeded = l.seed(ids, debtors, invoices);
        log.printf("  %s: seeded %,d invoices over %,d debtors in %d company(ies) in %.0f s%n", row.id, invoices,
                debtors, companies, seeded);
        Bridge bridge = l.bridge(ids);
        measure(row, l, bridge, () -> flow(bridge, FlowReport.Flow.INVOICES));
        row.records = row.sent();
        row.expected = invoices;
        int page = pageSize(bridge);
        long odooMin = 0;
        for (int i = 0; i < companies; i++) {
            // one page read per page of invoices and of their debtors, in each company
            odooMin += pages(invoices / companies, page) + pages(debtors / companies, page);
        }
        limit(row, bridge, row.records, odooMin, "registrations; batched reads of invoices and debtors");
        if (row.records != invoices) {
            row.notes.add("expected " + invoices + " forwarded, got " + row.records + ": " + row.outcome());
        }
        return new Object[] {l, bridge};
    }

    void s1() {
        int n = settings.s1Invoices();
        Row row = new Row("1", String.format("first forwarding, %,d inv / %,d debtors, 1 company", n, n / 5));
        Object[] lb = firstForwarding(row, 1, n, n / 5);
        rows.add(row);
        s1Row = row;
        Landscape l = (Landscape) lb[0];
        Bridge bridge = (Bridge) lb[1];
        try {
            if (settings.scenarios.contains("s3")) {
                s3(l, bridge);
            }
        } finally {
            l.close();
        }
    }

    /**
     * Scenario 1 against Odoo 19 over JSON-2 ({@code odoo.protocol = json2}): the same forwarding must cost the same
     * Odoo calls per invoice as over JSON-RPC, only the protocol differs.
     */
    void s1json2() {
        int n = settings.s1Invoices();
        Row row = new Row("1j2", String.format("first forwarding over JSON-2 (Odoo 19), %,d inv / %,d debtors", n, n / 5));
        Object[] lb = firstForwarding(row, new Landscape(settings, mariaDb, 19, "json2"), 1, n, n / 5);
        rows.add(row);
        if (s1Row != null) {
            long json2 = ormCalls(row);
            long jsonRpc = ormCalls(s1Row);
            row.notes.add(String.format(Locale.ROOT, "Odoo model calls per invoice %.4f, over JSON-RPC (row 1) %.4f:"
                            + " %s; besides them the login: %d call(s) here, %d over JSON-RPC",
                    row.per(json2), s1Row.per(jsonRpc), json2 == jsonRpc ? "the same" : "DIFFERENT",
                    row.odooCalls - json2, s1Row.odooCalls - jsonRpc));
        }
        ((Landscape) lb[0]).close();
    }

    /**
     * Scenario 1 against an Odoo 18 whose own work costs what it costs on a real Odoo 18, per method and per row
     * ({@link RowCosts#measuredOnOdoo18()}), instead of a flat latency per call. Its limit is Odoo's own work alone,
     * from the same costs: on a real Odoo that work, not the round trips, is what the run waits for.
     */
    void s1odoo18() {
        int n = settings.s1Invoices();
        int debtors = n / 5;
        Row row = new Row("1o18", String.format("first forwarding, Odoo 18 row costs, %,d inv / %,d debtors", n, debtors));
        Object[] lb = firstForwarding(row, new Landscape(settings, mariaDb, 18, "jsonrpc", true), 1, n, debtors);
        odooWorkLimit(row, (Bridge) lb[1], row.records, debtors);
        rows.add(row);
        ((Landscape) lb[0]).close();
    }

    /**
     * What forwarding {@code invoices} costs Odoo itself at the measured per-row costs: reading each invoice and
     * each debtor, showing its case on each invoice (a case id of its own per invoice: one {@code load} row, the
     * cheaper of load and a write per invoice) and one chatter note per invoice. Kravia's registrations run beside
     * that work and are shown, not added.
     */
    private void odooWorkLimit(Row row, Bridge bridge, long invoices, long debtors) {
        RowCosts odoo18 = RowCosts.measuredOnOdoo18();
        int n = (int) invoices;
        double read = seconds(odoo18.of("account.move", "search_read", n))
                + seconds(odoo18.of("res.partner", "search_read", (int) debtors));
        double fields = settings.customFields ? Math.min(seconds(odoo18.of("account.move", "load", n)),
                n * seconds(odoo18.of("account.move", "write", 1))) : 0;
        double notes = seconds(odoo18.of("mail.message", "create", n));
        row.limitSeconds = read + fields + notes;
        int concurrency = bridge.settings().kravia().maxConcurrency();
        row.limitFormula = String.format(Locale.ROOT, "Odoo's own work at Odoo 18's per-row costs: %,d invoices and"
                        + " %,d debtors read %.2f s + case fields on %,d invoices %.2f s + %,d chatter notes %.2f s"
                        + " (Kravia's %,d registrations x %d ms / %d = %.2f s run beside it)",
                invoices, debtors, read, settings.customFields ? invoices : 0, fields, invoices, notes, invoices,
                settings.kraviaLatencyMs, concurrency, invoices * settings.kraviaLatencyMs / 1000.0 / concurrency);
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }

    /**
     * The calls on models, without the login: JSON-RPC logs in with {@code common.version} and
     * {@code common.authenticate}, JSON-2 with {@code GET /json/version} and {@code res.users.context_get}.
     */
    private static long ormCalls(Row row) {
        long calls = 0;
        for (Map.Entry<String, JsonNode> entry : row.odooByMethod.properties()) {
            if (!entry.getKey().equals("res.users.context_get")) {
                calls += entry.getValue().asLong();
            }
        }
        return calls;
    }

    void s1x3() {
        int n = settings.s1Invoices();
        Row row = new Row("1x3", String.format("first forwarding, %,d inv / %,d debtors, 3 companies", n, n / 5));
        Object[] lb = firstForwarding(row, 3, n, n / 5);
        rows.add(row);
        ((Landscape) lb[0]).close();
    }

    void s4() {
        List<Integer> sizes = settings.scaleSizes();
        int largest = sizes.stream().mapToInt(Integer::intValue).max().orElse(0);
        for (int size : sizes) {
            Row row = new Row("4", String.format("scale: first forwarding, %,d invoices", size));
            if (s1Row != null && size == s1Row.records && settings.s1Invoices() == size) {
                // the same run as scenario 1: not repeated
                scaleRows.add(s1Row);
                continue;
            }
            Object[] lb = firstForwarding(row, 1, size, Math.max(1, size / 5));
            scaleRows.add(row);
            Landscape l = (Landscape) lb[0];
            if (size == largest && settings.scenarios.contains("s2") && size == settings.s2OpenCases()) {
                large = l;
                largeBridge = (Bridge) lb[1];
                largeSize = size;
            } else {
                l.close();
            }
        }
    }

    // ---- scenario 2: steady state --------------------------------------------------------------------------

    void s2() {
        int open = settings.s2OpenCases();
        Landscape l = large;
        Bridge bridge = largeBridge;
        if (l == null || largeSize != open) {
            l = new Landscape(settings, mariaDb);
            double seeded = l.seed(List.of(l.mainCompany()), open / 5, open);
            bridge = l.bridge(List.of(l.mainCompany()));
            long started = System.nanoTime();
            List<FlowReport> r = flow(bridge, FlowReport.Flow.INVOICES);
            info.add(String.format("s2 set-up: seeded %,d invoices in %.0f s, forwarded %,d without latency in %.0f s",
                    open, seeded, r.stream().mapToInt(FlowReport::sentCount).sum(), (System.nanoTime() - started) / 1e9));
        }
        try {
            steadyState(l, bridge, open);
        } finally {
            l.close();
            large = null;
            largeBridge = null;
        }
    }

    private void steadyState(Landscape l, Bridge bridge, int open) {
        int company = l.mainCompany();
        // The previous sync: after it, every cursor is current. Not measured (no latency).
        long started = System.nanoTime();
        bridge.database().statementCounter().reset();
        l.stats(true);
        List<FlowReport> catchUp = bridge.synchronisation().run(Set.of(), false, r -> { });
        JsonNode catchUpStats = l.stats(true);
        info.add(String.format("s2 set-up: the first sync of every flow after forwarding %,d (no latency) took %.0f s,"
                        + " %,d Kravia calls, %,d Odoo calls, %,d SQL statements (%s)", open,
                (System.nanoTime() - started) / 1e9, catchUpStats.path("kravia").asLong(),
                catchUpStats.path("odoo").asLong(), bridge.database().statementCounter().statements(),
                catchUp.stream().map(FlowReport::toString).reduce((a, b) -> a + "; " + b).orElse("")));

        int statuses = open / 100;
        int payments = open / 200;
        int credits = open / 500;
        double made = changes(l, company, statuses, payments, credits);
        log.printf("  2: %,d status changes, %,d direct payments, %,d credits made in %.0f s%n", statuses, payments,
                credits, made);
        CreditorMapping creditor = bridge.creditors().get(0);
        int page = pageSize(bridge);
        int searchPage = 100;
        List<Row> parts = new ArrayList<>();
        for (FlowReport.Flow flow : FlowReport.Flow.values()) {
            Row row = new Row("2", "  flow " + flow.name().toLowerCase());
            Bridge b = bridge;
            measure(row, l, bridge, () -> List.of(b.synchronisation().runOne(flow, creditor, false)));
            switch (flow) {
                case INVOICES -> {
                    row.records = 0;
                    row.recordUnit = "new invoices";
                    limit(row, bridge, 0, 1, "one read finds nothing new");
                }
                case PAYMENTS -> {
                    row.records = payments;
                    row.recordUnit = "payments";
                    // The payout classifier reads Kravia's record of the case before a customer's payment goes (was
                    // it Kravia's own payout?), and that read is unavoidable: two Kravia calls per payment.
                    limit(row, bridge, 2L * payments, pages(payments + credits, page), "per payment: one read of"
                            + " Kravia's record of the case (payout or not), one call to register it; new allocations"
                            + " read in pages");
                }
                case CREDITS -> {
                    row.records = credits;
                    row.recordUnit = "credits";
                    limit(row, bridge, credits, pages(payments + credits, page), "one call per credit; new allocations read in pages");
                }
                case STATUS -> {
                    long changed = statuses + payments + credits;
                    row.records = changed;
                    row.recordUnit = "changed cases";
                    limit(row, bridge, statuses, pages(changed, searchPage), pages(statuses, page),
                            "feed pages of " + searchPage + ", each after the one before; the details (fees,"
                                    + " interest) of each status change; notes of status changes batched per page");
                }
                case SETTLEMENTS -> {
                    row.records = 0;
                    row.recordUnit = "settlements";
                    limit(row, bridge, 1, 0, "one look at open settlements");
                }
                default -> { }
            }
            parts.add(row);
            flowRows.add(row);
        }
        Row total = Row.total("2", String.format("steady state, %,d open cases: 1 sync", open), parts);
        total.records = statuses + payments + credits;
        total.recordUnit = "changes";
        total.notes.add(String.format("%,d status changes + %,d direct payments + %,d credits; per-flow rows below",
                statuses, payments, credits));
        rows.add(total);

        // Right after the busy sync, the undone check still looks at the invoices that sync changed (their
        // write_date moved, partly by the bridge's own field writes): that cost follows the last sync's changes.
        Row after = new Row("2next", String.format("steady state, %,d open cases: the next sync, no new change", open));
        measure(after, l, bridge, () -> bridge.synchronisation().run(Set.of(), false, r -> { }));
        after.records = 0;
        after.recordUnit = "changes";
        limit(after, bridge, 2, 3, "one empty feed page, one settlements look; one read each for invoices, payments, credits");
        after.notes.add("the undone-payment check re-reads the invoices the sync before changed");
        rows.add(after);
        Row idle = new Row("2idle", String.format("steady state, %,d open cases: sync, nothing changed", open));
        measure(idle, l, bridge, () -> bridge.synchronisation().run(Set.of(), false, r -> { }));
        idle.records = 0;
        idle.recordUnit = "changes";
        limit(idle, bridge, 2, 3, "one empty feed page, one settlements look; one read each for invoices, payments, credits");
        rows.add(idle);
        // the status flow alone, with no change: must not depend on the number of open cases
        Row idleStatus = new Row("2idle", "  flow status, no change");
        idleStatus.recordUnit = "changed cases";
        measure(idleStatus, l, bridge, () -> List.of(bridge.synchronisation().runOne(FlowReport.Flow.STATUS, creditor, false)));
        limit(idleStatus, bridge, 0, 1, 0, "one empty feed page");
        flowRows.add(idleStatus);
    }

    private static double changes(Landscape l, int company, int statuses, int payments, int credits) {
        ObjectNode c = l.sims.command("changes");
        c.put("company", company);
        c.put("status", statuses);
        c.put("payments", payments);
        c.put("credits", credits);
        return l.sims.call(c).path("seconds").asDouble();
    }

    // ---- scenario 3: settlements ---------------------------------------------------------------------------

    private void s3(Landscape l, Bridge bridge) {
        int count = settings.s3Settlements();
        int perSettlement = 20;
        int company = l.mainCompany();
        long lines = settle(l, company, count, perSettlement);
        log.printf("  3: %,d settlements with %,d lines made in Kravia%n", count, lines);
        Row row = new Row("3", String.format("settlements: %,d x %d lines into Odoo", count, lines / Math.max(1, count)));
        row.recordUnit = "settlements";
        measure(row, l, bridge, () -> flow(bridge, FlowReport.Flow.SETTLEMENTS));
        row.records = row.sent();
        // per settlement: create the entry, post it, one reconcile per invoice it settles; Kravia: one list, one mark each
        limit(row, bridge, 1 + count, (long) count * (2 + lines / count),
                "list + bookkeep each; create, post and one reconcile per invoice line");
        row.notes.add(String.format("%,d settlement lines: %.2f Odoo calls per line", lines, (double) row.odooCalls / lines));
        if (row.records != count) {
            row.notes.add("expected " + count + " posted, got " + row.records + ": " + row.outcome());
        }
        rows.add(row);
    }

    private static long settle(Landscape l, int company, int count, int perSettlement) {
        ObjectNode c = l.sims.command("settlements");
        c.put("company", company);
        c.put("count", count);
        c.put("cases", perSettlement);
        return l.sims.call(c).path("lines").asLong();
    }

    // ---- the throttle settings -----------------------------------------------------------------------------

    void knobs() {
        int n = settings.knobInvoices();
        Object[][] variants = {
            {null, null, "product defaults"},
            {1, "1000", ""},
            {4, "1000", ""},
            {8, "1000", ""},
            {16, "1000", ""},
            {16, "50", ""},
        };
        try (Landscape l = new Landscape(settings, mariaDb)) {
            int index = 0;
            for (Object[] v : variants) {
                int company = index++ == 0 ? l.mainCompany() : l.addCompany("Knob " + index + " AS");
                l.seed(List.of(company), Math.max(1, n / 5), n);
                Bridge bridge = l.bridge(List.of(company), (Integer) v[0], (String) v[1]);
                String label = String.format("max-concurrency %d, rate-limit %s/s%s",
                        bridge.settings().kravia().maxConcurrency(), bridge.settings().kravia().rateLimit().toPlainString(),
                        ((String) v[2]).isEmpty() ? "" : " (" + v[2] + ")");
                Row row = new Row("K", label);
                measure(row, l, bridge, () -> flow(bridge, FlowReport.Flow.INVOICES));
                row.records = row.sent();
                limit(row, bridge, row.records, pages(n, pageSize(bridge)) + pages(n / 5, pageSize(bridge)), "");
                knobRows.add(row);
                l.closeBridge(bridge);
            }
        }
    }

    void closeAll() {
        if (large != null) {
            large.close();
        }
    }
}
