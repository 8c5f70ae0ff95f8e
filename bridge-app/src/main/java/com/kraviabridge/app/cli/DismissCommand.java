package com.kraviabridge.app.cli;

import com.kraviabridge.app.wiring.Bridge;
import com.kraviabridge.config.LoadedConfig;
import com.kraviabridge.core.store.ParkedRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code bridge dismiss KEY...}: a person has dealt with records kept for review (corrected the case in Kravia's
 * portal, settled an excess with the debtor) and takes them off the list. Some of them the bridge can never clear
 * by itself: an undone payment or an excess stays a fact of the past. A dismissed record that is still wrong is
 * kept again by the next run that meets it.
 */
@Command(name = "dismiss", mixinStandardHelpOptions = true,
        description = {"Take records kept for review off the list once you have dealt with them.",
                "KEY is the key shown by `bridge status --parked`."})
public final class DismissCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigFileOption config;

    @Parameters(arity = "1..*", paramLabel = "KEY", description = "Keys of parked records, as `status --parked` shows.")
    List<String> keys;

    @Override
    public Integer call() {
        LoadedConfig loaded = config.load(Commands.context(spec).environment());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Bridge bridge = Bridge.start(loaded.settings())) {
            Map<String, ParkedRecord> parked = bridge.database().parkedRecords().all().stream()
                    .collect(Collectors.toMap(ParkedRecord::key, Function.identity(), (a, b) -> a));
            int unknown = 0;
            for (String key : keys) {
                ParkedRecord record = parked.get(key);
                if (record == null) {
                    err.println("No record is parked under '" + key + "' (see `bridge status --parked`).");
                    unknown++;
                    continue;
                }
                bridge.database().parkedRecords().release(key);
                out.println("Dismissed " + key + " (" + record.kind() + " " + record.subject() + ").");
            }
            out.flush();
            err.flush();
            return unknown == 0 ? ExitCodes.OK : ExitCodes.FAILED;
        }
    }
}
