package com.kraviabridge.app.cli;

import com.kraviabridge.app.wiring.Bridge;
import com.kraviabridge.core.port.RemoteFailure;
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
        boolean hadToDo = closeToDo(bridge, key, err);
        out.println("Dismissed " + key + " (" + record.get().kind().code() + " " + record.get().subject() + ")"
                + (hadToDo ? "; its to-do in Odoo is marked done." : "."));
        return true;
    }

    /**
     * Marks the record's to-do in Odoo done. Odoo out of reach does not undo the dismissal: the next run finds the
     * record gone and marks the to-do done then.
     */
    private static boolean closeToDo(Bridge bridge, String key, PrintWriter err) {
        try {
            return bridge.reviewActivities().dismissed(key);
        } catch (RemoteFailure failure) {
            err.println("The to-do of " + key + " in Odoo is marked done on the next run: " + failure.describe());
            return false;
        }
    }
}
