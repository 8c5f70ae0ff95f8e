package com.kraviabridge.app.cli;

import com.kraviabridge.app.wiring.Bridge;
import com.kraviabridge.app.wiring.CompaniesOdooLacks;
import com.kraviabridge.app.wiring.FlowSchedules;
import com.kraviabridge.config.LoadedConfig;
import com.kraviabridge.core.usecase.report.FlowReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Collectors;

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
            Consumer<FlowReport> progress = report -> {
                if (format.json()) {
                    return; // one document at the end, nothing before it
                }
                out.println(SyncOutput.progressLine(report, dryRun));
                (dryRun ? report.lines() : report.notices()).forEach(line -> out.println("    " + line));
                out.flush();
            };
            List<FlowReport> reports = new ArrayList<>(refuseCompaniesNotInOdoo(bridge, chosen, progress));
            Set<Long> refused = reports.stream().map(FlowReport::companyId).collect(Collectors.toSet());
            reports.addAll(bridge.synchronisation().without(refused).run(chosen, dryRun, progress));
            if (format.json()) {
                OutputFormatOption.print(out, SyncJson.document(reports, dryRun));
            } else {
                SyncOutput.printSummary(out, reports, dryRun);
            }
            out.flush();
            return reports.stream().anyMatch(FlowReport::needsAttention) ? ExitCodes.FAILED : ExitCodes.OK;
        }
    }

    /** Each chosen flow of a mapped company Odoo does not show is reported failed, so the run exits non-zero. */
    private static List<FlowReport> refuseCompaniesNotInOdoo(Bridge bridge, Set<FlowReport.Flow> flows,
                                                             Consumer<FlowReport> progress) {
        List<FlowReport> refused = new ArrayList<>();
        for (long companyId : bridge.companiesOdooLacks().now()) {
            for (FlowReport.Flow flow : flows) {
                FlowReport report = CompaniesOdooLacks.refusedRun(flow, companyId);
                refused.add(report);
                progress.accept(report);
            }
        }
        return refused;
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
