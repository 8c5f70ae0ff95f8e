package com.kraviabridge.app.cli;

import com.kraviabridge.app.wiring.Bridge;
import com.kraviabridge.config.LoadedConfig;
import com.kraviabridge.core.port.RemoteFailure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code bridge odoo setup}: adds the {@code x_kravia_case_id} and {@code x_kravia_status} fields to invoices,
 * so users can see and filter collection cases in Odoo's lists. Needs Odoo's administration rights once.
 */
@Command(name = "setup", mixinStandardHelpOptions = true,
        description = {"Create the fields x_kravia_case_id and x_kravia_status on Odoo invoices.",
                "Needs a user with Administration rights; without the fields the bridge writes notes only."})
public final class OdooSetupCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigFileOption config;

    @Override
    public Integer call() {
        LoadedConfig loaded = config.load(Commands.context(spec).environment());
        PrintWriter out = spec.commandLine().getOut();
        try (Bridge bridge = Bridge.start(loaded.settings())) {
            Set<String> created = bridge.odoo().setupCustomFields();
            out.println(created.isEmpty() ? "The Kravia fields exist already: " + bridge.odoo().caseFields().present()
                    : "Created " + created + " on account.move.");
            return ExitCodes.OK;
        } catch (RemoteFailure failure) {
            out.println("Could not create the fields: " + failure.describe());
            out.println("Give the bridge's Odoo user Administration rights for this once, or keep notes only.");
            return ExitCodes.FAILED;
        } finally {
            out.flush();
        }
    }
}
