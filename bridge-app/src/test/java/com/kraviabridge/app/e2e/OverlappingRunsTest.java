package com.kraviabridge.app.e2e;

import com.kraviabridge.app.BridgeCommand;
import com.kraviabridge.sim.kravia.RecordedRequest;
import com.kraviabridge.sim.odoo.OdooVersion;
import com.kraviabridge.sim.odoo.seed.InvoiceRef;
import com.kraviabridge.sim.odoo.seed.PartnerRef;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two bridge processes on one database at once (the daemon and a manual {@code bridge sync}, or two instances),
 * with Kravia answering slowly: while one process's request is on the wire, the other must neither look it up (it
 * would find nothing yet) nor send it again. Kravia receives exactly one request per registration, payment and
 * credit note, and each process counts only what it sent itself.
 */
@Tag("slow")
class OverlappingRunsTest {

    private static final int RECORDS = 10;
    private static final Duration SLOW = Duration.ofMillis(1200);

    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    @Test
    void twoProcessesOnOneDatabaseSendEachRegistrationPaymentAndCreditOnce() throws Exception {
        try (Landscape world = new Landscape(OdooVersion.V17, "jsonrpc", "kravia.max-concurrency = 2")) {
            world.odoo.setToday(today);
            PartnerRef bakery = world.fjordbakeri();
            List<InvoiceRef> invoices = new ArrayList<>();
            for (int i = 0; i < RECORDS; i++) {
                invoices.add(world.overdueInvoice(bakery, today, "5000.00"));
            }

            overlap(world, "invoice/register", "invoices");
            assertThat(perReference(world, "invoice/register", "accountingInvoiceId")).hasSize(RECORDS)
                    .allSatisfy((reference, requests) -> assertThat(requests).as(reference).isEqualTo(1));

            for (InvoiceRef invoice : invoices) {
                world.seed().registerPayment(invoice.id(), new BigDecimal("1000.00"), today, "BNK", "part");
            }
            overlap(world, "invoice/payment", "payments");
            assertThat(perReference(world, "invoice/payment", "AccountingPaymentId")).hasSize(RECORDS)
                    .allSatisfy((reference, requests) -> assertThat(requests).as(reference).isEqualTo(1));

            for (InvoiceRef invoice : invoices) {
                world.seed().creditNote(invoice.id(), new BigDecimal("500.00"), true);
            }
            overlap(world, "invoice/creditnote", "credits");
            assertThat(perReference(world, "invoice/creditnote", "AccountingPaymentId")).hasSize(RECORDS)
                    .allSatisfy((reference, requests) -> assertThat(requests).as(reference).isEqualTo(1));

            // every case ends where one payment and one credit put it, and a later run has nothing left to send
            assertThat(world.kravia.invoices(Landscape.CREDITOR)).hasSize(RECORDS)
                    .allSatisfy(c -> assertThat(c.remainingCapital()).isEqualByComparingTo("3500.00"));
            long writes = writes(world);
            assertThat(world.cli("sync").exitCode()).isZero();
            assertThat(writes(world)).isEqualTo(writes);
        }
    }

    /**
     * Starts a bridge process of its own on a slow Kravia, and once its first write of {@code path} went through, a
     * second run in this JVM beside it; both must finish well, and between them count each record sent once.
     */
    private void overlap(Landscape world, String path, String flow) throws Exception {
        world.kravia.faults().forPath(path).latency(SLOW);
        Path log = Files.createTempFile("overlapping-sync", ".log");
        Process other = new ProcessBuilder(javaCommand(world)).redirectErrorStream(true).redirectOutput(log.toFile())
                .start();
        try {
            await().atMost(Duration.ofSeconds(90)).until(() -> !world.kravia.requests("POST", path).isEmpty()
                    || !other.isAlive());
            assertThat(other.isAlive()).as("the other process is still sending: " + Files.readString(log)).isTrue();

            Landscape.Cli mine = world.cli("sync");

            assertThat(other.waitFor(120, TimeUnit.SECONDS)).as("the other process ends").isTrue();
            String theirs = Files.readString(log);
            assertThat(other.exitValue()).as(theirs).isZero();
            assertThat(mine.exitCode()).as(mine.out() + mine.err()).isZero();
            assertThat(count(flow, "in progress elsewhere", mine.out()) + count(flow, "in progress elsewhere", theirs))
                    .as("the runs met on a write one of them had on the wire:\n" + mine.out() + "\n---\n" + theirs)
                    .isPositive();
            assertThat(count(flow, "sent", mine.out()) + count(flow, "sent", theirs)).as("sent, counted once between the two runs:\n"
                    + mine.out() + "\n---\n" + theirs).isEqualTo(RECORDS);
        } finally {
            other.destroyForcibly();
            world.kravia.faults().clear();
            Files.deleteIfExists(log);
        }
    }

    private static List<String> javaCommand(Landscape world) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(BridgeCommand.class.getName());
        command.add("sync");
        command.add("--config");
        command.add(world.configFile.toString());
        return command;
    }

    /** A count of a run's progress line for the flow ("3 sent", "2 in progress elsewhere"); 0 when not shown. */
    private static int count(String flow, String what, String output) {
        Matcher line = Pattern.compile("(?m)^" + flow + "\\s+company\\s+\\d+\\s+(.*)$").matcher(output);
        assertThat(line.find()).as("a progress line for " + flow + " in:\n" + output).isTrue();
        Matcher count = Pattern.compile("(\\d+) " + what + "\\b").matcher(line.group(1));
        return count.find() ? Integer.parseInt(count.group(1)) : 0;
    }

    /** Requests Kravia received for {@code path}, per our reference in their body. */
    private static Map<String, Long> perReference(Landscape world, String path, String field) {
        Pattern reference = Pattern.compile("\"" + field + "\"\\s*:\\s*\"([^\"]+)\"");
        List<RecordedRequest> requests = world.kravia.requests("POST", path);
        assertThat(requests).isNotEmpty();
        return requests.stream().map(r -> {
            Matcher m = reference.matcher(r.body());
            assertThat(m.find()).as("a reference in " + r.body()).isTrue();
            return m.group(1);
        }).collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private static long writes(Landscape world) {
        return world.kravia.requests().stream().filter(r -> !r.method().equals("GET")).count();
    }
}
