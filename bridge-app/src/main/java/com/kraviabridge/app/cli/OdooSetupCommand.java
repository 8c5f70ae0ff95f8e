package com.kraviabridge.app.cli;

import com.kraviabridge.app.wiring.Bridge;
import com.kraviabridge.config.LoadedConfig;
import com.kraviabridge.core.port.RemoteFailure;
import com.kraviabridge.erp.odoo.DeskPiece;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code bridge odoo setup}: makes the collection desk in Odoo (the Kravia fields on invoices and the views that
 * show them), or with {@code --check} only says what is missing or out of date. Making it needs Odoo's
 * administration rights once; the check needs read access only.
 */
@Command(name = "setup", mixinStandardHelpOptions = true,
        description = {"Make the Kravia desk in Odoo: the Kravia fields on invoices and the views showing them.",
                "Fields x_kravia_case_id, x_kravia_status, x_kravia_hold and x_kravia_approved on invoices; the",
                "invoice form and customer invoice list showing them; the invoice filters \"Handed over to Kravia\",",
                "\"Kept out of Kravia\" and \"Waiting for Kravia approval\". Running it again changes nothing;",
                "after an upgrade it updates what it made. Needs a user with Administration rights; without the",
                "fields the bridge writes notes only. With --check: list what is missing or out of date and",
                "change nothing; exit code 1 if anything is."})
public final class OdooSetupCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigFileOption config;

    @Option(names = "--check", description = "Only report what is missing or out of date; change nothing.")
    boolean check;

    @Override
    public Integer call() {
        LoadedConfig loaded = config.load(Commands.context(spec).environment());
        PrintWriter out = spec.commandLine().getOut();
        try (Bridge bridge = Bridge.start(loaded.settings())) {
            return check ? report(out, bridge.odoo().desk().check()) : setUp(out, bridge.odoo().desk().setUp());
        } catch (RemoteFailure failure) {
            out.println((check ? "Could not check the Kravia desk: " : "Could not make the Kravia desk: ")
                    + failure.describe());
            if (!check) {
                out.println("Give the bridge's Odoo user Administration rights for this once, or keep notes only.");
            }
            return ExitCodes.FAILED;
        } finally {
            out.flush();
        }
    }

    private static int report(PrintWriter out, List<DeskPiece> pieces) {
        List<DeskPiece> toDo = pieces.stream().filter(p -> p.state() != DeskPiece.State.IN_PLACE).toList();
        if (toDo.isEmpty()) {
            out.println("The Kravia desk is in place in Odoo (" + pieces.size() + " fields and views).");
            return ExitCodes.OK;
        }
        toDo.forEach(p -> out.println(p.describe()));
        out.println(toDo.size() + " of " + pieces.size() + " to make or update: run `bridge odoo setup` as a user"
                + " with Administration rights.");
        return ExitCodes.FAILED;
    }

    private static int setUp(PrintWriter out, List<DeskPiece> changed) {
        if (changed.isEmpty()) {
            out.println("The Kravia desk is in place in Odoo already; nothing changed.");
        }
        for (DeskPiece piece : changed) {
            out.println((piece.state() == DeskPiece.State.MISSING ? "Created " : "Updated ")
                    + piece.what());
        }
        return ExitCodes.OK;
    }
}
