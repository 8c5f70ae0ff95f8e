package com.kraviabridge.sim.odoo;

import com.kraviabridge.sim.odoo.seed.InvoiceRef;
import com.kraviabridge.sim.odoo.seed.PartnerRef;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** 100,000 invoices in memory, read the way the bridge pages through them. */
@Tag("slow")
class ScaleTest {
    private static final int INVOICES = Integer.getInteger("sim.scale.invoices", 100_000);

    @Test
    @SuppressWarnings("unchecked")
    void pagesThroughAHundredThousandInvoicesQuickly() {
        try (Fixture fx = new Fixture(OdooVersion.V17)) {
            long t0 = System.nanoTime();
            List<PartnerRef> partners = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                partners.add(fx.db.seed().partner("Customer " + i).orgNumber(String.valueOf(900000000 + i)).save());
            }
            InvoiceRef last = null;
            LocalDate start = LocalDate.of(2025, 1, 1);
            for (int i = 0; i < INVOICES; i++) {
                last = fx.db.seed().invoice(partners.get(i % partners.size())).amount(BigDecimal.valueOf(100 + i % 900))
                        .invoiceDate(start.plusDays(i % 400)).save();
                if (i % 10 == 0) {
                    fx.db.seed().registerPayment(last.id(), new BigDecimal("50"), start.plusDays(i % 400 + 20), "BNK",
                            null);
                }
            }
            Duration seeding = Duration.ofNanos(System.nanoTime() - t0);
            System.out.println("seeded " + INVOICES + " invoices in " + seeding.toMillis() + " ms");

            Odoo odoo = fx.client(Odoo.Protocol.JSON);
            long t1 = System.nanoTime();
            int lastId = 0;
            int seen = 0;
            int pages = 0;
            while (pages < 20) {
                List<Map<String, Object>> page = (List<Map<String, Object>>) odoo.call("account.move", "search_read",
                        List.of(List.of(List.of("move_type", "=", "out_invoice"), List.of("state", "=", "posted"),
                                List.of("id", ">", lastId))),
                        Map.of("fields", List.of("name", "amount_residual", "payment_state", "partner_id",
                                "invoice_date_due"), "order", "id asc", "limit", 1000));
                if (page.isEmpty()) {
                    break;
                }
                seen += page.size();
                lastId = (Integer) page.get(page.size() - 1).get("id");
                pages++;
            }
            List<Integer> lines = odoo.search("account.move.line", List.of(List.of("move_id", "in",
                    List.of(last.id())), List.of("display_type", "=", "payment_term")));
            List<Map<String, Object>> changed = (List<Map<String, Object>>) odoo.call("account.move", "search_read",
                    List.of(List.of(List.of("move_type", "in", List.of("out_invoice", "out_refund")),
                            List.of("write_date", ">=", "2026-03-01 00:00:00"))),
                    Map.of("fields", List.of("id", "write_date"), "order", "write_date asc, id asc", "limit", 500));
            Object partials = odoo.call("account.partial.reconcile", "search_count", List.of(List.of(List.of("id", ">", 0))));
            Duration reading = Duration.ofNanos(System.nanoTime() - t1);
            System.out.println("20 pages + lookups in " + reading.toMillis() + " ms");

            assertThat(seen).isEqualTo(Math.min(20_000, INVOICES));
            assertThat(lines).hasSize(1);
            assertThat(changed).hasSize(500);
            assertThat(partials).isEqualTo(INVOICES / 10);
            assertThat(reading).isLessThan(Duration.ofSeconds(10));
        }
    }
}
