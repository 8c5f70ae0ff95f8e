package com.kraviabridge.kravia;

import com.kraviabridge.core.port.RemoteFailure;
import com.kraviabridge.core.port.RemoteFailure.Kind;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLHandshakeException;

/**
 * Turns what went wrong on the wire into the core's {@link RemoteFailure}, by the rules of {@link KraviaContract}:
 * 400/404/409/422 and 401/403 permanent, 408 and 429 retryable. A 5xx or an I/O error is retryable on a call that
 * may be repeated; on a write that may not (register, payment, credit note) it is {@link Kind#OUTCOME_UNKNOWN},
 * since a crash or a proxy may answer so after Kravia committed the write, unless the request provably never left
 * (connection refused or never made). Messages carry Kravia's own words but never the token: Kravia's words are
 * decoded first (a JSON body may escape the token) and every failure is masked as a whole on its way out.
 */
final class KraviaFailures {

    /** Kravia's error text is shortened to this in our messages: an HTML error page says nothing more. */
    private static final int MAX_MESSAGE = 500;

    private final KraviaSettings settings;

    KraviaFailures(KraviaSettings settings) {
        this.settings = settings;
    }

    RemoteFailure fromStatus(KraviaCall call, int status, String body, Optional<String> retryAfterHeader) {
        return settings.mask().apply(statusFailure(call, status, body, retryAfterHeader));
    }

    private RemoteFailure statusFailure(KraviaCall call, int status, String body, Optional<String> retryAfterHeader) {
        KraviaAnswers.ErrorBody error = KraviaAnswers.errorBody(body);
        String kraviaSays = error.message() == null ? "" : ": " + shorten(error.message());
        Map<String, List<String>> fieldErrors = error.fieldErrors();
        if (KraviaContract.CREDENTIAL_STATUSES.contains(status)) {
            return RemoteFailure.accessRefused(RemoteFailure.Side.COLLECTOR,
                    "Kravia refused our credentials for creditor " + call.creditorId() + " (HTTP " + status + " on "
                            + call.describe() + ")" + kraviaSays
                            + "; check the token and that it may act for this creditor",
                    fieldErrors, null);
        }
        if (status == KraviaContract.GATEWAY_TIMEOUT && !call.repeatable()) {
            // The gateway stopped waiting, not Kravia: the write may still be at work there.
            return new RemoteFailure(Kind.OUTCOME_UNKNOWN, RemoteFailure.Side.COLLECTOR,
                    "no answer from Kravia to " + call.describe() + " for creditor " + call.creditorId()
                            + " (HTTP 504 from a gateway); it may have taken effect" + kraviaSays,
                    fieldErrors, null, null);
        }
        if (status >= 500 && !call.repeatable()) {
            // A crash or a proxy may answer 5xx after Kravia committed the write: never sent again blind.
            return RemoteFailure.outcomeUnknownAfterAnswer(RemoteFailure.Side.COLLECTOR,
                    "Kravia answered " + call.describe() + " for creditor " + call.creditorId() + " with HTTP " + status
                            + kraviaSays + "; it may have taken effect all the same, so it is looked up by our"
                            + " reference before it is sent again",
                    fieldErrors);
        }
        if (KraviaContract.RETRYABLE_STATUSES.contains(status) || status >= 500) {
            Duration retryAfter = KraviaContract.RETRY_AFTER_STATUSES.contains(status)
                    ? retryAfterHeader.flatMap(KraviaFailures::parseRetryAfter).orElse(null) : null;
            return new RemoteFailure(Kind.RETRYABLE, RemoteFailure.Side.COLLECTOR,
                    "Kravia could not take " + call.describe() + " for creditor " + call.creditorId()
                            + " now (HTTP " + status + ")" + kraviaSays,
                    fieldErrors, retryAfter, null);
        }
        // 400/404/409/422 by the contract, and any other answer we cannot act on: repeating will not help.
        return new RemoteFailure(Kind.PERMANENT, RemoteFailure.Side.COLLECTOR,
                "Kravia refused " + call.describe() + " for creditor " + call.creditorId() + " (HTTP " + status + ")"
                        + kraviaSays,
                fieldErrors, null, null);
    }

    /**
     * An I/O failure. When the request cannot have left (refused or timed-out connection, unknown host)
     * it is retryable; otherwise it may have reached Kravia, which matters only for a call that is not
     * repeatable.
     */
    RemoteFailure fromIo(KraviaCall call, IOException failure) {
        return settings.mask().apply(ioFailure(call, failure));
    }

    private RemoteFailure ioFailure(KraviaCall call, IOException failure) {
        String what = failure.getClass().getSimpleName()
                + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
        if (neverSent(failure) || call.repeatable()) {
            return RemoteFailure.retryable(RemoteFailure.Side.COLLECTOR,
                    "could not reach Kravia for " + call.describe() + " (creditor " + call.creditorId() + "): " + what,
                    failure);
        }
        String reason = failure instanceof HttpTimeoutException ? "no answer within the request timeout"
                : "the connection broke after the request was sent";
        return RemoteFailure.outcomeUnknown(RemoteFailure.Side.COLLECTOR,
                "outcome of " + call.describe() + " for creditor " + call.creditorId() + " unknown: " + reason
                        + " (" + what + "); look it up before sending it again",
                failure);
    }

    /** The thread was interrupted while waiting: for a write that cannot be repeated the outcome is unknown. */
    RemoteFailure interrupted(KraviaCall call, InterruptedException cause) {
        String message = "interrupted while waiting for Kravia on " + call.describe() + " (creditor "
                + call.creditorId() + ")";
        return call.repeatable() ? RemoteFailure.retryable(RemoteFailure.Side.COLLECTOR, message, cause)
                : RemoteFailure.outcomeUnknown(RemoteFailure.Side.COLLECTOR, message, cause);
    }

    /** A 2xx answer we cannot read: a created case we cannot name is an unknown outcome, else permanent. */
    RemoteFailure unreadable(KraviaCall call, String reason) {
        String message = "Kravia's answer to " + call.describe() + " for creditor " + call.creditorId()
                + " could not be read: " + shorten(reason);
        return settings.mask().apply(call.repeatable() ? RemoteFailure.permanent(RemoteFailure.Side.COLLECTOR, message)
                : RemoteFailure.outcomeUnknown(RemoteFailure.Side.COLLECTOR, message
                + "; it may have taken effect, look it up before sending it again", null));
    }

    /** Our own throttle had no room within the request timeout; nothing was sent. */
    RemoteFailure throttled(KraviaCall call, String which) {
        return RemoteFailure.retryable(RemoteFailure.Side.COLLECTOR,
                "not sent: " + which + " left no room for " + call.describe() + " (creditor " + call.creditorId()
                        + ") within the request timeout", null);
    }

    static boolean neverSent(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof HttpConnectTimeoutException
                    || t instanceof UnknownHostException || t instanceof NoRouteToHostException
                    || t instanceof SSLHandshakeException) {
                return true;
            }
        }
        return false;
    }

    /** Seconds (docs/kravia-contract.md §5); the HTTP-date form is read too since it costs nothing. */
    static Optional<Duration> parseRetryAfter(String header) {
        String value = header.trim();
        try {
            long seconds = Long.parseLong(value);
            return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
        } catch (NumberFormatException notSeconds) {
            try {
                Duration until = Duration.between(ZonedDateTime.now(),
                        ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME));
                return Optional.of(until.isNegative() ? Duration.ZERO : until);
            } catch (DateTimeParseException notDate) {
                return Optional.empty();
            }
        }
    }

    private static String shorten(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= MAX_MESSAGE ? flat : flat.substring(0, MAX_MESSAGE) + "…";
    }
}
