package com.kraviabridge.app.e2e;

import com.kraviabridge.sim.odoo.OdooVersion;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The doctor against every Odoo release over every protocol it serves, ids bounded as Odoo's are. */
@Tag("slow")
class DoctorOnEveryOdooTest {

    static Stream<Arguments> releasesAndProtocols() {
        return Arrays.stream(OdooVersion.values()).flatMap(version -> Stream.of(
                        version.hasLegacyRpc() ? "jsonrpc" : null, version.hasLegacyRpc() ? "xmlrpc" : null,
                        version.hasJson2() ? "json2" : null)
                .filter(Objects::nonNull).map(protocol -> Arguments.of(version, protocol)));
    }

    @ParameterizedTest(name = "Odoo {0} over {1}")
    @MethodSource("releasesAndProtocols")
    void theRightsCheckPasses(OdooVersion version, String protocol) {
        try (Landscape world = new Landscape(version, protocol)) {
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            world.odoo.setToday(today);
            world.overdueInvoice(world.fjordbakeri(), today, "900");

            Landscape.Cli doctor = world.cli("doctor");

            assertThat(doctor.out()).contains("ok   odoo rights, company " + world.company.id())
                    .doesNotContain("FAIL");
            assertThat(doctor.exitCode()).as(doctor.out()).isZero();
        }
    }
}
