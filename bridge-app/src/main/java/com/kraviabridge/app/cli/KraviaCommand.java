package com.kraviabridge.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code bridge kravia …}: one-off set-up in Kravia itself. */
@Command(name = "kravia", mixinStandardHelpOptions = true, description = "One-off set-up in Kravia.",
        subcommands = {KraviaWebhookCommand.class})
public final class KraviaCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command, e.g. bridge kravia webhook");
    }
}
