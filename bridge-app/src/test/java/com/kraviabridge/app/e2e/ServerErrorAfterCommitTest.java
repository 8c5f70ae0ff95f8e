package com.kraviabridge.app.e2e;

import com.kraviabridge.sim.kravia.InvoiceSnapshot;
import com.kraviabridge.sim.odoo.OdooVersion;
import com.kraviabridge.sim.odoo.seed.InvoiceRef;
import com.kraviabridge.sim.odoo.seed.PartnerRef;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kravia (or a proxy in front of it) does the work and then answers 500, 502 or 503. The bridge must not send the
 * write again blind: the run reports it as unknown, and the next run finds it by our reference and records it, so
 * Kravia holds exactly one case, one payment and one credit note.
 */
@Tag("slow")
class ServerErrorAfterCommitTest {

    @Test
    void aServerErrorAfterTheWriteTookEffectLeavesExactlyOneEffectAndIsReportedAsUnknown() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        try (Landscape world = new Landscape(OdooVersion.V17, "jsonrpc")) {
            world.odoo.setToday(today);
            PartnerRef bakery = world.fjordbakeri();
            InvoiceRef invoice = world.overdueInvoice(bakery, today, "5000.00");

            world.kravia.faults().forPath("invoice/register").failAfterCommit(1, 500);
            resolvedOnTheSecondRun(world, "invoices");
            assertThat(world.kravia.requests("POST", "invoice/register")).hasSize(1);
            assertThat(world.kravia.invoices(Landscape.CREDITOR)).singleElement()
                    .extracting(InvoiceSnapshot::accountingInvoiceId).isEqualTo(Integer.toString(invoice.id()));
            long caseId = world.kravia.invoices(Landscape.CREDITOR).get(0).id();

            world.seed().registerPayment(invoice.id(), new BigDecimal("1000.00"), today, "BNK", "part");
            world.kravia.faults().forPath("invoice/payment").failAfterCommit(1, 502);
            resolvedOnTheSecondRun(world, "payments");
            assertThat(world.kravia.requests("POST", "invoice/payment")).hasSize(1);
            assertThat(world.kravia.invoice(caseId).remainingCapital()).isEqualByComparingTo("4000.00");

            world.seed().creditNote(invoice.id(), new BigDecimal("500.00"), true);
            world.kravia.faults().forPath("invoice/creditnote").failAfterCommit(1, 503);
            resolvedOnTheSecondRun(world, "credits");
            assertThat(world.kravia.requests("POST", "invoice/creditnote")).hasSize(1);
            assertThat(world.kravia.invoice(caseId).remainingCapital()).isEqualByComparingTo("3500.00");
        }
    }

    /** The first run says it does not know (not "0 failed, 1 sent"); the second finds the write and records it. */
    private static void resolvedOnTheSecondRun(Landscape world, String flow) {
        Landscape.Cli first = world.cli("sync", "--flow", flow);
        assertThat(first.exitCode()).as(first.out()).isEqualTo(1);
        assertThat(first.out()).as(first.out()).containsPattern("(?m)^" + flow + "\\s+company\\s+\\d+\\s+0 sent,.* 1 unknown");

        Landscape.Cli second = world.cli("sync", "--flow", flow);
        assertThat(second.exitCode()).as(second.out()).isZero();
        assertThat(second.out()).as(second.out()).containsPattern("(?m)^" + flow + "\\s+company\\s+\\d+\\s+1 sent,.* 0 unknown");
    }
}
