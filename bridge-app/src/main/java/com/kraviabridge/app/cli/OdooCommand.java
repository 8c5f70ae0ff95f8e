package com.kraviabridge.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code bridge odoo …}: one-off changes in Odoo itself. */
@Command(name = "odoo", mixinStandardHelpOptions = true, description = "One-off set-up in Odoo.",
        subcommands = {OdooSetupCommand.class})
public final class OdooCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command, e.g. bridge odoo setup");
    }
}
