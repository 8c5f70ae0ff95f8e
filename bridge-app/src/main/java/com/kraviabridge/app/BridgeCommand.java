package com.kraviabridge.app;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Map;
import java.util.concurrent.Callable;

import com.kraviabridge.app.cli.BridgeContext;
import com.kraviabridge.app.cli.ConfigCommand;
import com.kraviabridge.app.cli.DismissCommand;
import com.kraviabridge.app.cli.DoctorCommand;
import com.kraviabridge.app.cli.KraviaCommand;
import com.kraviabridge.app.cli.OdooCommand;
import com.kraviabridge.app.cli.RetryCommand;
import com.kraviabridge.app.cli.StatusCommand;
import com.kraviabridge.app.cli.SyncCommand;
import com.kraviabridge.app.cli.TerminalSafeWriter;
import com.kraviabridge.app.cli.RunCommand;
import com.kraviabridge.app.cli.DemoCommand;
import com.kraviabridge.app.cli.ExitCodes;
import com.kraviabridge.app.cli.FailureHandler;
import com.kraviabridge.app.cli.VersionProvider;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code bridge}: the command line. A new command is a class annotated with {@code @Command}
 * implementing {@code Callable<Integer>} (returning an {@link ExitCodes} value), listed in
 * {@code subcommands} below; it takes {@code @Mixin ConfigFileOption} for {@code --config}.
 */
@Command(name = "bridge", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Hands overdue Odoo invoices to Kravia and keeps both sets of books in agreement.",
        subcommands = {RunCommand.class, SyncCommand.class, StatusCommand.class, RetryCommand.class, DismissCommand.class,
                DoctorCommand.class, ConfigCommand.class, OdooCommand.class, KraviaCommand.class, DemoCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 success, 1 some work failed, 2 bad usage or configuration."})
public final class BridgeCommand implements Callable<Integer>, BridgeContext {

    private final Map<String, String> environment;

    @Spec
    CommandSpec spec;

    public BridgeCommand(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, Charset.defaultCharset());
        PrintWriter err = new PrintWriter(System.err, true, Charset.defaultCharset());
        System.exit(execute(System.getenv(), out, err, args));
    }

    /** Runs one command line and returns its exit code; what {@code main} does, minus the exit. */
    public static int execute(Map<String, String> environment, PrintWriter out, PrintWriter err, String... args) {
        return commandLine(environment).setOut(TerminalSafeWriter.around(out)).setErr(TerminalSafeWriter.around(err))
                .execute(args);
    }

    /** The whole command tree, with the documented exit codes for failures. */
    public static CommandLine commandLine(Map<String, String> environment) {
        return new CommandLine(new BridgeCommand(environment)).setExecutionExceptionHandler(new FailureHandler());
    }

    @Override
    public Map<String, String> environment() {
        return environment;
    }

    /** {@code bridge} alone is a usage error: picocli prints the message and the usage, exit 2. */
    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command, e.g. bridge config check");
    }
}
