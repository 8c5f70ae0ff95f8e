package com.kraviabridge.app.cli;

import com.kraviabridge.app.wiring.Bridge;
import com.kraviabridge.core.usecase.RetryRefused;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/**
 * {@code bridge retry KEY...}: send a refused record again as it is, because what made the other side refuse it
 * was fixed there. The write goes with the next run of its flow ({@code bridge sync} or the schedule).
 */
@Command(name = "retry", mixinStandardHelpOptions = true,
        description = {"Send records Kravia or Odoo refused again, unchanged, with the next run.",
                "Use it once the cause was fixed on their side. KEY as `bridge status --parked` shows it."})
public final class RetryCommand extends ParkedKeysCommand {

    @Override
    boolean handle(Bridge bridge, String key, PrintWriter out, PrintWriter err) {
        RetryRefused.Result result = bridge.retryRefused().retry(key);
        switch (result.outcome()) {
            case QUEUED -> {
                out.println("Queued " + key + " (" + result.record().kind().code() + " " + result.record().subject()
                        + "): it is sent again with the next run of its flow.");
                return true;
            }
            case NOT_PARKED -> notParked(err, key);
            case NOTHING_TO_SEND -> err.println("Nothing to send again for " + key + ": it was not refused by the other"
                    + " side. Fix what its reason says (the next run looks again by itself), or `bridge dismiss " + key
                    + "` once you have dealt with it. Reason: " + result.record().reason());
            default -> throw new IllegalStateException("unexpected outcome " + result.outcome());
        }
        return false;
    }
}
