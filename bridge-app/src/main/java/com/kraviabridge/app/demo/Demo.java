package com.kraviabridge.app.demo;

import com.kraviabridge.app.wiring.Bridge;
import com.kraviabridge.app.wiring.PortDecorators;
import com.kraviabridge.config.ConfigLoader;
import com.kraviabridge.core.domain.CollectionCase;
import com.kraviabridge.core.domain.CreditorMapping;
import com.kraviabridge.core.port.store.ParkedKind;
import com.kraviabridge.core.port.store.ParkedRecord;
import com.kraviabridge.core.port.store.RecordKey;
import com.kraviabridge.core.usecase.BalanceCheck;
import com.kraviabridge.core.usecase.report.FlowReport;
import com.kraviabridge.sim.kravia.CaseStatus;
import com.kraviabridge.sim.kravia.InvoiceSnapshot;
import com.kraviabridge.sim.kravia.KraviaSimulator;
import com.kraviabridge.sim.odoo.OdooSimulator;
import com.kraviabridge.sim.odoo.OdooVersion;
import com.kraviabridge.sim.odoo.SimDatabase;
import com.kraviabridge.sim.odoo.seed.CompanyRef;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code bridge demo}: the whole product on one machine with nothing configured. An Odoo simulator holds a
 * Norwegian company's books, a Kravia simulator plays the collector, the bridge runs on an embedded MariaDB,
 * and several weeks pass: invoices go to collection, customers pay the creditor or Kravia, credit notes are
 * issued, cases move on, Kravia pays out and the settlements are booked in Odoo.
 */
public final class Demo {

    private static final long CREDITOR = 70_001;
    private static final String TOKEN = "demo-token-" + Long.toHexString(System.nanoTime());
    private static final String ODOO_KEY = "demo-odoo-key";

    private final PrintWriter out;
    private final Path dataDir;
    private final int weeks;
    private final int customers;
    private final int invoiceCount;

    public Demo(PrintWriter out, Path dataDir, int weeks, int customers, int invoiceCount) {
        this.out = out;
        this.dataDir = dataDir;
        this.weeks = weeks;
        this.customers = customers;
        this.invoiceCount = invoiceCount;
    }

    /** Plays the demo; returns true when Odoo and Kravia agree at the end. */
    public boolean play() {
        long started = System.nanoTime();
        DemoClock clock = new DemoClock();
        try (OdooSimulator odoo = OdooSimulator.start(OdooVersion.V17);
             KraviaSimulator kravia = KraviaSimulator.start()) {
            LocalDate today = LocalDate.now(clock);
            odoo.setToday(today);
            SimDatabase db = odoo.addDatabase("fjordhandel", "NOK", "NO");
            db.addUser("kravia-bridge", "unused").apiKey(ODOO_KEY).accountant();
            CompanyRef company = db.mainCompany();
            kravia.addCreditor(CREDITOR, TOKEN);
            NorwegianCompany books = new NorwegianCompany(20261125L);
            books.seed(db, today, customers, invoiceCount);
            say("Odoo 17 simulator with Fjordhandel AS: %d customers, %d invoices (%d paid on time, %d customers with"
                    + " incomplete data)", books.customers.size(), books.invoices.size(), books.paidOnTime, books.withBadData);
            say("Kravia simulator: creditor %d. Bridge database: embedded MariaDB under %s", CREDITOR, dataDir);

            Path config = writeConfig(odoo, kravia, company);
            try (Bridge bridge = Bridge.start(new ConfigLoader(Map.of()).load(config).settings(), clock,
                    PortDecorators.none())) {
                Map<FlowReport.Flow, int[]> totals = new EnumMap<>(FlowReport.Flow.class);
                Optional<ParkedRecord> fixed = Optional.empty();
                Random random = books.random();
                for (int week = 1; week <= weeks; week++) {
                    List<FlowReport> reports = bridge.synchronisation().run(Set.of(), false, r -> { });
                    add(totals, reports);
                    say("Week %d, %s: %s", week, LocalDate.now(clock), weekLine(reports));
                    if (week == 2) {
                        fixed = fixOneCustomer(db, bridge);
                    }
                    lifeGoesOn(db, kravia, random, week);
                    kravia.clock().advanceDays(7);
                    clock.advanceDays(7);
                    odoo.setToday(LocalDate.now(clock));
                }
                // The last payouts of the period are booked before the books are compared.
                for (int round = 0; round < 2; round++) {
                    add(totals, bridge.synchronisation().run(Set.of(), false, r -> { }));
                }
                boolean fixLanded = fixed.map(p -> reportFix(bridge, p)).orElse(true);
                return summary(bridge, kravia, totals, started) && fixLanded;
            }
        } finally {
            out.flush();
        }
    }

    private void lifeGoesOn(SimDatabase db, KraviaSimulator kravia, Random random, int week) {
        List<InvoiceSnapshot> open = kravia.invoices(CREDITOR).stream().filter(c -> !c.isClosed()).toList();
        int direct = 0;
        int credits = 0;
        int collected = 0;
        for (InvoiceSnapshot c : open) {
            int odooId = Integer.parseInt(c.accountingInvoiceId());
            int dice = random.nextInt(100);
            if (dice < 4) {
                BigDecimal part = c.remainingCapital().multiply(BigDecimal.valueOf(dice < 2 ? 100 : 40))
                        .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
                db.seed().registerPayment(odooId, part, LocalDate.now().plusDays(7L * week), "BNK", "paid the creditor");
                direct++;
            } else if (dice < 6) {
                BigDecimal part = c.remainingCapital().multiply(BigDecimal.valueOf(dice == 4 ? 100 : 25))
                        .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
                db.seed().creditNote(odooId, part, true);
                credits++;
            } else if (dice < 16) {
                kravia.debtorPaysInFull(c.id());
                collected++;
            } else if (dice < 20) {
                kravia.debtorPays(c.id(), c.remainingCapital().divide(BigDecimal.valueOf(3), 2, RoundingMode.HALF_UP));
                collected++;
            }
        }
        say("         during the week: %d customers paid Fjordhandel directly, %d credit notes, %d paid Kravia",
                direct, credits, collected);
    }

    /** The accountant completes one customer kept back for its missing postal code; the invoice kept back is returned. */
    private Optional<ParkedRecord> fixOneCustomer(SimDatabase db, Bridge bridge) {
        Optional<ParkedRecord> fixed = bridge.database().parkedRecords().all().stream()
                .filter(p -> p.kind() == ParkedKind.INVOICE && p.reason().contains("postal code")
                        && !p.reason().contains("street") && !p.reason().contains("city")).findFirst();
        fixed.ifPresent(p -> {
            Object partner = db.read("account.move", (int) invoiceIdOf(p), "commercial_partner_id")
                    .get("commercial_partner_id");
            int partnerId = ((Number) ((List<?>) partner).get(0)).intValue();
            db.execute("res.partner", "write", List.of(List.of(partnerId), Map.of("zip", "0150")), Map.of());
            say("         the accountant adds the missing postal code of the customer of %s", p.subject());
        });
        return fixed;
    }

    /** Whether the invoice of the customer fixed in week 2 went to Kravia in a later week, as it must. */
    private boolean reportFix(Bridge bridge, ParkedRecord fixed) {
        Optional<CollectionCase> handedOver = bridge.database().caseBook().byInvoice(fixed.companyId(),
                invoiceIdOf(fixed));
        say("");
        if (handedOver.isPresent()) {
            say("The customer completed in week 2: invoice %s was handed over as Kravia case %d.", fixed.subject(),
                    handedOver.get().kraviaInvoiceId());
            return true;
        }
        say("The customer completed in week 2: invoice %s was NOT handed over (%s).", fixed.subject(),
                bridge.database().parkedRecords().all().stream().filter(p -> p.key().equals(fixed.key()))
                        .map(ParkedRecord::reason).findFirst().orElse("not parked either"));
        return false;
    }

    private static long invoiceIdOf(ParkedRecord invoice) {
        return RecordKey.parse(invoice.key()).invoiceId();
    }

    private boolean summary(Bridge bridge, KraviaSimulator kravia, Map<FlowReport.Flow, int[]> totals, long started) {
        say("");
        say("Summary after %d weeks", weeks);
        say("  %-12s %8s %10s %9s %8s %7s", "flow", "sent", "unchanged", "rejected", "parked", "failed");
        totals.forEach((flow, t) -> say("  %-12s %8d %10d %9d %8d %7d", flow.name().toLowerCase(), t[0], t[1], t[2], t[3],
                t[4]));
        Map<String, Long> statuses = kravia.invoices(CREDITOR).stream().collect(Collectors.groupingBy(
                c -> c.status() + (c.closeReason() == null ? "" : " " + c.closeReason()), TreeMap::new,
                Collectors.counting()));
        say("  Kravia cases by status: %s", statuses);
        say("  Settlements posted in Odoo and bookkept in Kravia: %d", kravia.settlements(CREDITOR).stream()
                .filter(s -> s.closed()).count());
        List<ParkedRecord> parked = bridge.database().parkedRecords().all();
        Map<String, Long> byKind = parked.stream().collect(Collectors.groupingBy(p -> p.kind().code(), TreeMap::new,
                Collectors.counting()));
        say("  Kept for review (bridge status --parked): %d %s", parked.size(), byKind);
        parked.stream().limit(3).forEach(p -> say("    e.g. %s", p.reason()));

        say("");
        say("Reconciliation: Odoo's open amount against Kravia's remaining capital, every open case");
        boolean agree = true;
        for (CreditorMapping creditor : bridge.creditors()) {
            BalanceCheck.Result result = bridge.balanceCheck().check(creditor);
            if (result.agrees()) {
                say("  company %d: all %d open cases agree", creditor.companyId(), result.casesCompared());
            } else {
                agree = false;
                say("  company %d: %d of %d open cases differ", creditor.companyId(), result.mismatches().size(),
                        result.casesCompared());
                result.mismatches().stream().limit(10).forEach(m -> say("    %s: Odoo %s, Kravia %s (%s)",
                        m.invoiceNumber(), m.odooResidual(), m.kraviaCapital(), m.kraviaStatus()));
            }
        }
        say("");
        say("Demo finished in %d s.", (System.nanoTime() - started) / 1_000_000_000L);
        return agree;
    }

    private static void add(Map<FlowReport.Flow, int[]> totals, List<FlowReport> reports) {
        for (FlowReport r : reports) {
            int[] t = totals.computeIfAbsent(r.flow(), f -> new int[5]);
            t[0] += r.sentCount();
            t[1] += r.unchangedCount();
            t[2] += r.rejectedCount();
            t[3] += r.parkedCount();
            t[4] += r.failedCount() + r.unknownCount();
        }
    }

    private static String weekLine(List<FlowReport> reports) {
        Map<FlowReport.Flow, Integer> sent = new EnumMap<>(FlowReport.Flow.class);
        int rejected = 0;
        for (FlowReport r : reports) {
            sent.merge(r.flow(), r.sentCount(), Integer::sum);
            rejected += r.rejectedCount();
        }
        return String.format("forwarded %d invoices (%d not eligible), %d direct payments, %d credits,"
                        + " %d status changes, %d settlements booked",
                sent.getOrDefault(FlowReport.Flow.INVOICES, 0), rejected, sent.getOrDefault(FlowReport.Flow.PAYMENTS, 0),
                sent.getOrDefault(FlowReport.Flow.CREDITS, 0), sent.getOrDefault(FlowReport.Flow.STATUS, 0),
                sent.getOrDefault(FlowReport.Flow.SETTLEMENTS, 0));
    }

    private Path writeConfig(OdooSimulator odoo, KraviaSimulator kravia, CompanyRef company) {
        try {
            Files.createDirectories(dataDir);
            // A fresh database every time; the unpacked MariaDB binaries beside it are kept for the next demo.
            deleteTree(dataDir.resolve("mariadb"));
            Path config = dataDir.resolve("demo.properties");
            Files.writeString(config, String.join("\n",
                    "# written by bridge demo; points at the simulators of this run",
                    "odoo.url = " + odoo.url(),
                    "odoo.database = fjordhandel",
                    "odoo.username = kravia-bridge",
                    "odoo.password = " + ODOO_KEY,
                    "kravia.url = " + kravia.baseUrl(),
                    "kravia.token = " + TOKEN,
                    "kravia.rate-limit = 500",
                    "creditor." + company.id() + ".id = " + CREDITOR,
                    "collection.excluded-partner-tags = Nøkkelkunde",
                    "collection.min-amount = 200",
                    "data.dir = " + dataDir.toAbsolutePath(),
                    "webhook.port = 0",
                    "settlement.journal = BNK",
                    "settlement.account.1500 = 1500",
                    "settlement.account.2710 = 2710",
                    "settlement.account.7790 = 7770",
                    ""));
            return config;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private void say(String format, Object... args) {
        out.println(String.format(format, args));
        out.flush();
    }

}
