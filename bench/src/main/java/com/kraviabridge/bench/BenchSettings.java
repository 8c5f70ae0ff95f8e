package com.kraviabridge.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** What the command line chose: scenarios, volumes, latencies and the bridge's Kravia settings. */
final class BenchSettings {

    static final List<String> ALL = List.of("s1", "s1json2", "s1odoo18", "s1x3", "s3", "s4", "s2", "knobs");

    Set<String> scenarios = new LinkedHashSet<>();
    boolean quick;
    long odooLatencyMs = 5;
    long kraviaLatencyMs = 20;
    Integer concurrency = 8;
    String rate = "1000";
    Integer pageSize;
    String simHeap = "8g";
    boolean customFields = true;
    List<Integer> sizes;
    Path dataDir;

    /** Volumes: the issue's, or a tenth of them in quick mode. */
    int s1Invoices() {
        return quick ? 1_000 : 10_000;
    }

    int s2OpenCases() {
        return quick ? 10_000 : 100_000;
    }

    int s3Settlements() {
        return quick ? 50 : 500;
    }

    int knobInvoices() {
        return quick ? 100 : 500;
    }

    List<Integer> scaleSizes() {
        if (sizes != null) {
            return sizes;
        }
        return quick ? List.of(100, 1_000, 10_000) : List.of(1_000, 10_000, 100_000);
    }

    static BenchSettings parse(String[] args) {
        BenchSettings s = new BenchSettings();
        for (int i = 0; i < args.length; i++) {
            String a = args[i].toLowerCase(Locale.ROOT);
            switch (a) {
                case "quick" -> s.quick = true;
                case "full", "all" -> s.scenarios.addAll(ALL);
                case "s1", "s1json2", "s1odoo18", "s1x3", "s2", "s3", "s4", "knobs" -> s.scenarios.add(a);
                case "--concurrency" -> s.concurrency = Integer.parseInt(args[++i]);
                case "--rate" -> s.rate = args[++i];
                case "--page-size" -> s.pageSize = Integer.parseInt(args[++i]);
                case "--odoo-latency-ms" -> s.odooLatencyMs = Long.parseLong(args[++i]);
                case "--kravia-latency-ms" -> s.kraviaLatencyMs = Long.parseLong(args[++i]);
                case "--sim-heap" -> s.simHeap = args[++i];
                case "--no-custom-fields" -> s.customFields = false;
                case "--sizes" -> {
                    s.sizes = new ArrayList<>();
                    for (String n : args[++i].split(",")) {
                        s.sizes.add(Integer.parseInt(n.trim().replace("_", "")));
                    }
                }
                case "--data-dir" -> s.dataDir = Path.of(args[++i]);
                case "-h", "--help", "help" -> {
                    usage();
                    System.exit(0);
                }
                default -> {
                    System.err.println("unknown argument: " + args[i]);
                    usage();
                    System.exit(2);
                }
            }
        }
        if (s.scenarios.isEmpty()) {
            s.scenarios.addAll(ALL);
        }
        if (s.dataDir == null) {
            Path target = Path.of("bench", "target");
            s.dataDir = (Files.isDirectory(target) ? target : Path.of(System.getProperty("java.io.tmpdir")))
                    .resolve("bench-data").toAbsolutePath();
        }
        return s;
    }

    static void usage() {
        System.err.println(String.join("\n",
                "usage: java -Xmx256m -jar bench/target/bench.jar [quick] [s1 s1json2 s1odoo18 s1x3 s2 s3 s4 knobs] [options]",
                "  no scenario: all of them at full volume (about 30 min with the bridge of 2026-11-25); quick: a tenth, ~4 min",
                "  s1     first forwarding, 10,000 invoices over 2,000 debtors, one company",
                "  s1json2 s1 against Odoo 19 over JSON-2 (odoo.protocol = json2); with s1, compares Odoo calls per invoice",
                "  s1odoo18 s1 against Odoo 18 charging the per-row costs measured on a real Odoo 18, not 5 ms a call",
                "  s1x3   the same over three companies",
                "  s3     500 settlements of 20 lines posted into Odoo (on the s1 landscape)",
                "  s4     s1 at 1,000, 10,000 and 100,000 invoices (needs -Xmx256m to prove the memory target)",
                "  s2     steady state on 100,000 open cases (reuses s4's 100,000 when both run)",
                "  knobs  forwarding under several kravia.max-concurrency / kravia.rate-limit values",
                "options: --concurrency N (8)  --rate R (1000)  --page-size N (product default)",
                "         --odoo-latency-ms 5  --kravia-latency-ms 20  --sizes 1000,10000,100000",
                "         --sim-heap 8g  --no-custom-fields  --data-dir DIR"));
    }
}
