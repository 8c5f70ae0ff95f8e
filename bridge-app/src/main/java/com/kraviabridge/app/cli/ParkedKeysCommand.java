package com.kraviabridge.app.cli;

import com.kraviabridge.app.wiring.Bridge;
import com.kraviabridge.config.LoadedConfig;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** A command that acts on records kept for review, named by the keys `bridge status --parked` shows. */
abstract class ParkedKeysCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigFileOption config;

    @Parameters(arity = "1..*", paramLabel = "KEY", description = "Keys of parked records, as `status --parked` shows.")
    List<String> keys;

    /** Acts on one key; false when it could not (the reason is written to {@code err}). */
    abstract boolean handle(Bridge bridge, String key, PrintWriter out, PrintWriter err);

    @Override
    public final Integer call() {
        LoadedConfig loaded = config.load(Commands.context(spec).environment());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean allDone = true;
        try (Bridge bridge = Bridge.start(loaded.settings())) {
            for (String key : keys) {
                allDone &= handle(bridge, key, out, err);
            }
        }
        out.flush();
        err.flush();
        return allDone ? ExitCodes.OK : ExitCodes.FAILED;
    }

    static void notParked(PrintWriter err, String key) {
        err.println("No record is parked under '" + key + "' (see `bridge status --parked`).");
    }
}
