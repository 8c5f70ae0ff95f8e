package com.kraviabridge.app.cli;

import com.kraviabridge.app.daemon.Daemon;
import com.kraviabridge.app.wiring.Bridge;
import com.kraviabridge.app.logging.Secrets;
import com.kraviabridge.config.ConfigProblem;
import com.kraviabridge.config.LoadedConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code bridge run}: the daemon, until SIGTERM or Ctrl-C. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run as a daemon: every flow on its schedule until stopped.",
                "Schedules are schedule.*; Kravia's webhooks, GET /health and GET /metrics are served on",
                "webhook.port. Stops cleanly on SIGTERM: running flows finish first."})
public final class RunCommand implements Callable<Integer> {

    private static final long CLUSTER_CHECKIN_MILLIS = 7_500;

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigFileOption config;

    @Override
    public Integer call() throws InterruptedException {
        LoadedConfig loaded = config.load(Commands.context(spec).environment());
        // config check shows them too, but a daemon is often started without one: say it where its output goes
        for (ConfigProblem warning : loaded.warnings()) {
            spec.commandLine().getErr().println("warning: " + Secrets.redact(warning.toString()));
        }
        spec.commandLine().getErr().flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Bridge bridge = Bridge.startDaemon(loaded.settings());
        Daemon daemon;
        try {
            daemon = Daemon.start(bridge, Clock.systemUTC(), CLUSTER_CHECKIN_MILLIS);
        } catch (RuntimeException e) {
            bridge.close();
            throw e;
        }
        Thread hook = new Thread(() -> {
            // The store is closed (and an embedded database stopped) even when stopping the daemon went wrong.
            try {
                daemon.close();
            } finally {
                try {
                    bridge.close();
                } finally {
                    stopped.countDown();
                }
            }
        }, "bridge-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        spec.commandLine().getOut().println("Kravia Bridge running" + (daemon.httpPort() == 0 ? ""
                : "; webhooks and health on port " + daemon.httpPort()) + ". Stop with Ctrl-C or SIGTERM.");
        spec.commandLine().getOut().flush();
        stopped.await();
        return ExitCodes.OK;
    }
}
