package com.kraviabridge.app.cli;

import com.kraviabridge.app.daemon.BridgeHttpServer;
import com.kraviabridge.app.logging.Secrets;
import com.kraviabridge.app.wiring.Bridge;
import com.kraviabridge.config.BridgeConfig;
import com.kraviabridge.config.ConfigException;
import com.kraviabridge.config.ConfigProblem;
import com.kraviabridge.config.CreditorConfig;
import com.kraviabridge.config.LoadedConfig;
import com.kraviabridge.core.port.RemoteFailure;
import com.kraviabridge.kravia.KraviaAdapter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * {@code bridge kravia webhook}: tells Kravia, creditor by creditor, where to send its webhook calls and with which
 * secret to sign them, so the administrator need not call Kravia's API by hand. Needs neither the database nor
 * Odoo, so it also runs while the daemon holds the embedded database.
 */
@Command(name = "webhook", mixinStandardHelpOptions = true,
        description = {"Register the bridge's webhook address with Kravia for every creditor.",
                "Tells Kravia to send each creditor's webhooks to webhook.public-url followed by",
                "/webhooks/kravia/<Kravia creditor id>, signed with creditor.<odoo company id>.webhook-secret.",
                "Repeating it is harmless. Exit code 1 when Kravia refuses for any creditor."})
public final class KraviaWebhookCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigFileOption config;

    @Option(names = "--creditor", paramLabel = "ID",
            description = "Only this Kravia creditor (a creditor.<odoo company id>.id value). Default: every one.")
    Long creditor;

    @Option(names = "--off", description = "Turn Kravia's webhook calls off instead.")
    boolean off;

    @Override
    public Integer call() {
        LoadedConfig loaded = config.load(Commands.context(spec).environment());
        BridgeConfig settings = loaded.settings();
        List<CreditorConfig> chosen = chosen(settings.creditors());
        if (!off) {
            requireReceiver(loaded, chosen);
            warnAboutReceiver(loaded);
        }
        PrintWriter out = spec.commandLine().getOut();
        KraviaAdapter kravia = new KraviaAdapter(Bridge.kraviaSettings(settings.kravia()));
        int refused = 0;
        int done = 0;
        for (CreditorConfig mapping : chosen) {
            String who = "creditor " + mapping.kraviaCreditorId() + " (Odoo company " + mapping.odooCompanyId() + ")";
            Optional<URI> receiver = receiver(settings, mapping);
            String secret = mapping.webhookSecret().isEmpty() ? null : mapping.webhookSecret().reveal();
            if (!off && secret == null) {
                out.println(who + ": skipped, " + secretKey(mapping) + " is not set; its status changes still arrive"
                        + " with the scheduled pull (schedule.status)");
                continue;
            }
            try {
                if (off) {
                    kravia.webhooks().disable(mapping.kraviaCreditorId(), receiver.orElse(null), secret);
                    out.println(who + ": webhook off");
                } else {
                    kravia.webhooks().configure(mapping.kraviaCreditorId(), receiver.orElseThrow(), secret, true);
                    out.println(who + ": webhook on, calls go to " + receiver.orElseThrow() + ", signed with "
                            + secretKey(mapping));
                }
                done++;
            } catch (RemoteFailure failure) {
                refused++;
                // Kravia's own words may quote what it was sent, the secret included.
                out.println(who + ": FAILED, " + Secrets.redact(failure.describe()));
            }
            out.flush();
        }
        if (refused > 0) {
            out.println("Kravia's webhook was " + (off ? "turned off" : "set") + " for " + done + " of "
                    + chosen.size() + " creditor(s); fix what Kravia said and run the command again.");
        }
        out.flush();
        return refused == 0 ? ExitCodes.OK : ExitCodes.FAILED;
    }

    private List<CreditorConfig> chosen(List<CreditorConfig> mapped) {
        if (creditor == null) {
            return mapped;
        }
        List<CreditorConfig> one = mapped.stream().filter(m -> m.kraviaCreditorId() == creditor).toList();
        if (one.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Kravia creditor " + creditor
                    + " is not mapped in " + config.file() + " (creditor.<odoo company id>.id); mapped: "
                    + mapped.stream().map(m -> Long.toString(m.kraviaCreditorId())).collect(Collectors.joining(", ")));
        }
        return one;
    }

    /** What turning webhooks on needs from the configuration, all reported at once like a bad file is. */
    private void requireReceiver(LoadedConfig loaded, List<CreditorConfig> chosen) {
        BridgeConfig settings = loaded.settings();
        String file = loaded.file().toString();
        List<ConfigProblem> problems = new ArrayList<>();
        if (settings.webhook().publicUrl().isEmpty()) {
            problems.add(new ConfigProblem("webhook.public-url", file, 0, "is not set, so Kravia cannot be told where"
                    + " to call: give the public https address of the bridge's webhook endpoint (your reverse proxy),"
                    + " e.g. https://bridge.mycompany.com; the bridge adds /webhooks/kravia/<creditor id>"));
        }
        if (!settings.webhook().enabled()) {
            problems.add(new ConfigProblem("webhook.port", file, 0, "is 0, so the bridge does not listen for Kravia's"
                    + " calls; set the port your reverse proxy forwards to (default 8089), or use --off"));
        }
        if (chosen.stream().allMatch(m -> m.webhookSecret().isEmpty())) {
            for (CreditorConfig mapping : chosen) {
                problems.add(new ConfigProblem(secretKey(mapping), file, 0, "is not set: Kravia signs creditor "
                        + mapping.kraviaCreditorId() + "'s webhooks with it and the bridge checks them with it;"
                        + " choose a long random secret, e.g. as file:/etc/kravia-bridge/secrets/webhook-"
                        + mapping.odooCompanyId()));
            }
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(problems, List.of());
        }
    }

    /** The address is given to Kravia now: the moment to say that Kravia may not be able to use it. */
    private void warnAboutReceiver(LoadedConfig loaded) {
        PrintWriter err = spec.commandLine().getErr();
        loaded.warnings().stream().filter(warning -> warning.key().equals("webhook.public-url"))
                .forEach(warning -> err.println("warning: " + warning));
        err.flush();
    }

    private static Optional<URI> receiver(BridgeConfig settings, CreditorConfig mapping) {
        return settings.webhook().publicUrl()
                .map(base -> URI.create(base + BridgeHttpServer.webhookPath(mapping.kraviaCreditorId())));
    }

    private static String secretKey(CreditorConfig mapping) {
        return "creditor." + mapping.odooCompanyId() + ".webhook-secret";
    }
}
