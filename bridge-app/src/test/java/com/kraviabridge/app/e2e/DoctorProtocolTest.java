package com.kraviabridge.app.e2e;

import com.kraviabridge.sim.odoo.OdooVersion;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What {@code bridge doctor} says about the protocol: only on Odoo 19 and later, where the choice matters. */
@Tag("slow")
class DoctorProtocolTest {

    @Test
    void onOdoo19AutoUsesJson2AndSaysSo() {
        try (Landscape world = new Landscape(OdooVersion.V19, "auto")) {
            Landscape.Cli doctor = world.cli("doctor");

            assertThat(doctor.exitCode()).as(doctor.out()).isZero();
            assertThat(doctor.out()).contains("ok   odoo login").contains("Odoo 19.0 (json2)")
                    .contains("ok   odoo protocol").doesNotContain("WARN odoo protocol");
            assertThat(world.odoo.deprecatedCalls()).isZero();
        }
    }

    @Test
    void onOdoo19AProtocolOdooDeprecatedIsWarnedAboutWhenSetByHand() {
        try (Landscape world = new Landscape(OdooVersion.V19, "jsonrpc")) {
            Landscape.Cli doctor = world.cli("doctor");

            assertThat(doctor.exitCode()).as("a warning is not a failure: " + doctor.out()).isZero();
            assertThat(doctor.out()).contains("WARN odoo protocol").contains("jsonrpc is set by hand")
                    .contains("odoo.protocol = auto").contains("API key in odoo.password");
        }
    }

    @Test
    void beforeOdoo19TheProtocolIsNotDiscussed() {
        try (Landscape world = new Landscape(OdooVersion.V17, "jsonrpc")) {
            Landscape.Cli doctor = world.cli("doctor");

            assertThat(doctor.out()).contains("ok   odoo login").contains("Odoo 17.0 (jsonrpc)")
                    .doesNotContain("odoo protocol");
        }
    }
}
