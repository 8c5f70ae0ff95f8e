package com.kraviabridge.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import com.kraviabridge.config.ConfigProblem;
import com.kraviabridge.config.LoadedConfig;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code bridge config check}: validates without connecting to anything, and shows what will be used. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Validate the configuration and print the effective settings, secrets masked.",
                "Exit code 0 when it is usable (warnings are printed), 2 with the list of problems when not."})
public final class ConfigCheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigFileOption config;

    @Override
    public Integer call() {
        LoadedConfig loaded = config.load(Commands.context(spec).environment());
        PrintWriter out = spec.commandLine().getOut();
        out.println("Effective settings (" + loaded.file() + ", environment, defaults):");
        loaded.render().forEach(line -> out.println("  " + line));
        for (ConfigProblem warning : loaded.warnings()) {
            out.println("warning: " + warning);
        }
        out.println(loaded.file() + " is valid" + (loaded.warnings().isEmpty() ? "." : ", with "
                + loaded.warnings().size() + (loaded.warnings().size() == 1 ? " warning." : " warnings.")));
        out.flush();
        return ExitCodes.OK;
    }
}
