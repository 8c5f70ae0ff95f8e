package com.kraviabridge.app.cli;

import com.kraviabridge.app.wiring.Bridge;
import com.kraviabridge.core.port.store.ParkedRecord;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.Optional;

/**
 * {@code bridge dismiss KEY...}: a person has dealt with records kept for review (corrected the case in Kravia's
 * portal, settled an excess with the debtor) and takes them off the list. Some of them the bridge can never clear
 * by itself: an undone payment or an excess stays a fact of the past. A dismissed record that is still wrong is
 * kept again by the next run that meets it.
 */
@Command(name = "dismiss", mixinStandardHelpOptions = true,
        description = {"Take records kept for review off the list once you have dealt with them.",
                "KEY is the key shown by `bridge status --parked`."})
public final class DismissCommand extends ParkedKeysCommand {

    @Override
    boolean handle(Bridge bridge, String key, PrintWriter out, PrintWriter err) {
        Optional<ParkedRecord> record = bridge.database().parkedRecords().all().stream()
                .filter(r -> r.key().equals(key)).findFirst();
        if (record.isEmpty()) {
            notParked(err, key);
            return false;
        }
        bridge.database().parkedRecords().release(key);
        out.println("Dismissed " + key + " (" + record.get().kind().code() + " " + record.get().subject() + ").");
        return true;
    }
}
