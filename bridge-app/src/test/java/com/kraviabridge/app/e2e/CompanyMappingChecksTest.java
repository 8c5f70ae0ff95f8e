package com.kraviabridge.app.e2e;

import com.kraviabridge.sim.odoo.OdooVersion;
import com.kraviabridge.sim.odoo.seed.CompanyRef;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The company mapping as the administrator changes it: a company taken off the bridge with cases still open, and a
 * mapped company that Odoo does not have.
 */
@Tag("slow")
class CompanyMappingChecksTest {

    private static final String WHAT_STOPS = "no longer sent or booked";

    @Test
    void aCompanyTakenOffWithOpenCasesIsNamedByConfigCheckAndDoctorWithWhatStops() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        try (Landscape world = new Landscape(OdooVersion.V17, "jsonrpc", Map.of())) {
            world.odoo.setToday(today);
            world.overdueInvoice(world.fjordbakeri(), today, "4000.00");
            Landscape.Cli sync = world.cli("sync", "--flow", "invoices");
            assertThat(sync.exitCode()).as(sync.out() + sync.err()).isZero();
            assertThat(world.kravia.requests("POST", "invoice/register")).hasSize(1);

            // The firm moves the bridge to its second company and takes the first one off.
            CompanyRef second = world.seed().company("Nordlys Handel AS").orgNumber("987654321")
                    .address("Fjellveien 2", "9008", "Tromsø").email("post@nordlys.example").save();
            world.odooDb.user("bridge@acme.example").companies(world.company, second);
            world.kravia.addCreditor(502, Landscape.TOKEN);
            long first = world.company.id();
            world.remove("creditor." + first + ".id");
            world.remove("creditor." + first + ".webhook-secret");
            world.set("creditor." + second.id() + ".id", "502");

            String consequence = "still has 1 open Kravia case(s) but no creditor (creditor." + first + ".id): its"
                    + " payments, credits, case status and settlements are " + WHAT_STOPS;
            Landscape.Cli check = world.cli("config", "check");
            assertThat(check.exitCode()).as(check.out() + check.err()).isZero();
            assertThat(check.out()).contains("warning: company " + first + " " + consequence)
                    .contains("Taking a company off the bridge").contains("is valid, with 1 warning.");

            Landscape.Cli doctor = world.cli("doctor");
            assertThat(doctor.out()).as(doctor.out()).containsPattern("WARN +company " + first + " +.+ " + Pattern.quote(consequence));
            assertThat(doctor.out()).contains("ok   company " + second.id() + " ")
                    .doesNotContain("company " + second.id() + " " + "still has");
            assertThat(doctor.exitCode()).as("a warning, not a failure: taking a company off is allowed")
                    .isZero();
        }
    }

    @Test
    void syncRefusesAMappedCompanyOdooDoesNotHaveWithTheDoctorsMessageAndServesTheOthers() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        try (Landscape world = new Landscape(OdooVersion.V17, "jsonrpc", Map.of("creditor.99.id", "502"))) {
            world.odoo.setToday(today);
            world.kravia.addCreditor(502, Landscape.TOKEN);
            world.overdueInvoice(world.fjordbakeri(), today, "4000.00");
            String message = "company 99 is mapped (creditor.99.id) but the bridge's Odoo user cannot see such a"
                    + " company";

            Landscape.Cli sync = world.cli("sync");

            assertThat(sync.exitCode()).as(sync.out() + sync.err()).isEqualTo(1);
            assertThat(sync.out()).contains(message + "; nothing was done for it");
            List<String> company99 = Arrays.stream(sync.out().split("\n"))
                    .filter(line -> line.matches("\\w+ +company 99 .*")).toList();
            assertThat(company99).as(sync.out()).hasSize(5).allSatisfy(line -> assertThat(line)
                    .contains("0 sent, 0 unchanged, 0 rejected, 0 parked, 1 failed, 0 unknown"));
            assertThat(world.kravia.requests("POST", "invoice/register")).as("the mapped company that exists went on")
                    .hasSize(1);

            Landscape.Cli doctor = world.cli("doctor");
            assertThat(doctor.exitCode()).isEqualTo(1);
            assertThat(doctor.out()).containsPattern("FAIL +company 99 +" + Pattern.quote(message.substring(
                    "company 99 ".length())));
        }
    }
}
