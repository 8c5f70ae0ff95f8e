package com.kraviabridge.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code java -Xmx256m -jar bench/target/bench.jar [quick] [s1 s1json2 s1odoo18 s1x3 s2 s3 s4 knobs]}: the bridge in this JVM, the
 * simulators in a child JVM, an embedded MariaDB; prints one table of figures per scenario and the verdict on
 * every target of issue 7.
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) {
        Locale.setDefault(Locale.ROOT);
        BenchSettings settings = BenchSettings.parse(args);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        long started = System.nanoTime();
        header(out, settings, args);
        HeapWatch heap = new HeapWatch();
        Report report = new Report(out, settings);
        Scenarios scenarios;
        try (MariaDb mariaDb = new MariaDb(settings.dataDir.resolve("mariadb"))) {
            scenarios = new Scenarios(settings, mariaDb, heap, out);
            try {
                out.println("Progress:");
                scenarios.warmUp();
                if (settings.scenarios.contains("s1") || settings.scenarios.contains("s3")) {
                    scenarios.s1();
                }
                if (settings.scenarios.contains("s1json2")) {
                    scenarios.s1json2();
                }
                if (settings.scenarios.contains("s1odoo18")) {
                    scenarios.s1odoo18();
                }
                if (settings.scenarios.contains("s1x3")) {
                    scenarios.s1x3();
                }
                if (settings.scenarios.contains("s4")) {
                    scenarios.s4();
                }
                if (settings.scenarios.contains("s2")) {
                    scenarios.s2();
                }
                if (settings.scenarios.contains("knobs")) {
                    scenarios.knobs();
                }
            } finally {
                scenarios.closeAll();
            }
        }
        report.table("Scenarios 1-3 (limit = the unavoidable remote calls alone; x limit = wall / limit, target <= 1.25):",
                scenarios.rows);
        report.table("Scenario 2, flow by flow (one sync runs them in this order):", scenarios.flowRows);
        report.table("Scenario 4, scale (same JVM, -Xmx" + HeapWatch.maxBytes() / 1048576 + "m):", scenarios.scaleRows);
        report.table("kravia.max-concurrency and kravia.rate-limit (first forwarding of " + settings.knobInvoices()
                + " invoices each):", scenarios.knobRows);
        List<Row> all = new ArrayList<>(scenarios.rows);
        all.addAll(scenarios.flowRows);
        all.addAll(scenarios.scaleRows.stream().filter(r -> !scenarios.rows.contains(r)).toList());
        all.addAll(scenarios.knobRows);
        report.details(all);
        if (!scenarios.info.isEmpty()) {
            out.println();
            scenarios.info.forEach(i -> out.println("info: " + i));
        }
        Targets.print(out, settings, scenarios);
        out.printf("%nBenchmark finished in %s.%n", Duration.ofSeconds((System.nanoTime() - started) / 1_000_000_000L)
                .toString().substring(2).toLowerCase(Locale.ROOT));
        System.exit(0);
    }

    private static void header(PrintStream out, BenchSettings s, String[] args) {
        out.println("Kravia Bridge benchmark, " + LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
                .substring(0, 16) + (s.quick ? " (quick mode: a tenth of the volumes)" : ""));
        out.println("  arguments: " + (args.length == 0 ? "(none: every scenario)" : String.join(" ", args)));
        out.printf("  machine: %d cores, Java %s, bridge JVM -Xmx%dm (%s)%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), HeapWatch.maxBytes() / 1048576,
                ManagementFactory.getGarbageCollectorMXBeans().get(0).getName());
        out.printf("  latency injected: Odoo %d ms per call, Kravia %d ms per call (simulators on loopback, in a child"
                + " JVM -Xmx%s: heap figures are the bridge's own)%n", s.odooLatencyMs, s.kraviaLatencyMs, s.simHeap);
        out.printf("  bridge: kravia.max-concurrency %s, kravia.rate-limit %s/s, odoo.page-size %s, x_kravia fields %s;"
                        + " store: embedded MariaDB (own process)%n",
                s.concurrency == null ? "default" : s.concurrency, s.rate == null ? "default" : s.rate,
                s.pageSize == null ? "default" : s.pageSize, s.customFields ? "present" : "absent");
        out.println();
    }
}
