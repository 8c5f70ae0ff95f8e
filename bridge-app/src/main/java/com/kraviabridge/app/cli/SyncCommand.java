package com.kraviabridge.app.cli;

import com.kraviabridge.app.wiring.Bridge;
import com.kraviabridge.app.wiring.FlowSchedules;
import com.kraviabridge.config.LoadedConfig;
import com.kraviabridge.core.usecase.FlowReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code bridge sync}: every flow once, in order, then exit. */
@Command(name = "sync", mixinStandardHelpOptions = true,
        description = {"Run the flows once, in order: invoices, payments, credits, status, settlements.",
                "Exit code 0 when everything went through, 1 when some record failed or needs attention,",
                "2 on bad configuration."})
public final class SyncCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigFileOption config;

    @Mixin
    OutputFormatOption format;

    @Option(names = "--flow", paramLabel = "FLOW", split = ",",
            description = {"Only these flows (repeatable): invoices, payments, credits, status, settlements.",
                    "A flow named here runs even when its schedule.* is off; without --flow it is skipped."})
    List<String> flows = List.of();

    @Option(names = "--dry-run", description = "Show what would be sent and every rejection; send and write nothing.")
    boolean dryRun;

    @Override
    public Integer call() {
        Set<FlowReport.Flow> chosen = Flows.parse(spec, flows);
        LoadedConfig loaded = config.load(Commands.context(spec).environment());
        PrintWriter out = spec.commandLine().getOut();
        if (chosen.isEmpty()) {
            // Every flow but those switched off; one named with --flow runs all the same, as asked.
            chosen = EnumSet.allOf(FlowReport.Flow.class);
            for (FlowReport.Flow off : FlowSchedules.switchedOff(loaded.settings().schedule())) {
                chosen.remove(off);
                out.println(SyncOutput.switchedOffLine(off));
            }
            if (chosen.isEmpty()) {
                out.println("Every flow is switched off; nothing to do.");
                out.flush();
                return ExitCodes.OK;
            }
        }
        try (Bridge bridge = Bridge.start(loaded.settings())) {
            List<FlowReport> reports = bridge.synchronisation().run(chosen, dryRun, report -> {
                if (format.json()) {
                    return; // one document at the end, nothing before it
                }
                out.println(SyncOutput.progressLine(report, dryRun));
                (dryRun ? report.lines() : report.notices()).forEach(line -> out.println("    " + line));
                out.flush();
            });
            if (format.json()) {
                OutputFormatOption.print(out, SyncJson.document(reports, dryRun));
            } else {
                SyncOutput.printSummary(out, reports, dryRun);
            }
            out.flush();
            return reports.stream().anyMatch(FlowReport::needsAttention) ? ExitCodes.FAILED : ExitCodes.OK;
        }
    }

    /** Parsing of the flow names; unknown ones are a usage error (exit 2). */
    static final class Flows {

        private Flows() {
        }

        static Set<FlowReport.Flow> parse(CommandSpec spec, List<String> names) {
            Set<FlowReport.Flow> chosen = EnumSet.noneOf(FlowReport.Flow.class);
            for (String name : names) {
                try {
                    chosen.add(FlowReport.Flow.valueOf(name.trim().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Unknown flow '" + name
                            + "'; choose from invoices, payments, credits, status, settlements");
                }
            }
            return chosen;
        }
    }
}
