package com.kraviabridge.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import com.kraviabridge.app.wiring.Bridge;
import com.kraviabridge.config.BridgeConfig;
import com.kraviabridge.config.ConfigProblem;
import com.kraviabridge.config.DatabaseConfig;
import com.kraviabridge.config.LoadedConfig;
import com.kraviabridge.store.Database;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code bridge config check}: validates without connecting to Odoo or Kravia, and shows what will be used. It reads
 * the bridge's own store, when there is one, for the open cases of companies whose mapping is gone.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Validate the configuration and print the effective settings, secrets masked.",
                "Warns of a company taken off the bridge (no creditor.<company>.id) that still has open cases",
                "in the bridge's database.",
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
        List<String> warnings = new ArrayList<>();
        for (ConfigProblem warning : loaded.warnings()) {
            warnings.add(warning.toString());
        }
        warnings.addAll(companiesTakenOff(loaded.settings(), out));
        warnings.forEach(warning -> out.println("warning: " + warning));
        out.println(loaded.file() + " is valid" + (warnings.isEmpty() ? "." : ", with "
                + warnings.size() + (warnings.size() == 1 ? " warning." : " warnings.")));
        out.flush();
        return ExitCodes.OK;
    }

    /**
     * One warning per company with open cases in the store and no creditor any more. A store never started has no
     * cases; one that cannot be opened now (a daemon holds the embedded one) is said in a note, not a warning.
     */
    private static List<String> companiesTakenOff(BridgeConfig settings, PrintWriter out) {
        DatabaseConfig db = settings.database();
        if (db.embedded() && !Files.isDirectory(db.dataDir().resolve("mariadb"))) {
            return List.of();
        }
        try (Database store = Database.open(Bridge.storeSettings(db), Clock.systemUTC(),
                Database.ConnectionWait.ONE_CONNECT_TIMEOUT)) {
            return CompanyChecks.takenOff(store.caseBook().openCasesByCompany(), Bridge.creditors(settings)).stream()
                    .map(off -> "company " + off.companyId() + " " + off.consequence()).toList();
        } catch (RuntimeException unreadable) {
            out.println("note: the bridge's database was not read (" + unreadable.getMessage() + "), so companies"
                    + " taken off the bridge with open cases are not checked; `bridge doctor` checks them");
            return List.of();
        }
    }
}
