package com.kraviabridge.app.cli;

import com.kraviabridge.app.demo.Demo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code bridge demo}: everything on this machine, nothing to configure. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Play a few weeks of collection against simulators, with nothing to configure.",
                "An Odoo simulator, a Kravia simulator and an embedded MariaDB run inside the process.",
                "Ends with a summary and the reconciliation report."})
public final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--weeks", defaultValue = "6", description = "Simulated weeks to play. Default: ${DEFAULT-VALUE}")
    int weeks;

    @Option(names = "--customers", defaultValue = "300", description = "Customers in Odoo. Default: ${DEFAULT-VALUE}")
    int customers;

    @Option(names = "--invoices", defaultValue = "2000", description = "Invoices in Odoo. Default: ${DEFAULT-VALUE}")
    int invoices;

    @Option(names = "--data-dir", defaultValue = "data/demo",
            description = "Where the demo's embedded MariaDB lives. Default: ${DEFAULT-VALUE}")
    Path dataDir;

    @Override
    public Integer call() {
        boolean agree = new Demo(spec.commandLine().getOut(), dataDir, weeks, customers, invoices).play();
        return agree ? ExitCodes.OK : ExitCodes.FAILED;
    }
}
