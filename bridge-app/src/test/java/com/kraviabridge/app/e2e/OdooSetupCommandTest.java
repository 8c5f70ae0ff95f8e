package com.kraviabridge.app.e2e;

import com.kraviabridge.sim.odoo.OdooVersion;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code bridge odoo setup} and its {@code --check} through the command line: the check lists what is missing
 * and fails, changing nothing; the doctor warns about the same pieces without failing; setup makes them; then
 * the check, a second setup and the doctor find everything in place.
 */
@Tag("slow")
class OdooSetupCommandTest {

    @ParameterizedTest(name = "Odoo {0} over {1}")
    @CsvSource({"V17, jsonrpc", "V18, xmlrpc", "V19, json2"})
    void theCheckListsWhatSetupMakesAndIsCleanAfterwards(OdooVersion version, String protocol) {
        try (Landscape world = new Landscape(version, protocol)) {
            Landscape.Cli before = world.cli("odoo", "setup", "--check");
            assertThat(before.exitCode()).as(before.out()).isEqualTo(1);
            assertThat(before.out()).contains("field account.move.x_kravia_hold: missing")
                    .contains("field account.move.x_kravia_approved: missing")
                    .contains("view kravia_bridge.account_move_form: missing")
                    .contains("view kravia_bridge.account_move_list: missing")
                    .contains("view kravia_bridge.account_move_search: missing")
                    .contains("7 of 7 to make or update");
            assertThat(world.cli("odoo", "setup", "--check").out()).as("the check changed nothing")
                    .contains("7 of 7 to make or update");

            Landscape.Cli doctorBefore = world.cli("doctor");
            assertThat(doctorBefore.out()).contains("WARN odoo desk")
                    .contains("view kravia_bridge.account_move_search: missing (`bridge odoo setup` makes it)");
            assertThat(doctorBefore.exitCode()).as(doctorBefore.out()).isZero();

            Landscape.Cli refused = world.cli("odoo", "setup");
            assertThat(refused.exitCode()).as("the accountant may not change the data model").isEqualTo(1);
            assertThat(refused.out()).contains("Could not make the Kravia desk").contains("ir.model.fields");

            world.odooDb.user("bridge@acme.example").admin();
            Landscape.Cli setup = world.cli("odoo", "setup");
            assertThat(setup.exitCode()).as(setup.out()).isZero();
            assertThat(setup.out()).contains("Created field account.move.x_kravia_hold")
                    .contains("Created view kravia_bridge.account_move_form");
            assertThat(world.cli("odoo", "setup").out()).contains("in place in Odoo already; nothing changed");

            Landscape.Cli after = world.cli("odoo", "setup", "--check");
            assertThat(after.exitCode()).as(after.out()).isZero();
            assertThat(after.out()).contains("The Kravia desk is in place in Odoo (7 fields and views).");
            assertThat(world.cli("doctor").out()).contains("ok   odoo desk").doesNotContain("WARN odoo desk");
        }
    }
}
