package com.kraviabridge.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code bridge config ...}: a group; on its own it is a usage error that lists its subcommands. */
@Command(name = "config", mixinStandardHelpOptions = true,
        description = "Work with the configuration file.",
        subcommands = ConfigCheckCommand.class)
public final class ConfigCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing subcommand, e.g. config check");
    }
}
