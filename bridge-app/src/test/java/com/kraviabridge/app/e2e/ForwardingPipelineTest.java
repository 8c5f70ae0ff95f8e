package com.kraviabridge.app.e2e;

import com.kraviabridge.app.wiring.Bridge;
import com.kraviabridge.app.wiring.PortDecorators;
import com.kraviabridge.core.usecase.report.FlowReport;
import com.kraviabridge.sim.kravia.InvoiceSnapshot;
import com.kraviabridge.sim.kravia.RecordedRequest;
import com.kraviabridge.sim.odoo.OdooVersion;
import com.kraviabridge.sim.odoo.seed.InvoiceRef;
import com.kraviabridge.sim.odoo.seed.PartnerRef;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The forwarding pipeline on the real stacks: several pages in flight at once over four senders, Kravia failing
 * some registrations before (503) and some after it took them (connection dropped), and every invoice still
 * forwarded exactly once, each looked up before it is sent again.
 */
@Tag("slow")
class ForwardingPipelineTest {

    private static final int INVOICES = 45;

    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    @Test
    void failuresOnSomePagesLeaveEveryInvoiceForwardedExactlyOnce() {
        try (Landscape world = new Landscape(OdooVersion.V17, "jsonrpc", Map.of("odoo.page-size", "10",
                "kravia.max-concurrency", "4", "kravia.max-retries", "0"))) {
            world.odoo.setToday(today);
            List<InvoiceRef> invoices = seed(world);
            world.kravia.faults().forPath("invoice/register").dropAfterCommit(2).failRandomly(0.2, 503, 7);

            FlowReport first = forward(world, Clock.systemUTC());
            world.kravia.faults().clear();
            long answered503 = world.kravia.requests("POST", "invoice/register").stream()
                    .filter(r -> "503".equals(r.fault())).count();

            // a 5xx to a registration may come after Kravia took the case: as unknown as a lost answer
            assertThat(answered503).isPositive();
            assertThat(first.unknownCount()).as("answers lost or 503").isEqualTo(2 + answered503);
            assertThat(first.failedCount()).isZero();
            assertThat(first.sentCount()).isEqualTo(INVOICES - first.unknownCount());

            FlowReport second = forward(world, Clock.systemUTC());
            assertThat(second.sentCount()).as("the 503s: answered, so looked up at once, not found, sent")
                    .isEqualTo(answered503);
            assertThat(second.inProgressElsewhereCount())
                    .as("the lost answers: their requests may be at work until their lease runs out").isEqualTo(2);

            FlowReport third = forward(world, Clock.offset(Clock.systemUTC(), Duration.ofMinutes(30)));
            assertThat(third.sentCount()).as("the lost answers, found by lookup").isEqualTo(2);
            assertThat(third.unchangedCount()).isEqualTo(INVOICES - 2);
            assertThat(third.needsAttention()).isFalse();

            Map<String, Long> casesPerInvoice = world.kravia.invoices(Landscape.CREDITOR).stream()
                    .collect(Collectors.groupingBy(InvoiceSnapshot::accountingInvoiceId, Collectors.counting()));
            assertThat(casesPerInvoice).hasSize(INVOICES).allSatisfy((ref, cases) -> assertThat(cases).isOne());
            List<RecordedRequest> took = world.kravia.requests("POST", "invoice/register").stream()
                    .filter(r -> !"503".equals(r.fault())).toList();
            assertThat(world.kravia.requests("POST", "invoice/register")).as("never sent again blind")
                    .hasSize(INVOICES + (int) answered503);
            assertThat(took).as("registrations that reached Kravia's books: one per invoice").hasSize(INVOICES);
            OdooReads odoo = new OdooReads(world.odooDb);
            assertThat(invoices).allSatisfy(invoice -> assertThat(odoo.notes(invoice.id()))
                    .filteredOn(note -> note.contains("Forwarded to Kravia")).hasSize(1));
        }
    }

    private static FlowReport forward(Landscape world, Clock clock) {
        try (Bridge bridge = Bridge.start(world.settings(), clock, PortDecorators.none())) {
            List<FlowReport> reports = bridge.synchronisation().run(Set.of(FlowReport.Flow.INVOICES), false,
                    report -> { });
            assertThat(reports).hasSize(1);
            return reports.get(0);
        }
    }

    private List<InvoiceRef> seed(Landscape world) {
        List<InvoiceRef> invoices = new ArrayList<>();
        Function<Integer, PartnerRef> partner = n -> world.seed().partner("Kunde " + n + " AS").company()
                .orgNumber(Integer.toString(912_345_600 + n)).address("Bryggen " + n, "5003", "Bergen", "NO").save();
        PartnerRef current = null;
        for (int i = 0; i < INVOICES; i++) {
            if (i % 5 == 0) {
                current = partner.apply(i / 5);
            }
            invoices.add(world.seed().invoice(current).invoiceDate(today.minusDays(45)).dueDate(today.minusDays(30))
                    .amount(Integer.toString(1000 + i) + ".00").save());
        }
        return invoices;
    }
}
