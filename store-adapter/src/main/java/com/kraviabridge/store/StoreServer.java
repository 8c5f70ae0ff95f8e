package com.kraviabridge.store;

import com.kraviabridge.core.port.store.StoreUnavailable;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;

/**
 * The database server a pool talks to, for telling the loss of it apart from a statement's own failure, and for
 * saying so the way the administrator's guide shows it: host and port, the url without its password, and how
 * long the bridge waited.
 *
 * @param url  the JDBC url the pool uses
 * @param connectionWait the longest a statement waits for a connection
 */
record StoreServer(String url, Duration connectionWait) {

    /** SQLSTATE class 08 is the connection exception class; the pool's timeout carries its own type. */
    static boolean isLost(SQLException e) {
        return e instanceof SQLTransientConnectionException || e instanceof SQLNonTransientConnectionException
                || (e.getSQLState() != null && e.getSQLState().startsWith("08"));
    }

    StoreUnavailable lost(SQLException e) {
        return new StoreUnavailable(cannotReach(url, connectionWait, rootMessage(e)), e);
    }

    static String cannotReach(String url, Duration waited, String reason) {
        return "cannot reach the database server " + JdbcUrls.servers(url) + " (" + JdbcUrls.redacted(url)
                + "; waited at most " + seconds(waited) + "): " + reason;
    }

    static String seconds(Duration timeout) {
        long millis = timeout.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    /** The pool wraps the driver's failure; the driver's words say what happened. */
    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage());
    }
}
