package com.kraviabridge.core.port;

import java.time.Duration;
import java.util.Locale;

/**
 * Told of every request an adapter sends to Odoo or Kravia, so the application can count and time them without the
 * adapters knowing how it keeps its figures. Called on the thread that made the request; must be quick and must not
 * throw.
 */
public interface RemoteCallListener {

    /** A listener that does nothing: what an adapter uses when nobody listens. */
    RemoteCallListener NONE = new RemoteCallListener() {
        @Override
        public void answered(String method, String outcome, Duration took) {
        }

        @Override
        public void retrying(String method) {
        }
    };

    /**
     * One request ended.
     *
     * @param method  what was asked, without identifiers (e.g. {@code account.move.search_read},
     *                {@code POST invoice/register}, {@code GET invoice/{id}/details}), so the set of values stays small
     * @param outcome {@code ok} or the kind of failure, from {@link #outcome(RemoteFailure)} or the adapter's own
     * @param took    from sending the request to having the answer (or giving up)
     */
    void answered(String method, String outcome, Duration took);

    /** A request that failed without effect is about to be sent again by the adapter. */
    void retrying(String method);

    /** The outcome label of a failure: its kind, in lower case ({@code permanent}, {@code retryable}, {@code outcome_unknown}). */
    static String outcome(RemoteFailure failure) {
        return failure.kind().name().toLowerCase(Locale.ROOT);
    }
}
