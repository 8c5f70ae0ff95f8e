package com.kraviabridge.app.e2e;

import com.kraviabridge.sim.kravia.InvoiceSnapshot;
import com.kraviabridge.sim.kravia.SettlementSnapshot;
import com.kraviabridge.sim.odoo.OdooVersion;
import com.kraviabridge.sim.odoo.seed.InvoiceRef;
import com.kraviabridge.sim.odoo.seed.PartnerRef;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exactly once, the hard way: a real bridge process is killed right after each kind of remote write took
 * effect and before its store heard of it; the next run neither repeats the write nor loses it.
 */
@Tag("slow")
class KilledMidWriteTest {

    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    @Test
    void noWriteIsRepeatedOrLostWhenTheProcessDiesAfterIt() throws Exception {
        // one write in flight at a time, so the process dies after exactly one of them
        try (Landscape world = new Landscape(OdooVersion.V17, "jsonrpc", "kravia.max-concurrency = 1")) {
            world.odoo.setToday(today);
            OdooReads odoo = new OdooReads(world.odooDb);
            PartnerRef bakery = world.seed().partner("Fjordbakeri AS").company().orgNumber("912345678")
                    .address("Bryggen 3", "5003", "Bergen", "NO").save();
            InvoiceRef first = invoice(world, bakery, "5000.00");
            InvoiceRef second = invoice(world, bakery, "3000.00");

            // register: killed after Kravia created the first case
            assertThat(runCrashing(world, "register")).isEqualTo(CrashingSync.CRASH_EXIT);
            assertThat(world.kravia.invoices(Landscape.CREDITOR)).hasSize(1);
            assertThat(world.cli("sync", "--flow", "invoices").exitCode()).isZero();
            assertThat(world.kravia.invoices(Landscape.CREDITOR)).extracting(InvoiceSnapshot::accountingInvoiceId)
                    .containsExactlyInAnyOrder(Integer.toString(first.id()), Integer.toString(second.id()));
            assertThat(world.kravia.requests("POST", "invoice/register")).hasSize(2);

            // payment: killed after Kravia took it
            world.seed().registerPayment(first.id(), new BigDecimal("1000.00"), today, "BNK", "part");
            assertThat(runCrashing(world, "payment")).isEqualTo(CrashingSync.CRASH_EXIT);
            assertThat(world.cli("sync", "--flow", "payments").exitCode()).isZero();
            assertThat(world.kravia.requests("POST", "invoice/payment")).hasSize(1);
            long firstCase = caseOf(world, first).id();
            assertThat(world.kravia.invoice(firstCase).remainingCapital()).isEqualByComparingTo("4000.00");

            // credit: killed after Kravia took it
            world.seed().creditNote(second.id(), new BigDecimal("500.00"), true);
            assertThat(runCrashing(world, "credit")).isEqualTo(CrashingSync.CRASH_EXIT);
            assertThat(world.cli("sync", "--flow", "credits").exitCode()).isZero();
            assertThat(world.kravia.requests("POST", "invoice/creditnote")).hasSize(1);

            // settlement: killed after Odoo posted the entry, then after Kravia marked it bookkept
            world.kravia.debtorPaysInFull(firstCase);
            SettlementSnapshot settlement = world.kravia.settleNow(Landscape.CREDITOR).get(0);
            String ref = "KRAVIA-SETTLEMENT-" + settlement.id();
            assertThat(runCrashing(world, "post")).isEqualTo(CrashingSync.CRASH_EXIT);
            assertThat(odoo.movesWithRef(ref)).hasSize(1);
            assertThat(runCrashing(world, "bookkeep")).isEqualTo(CrashingSync.CRASH_EXIT);
            assertThat(world.cli("sync").exitCode()).isZero();
            assertThat(odoo.movesWithRef(ref)).hasSize(1);
            assertThat(world.kravia.settlements(Landscape.CREDITOR)).allMatch(SettlementSnapshot::closed);
            assertThat(odoo.residual(first.id())).isZero();

            // and a plain run afterwards still does nothing more
            int writes = world.kravia.requests().stream().filter(r -> !r.method().equals("GET")).toList().size();
            world.cli("sync");
            assertThat(world.kravia.requests().stream().filter(r -> !r.method().equals("GET")).toList()).hasSize(writes);
        }
    }

    private InvoiceRef invoice(Landscape world, PartnerRef partner, String amount) {
        return world.seed().invoice(partner).invoiceDate(today.minusDays(45)).dueDate(today.minusDays(30))
                .amount(amount).save();
    }

    private static InvoiceSnapshot caseOf(Landscape world, InvoiceRef invoice) {
        return world.kravia.invoices(Landscape.CREDITOR).stream()
                .filter(s -> s.accountingInvoiceId().equals(Integer.toString(invoice.id()))).findFirst().orElseThrow();
    }

    /** Runs the bridge in its own JVM, as the daemon would run, and waits for it to die or finish. */
    private static int runCrashing(Landscape world, String write) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(CrashingSync.class.getName());
        command.add(world.configFile.toString());
        command.add(write);
        Path log = Files.createTempFile("crashing-sync", ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the bridge process did not end: " + Files.readString(log));
        }
        int exit = process.exitValue();
        if (exit != CrashingSync.CRASH_EXIT) {
            System.err.println(Files.readString(log));
        }
        Files.deleteIfExists(log);
        return exit;
    }
}
