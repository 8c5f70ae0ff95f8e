package com.kraviabridge.app.e2e;

import com.kraviabridge.sim.odoo.OdooVersion;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On Odoo 19 over JSON-2 only an API key opens the door: a wrong key, the user's login password in its place, or
 * no key at all stops the command with an exit code a script can see and a message that tells the administrator
 * what to put in which key, without ever printing what was given.
 */
@Tag("slow")
class Json2CredentialsTest {

    @ParameterizedTest(name = "bridge {0} with odoo.password = {1}")
    @CsvSource({
            "sync,   wrong-api-key-4711",
            "doctor, not-the-key",
            "sync,   ''"})
    void aRefusedOrMissingApiKeyNamesOdooPasswordAndApiKeysButNoSecret(String command, String password) {
        try (Landscape world = new Landscape(OdooVersion.V19, "json2")) {
            world.set("odoo.password", password);

            Landscape.Cli run = world.cli(command);

            String output = run.out() + run.err();
            assertThat(run.exitCode()).as(output).isIn(1, 2);
            assertThat(output).contains("odoo.password").containsIgnoringCase("API key");
            assertThat(output).doesNotContain(Landscape.ODOO_KEY);
            if (!password.isEmpty()) {
                assertThat(output).doesNotContain(password);
            }
            assertThat(world.odoo.deprecatedCalls()).as("JSON-2 was asked, not an older protocol").isZero();
        }
    }
}
