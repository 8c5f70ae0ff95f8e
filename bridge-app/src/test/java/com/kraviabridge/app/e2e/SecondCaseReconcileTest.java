package com.kraviabridge.app.e2e;

import com.kraviabridge.app.wiring.Bridge;
import com.kraviabridge.core.domain.Address;
import com.kraviabridge.core.domain.Debtor;
import com.kraviabridge.core.domain.Money;
import com.kraviabridge.core.domain.NewCase;
import com.kraviabridge.sim.odoo.OdooVersion;
import com.kraviabridge.sim.odoo.seed.InvoiceRef;
import com.kraviabridge.sim.odoo.seed.PartnerRef;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code bridge status --reconcile} notices when Kravia holds a second open case for an invoice: the bridge records
 * one case per invoice, so the amounts of that case agree, but the debtor is pursued twice.
 */
@Tag("slow")
class SecondCaseReconcileTest {

    @Test
    void aSecondOpenCaseForOneInvoiceIsReported() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        try (Landscape world = new Landscape(OdooVersion.V17, "jsonrpc")) {
            world.odoo.setToday(today);
            PartnerRef bakery = world.fjordbakeri();
            InvoiceRef invoice = world.overdueInvoice(bakery, today, "12500.00");
            world.overdueInvoice(bakery, today, "800.00");
            assertThat(world.cli("sync", "--flow", "invoices").exitCode()).isZero();
            Landscape.Cli agreeing = world.cli("status", "--reconcile");
            assertThat(agreeing.exitCode()).as(agreeing.out()).isZero();

            // what a second process sending the same registration did before leases existed
            long second;
            try (Bridge bridge = world.bridge()) {
                Debtor debtor = new Debtor(bakery.id(), "ODOO-" + bakery.id(), "Fjordbakeri AS", true, "912345678",
                        new Address("Bryggen 3", "5003", "Bergen", "NO"), null, Set.of());
                second = bridge.kravia().cases().register(new NewCase(Landscape.CREDITOR,
                        Integer.toString(invoice.id()), "INV/DUP", today.minusDays(45), today.minusDays(30),
                        Money.of("12500.00", "NOK"), debtor, "Overdue invoice")).kraviaInvoiceId();
            }

            Landscape.Cli reconcile = world.cli("status", "--reconcile");

            assertThat(reconcile.exitCode()).as(reconcile.out()).isNotZero();
            assertThat(reconcile.out()).contains("2 open cases for invoice").contains("Odoo id " + invoice.id())
                    .contains("case " + second).doesNotContain("agree on all");
        }
    }
}
