package com.kraviabridge.core.port;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A call to the ERP or to Kravia that did not succeed, in the core's vocabulary. Adapters translate
 * their protocol's errors into one of three kinds; the use cases decide from the kind alone.
 */
public class RemoteFailure extends RuntimeException {

    public enum Kind {
        /** Will fail again with the same input: bad data, refused rights, bad credentials. Park it. */
        PERMANENT,
        /** Failed without effect and may succeed later: overload, rate limit, connection refused, a 5xx to a read. */
        RETRYABLE,
        /**
         * The request may or may not have taken effect (no answer came, or a server error that may have come after
         * the work was done). Look it up before retrying.
         */
        OUTCOME_UNKNOWN
    }

    public enum Side { ERP, COLLECTOR }

    private final Kind kind;
    private final Side side;
    private final Map<String, List<String>> fieldErrors;
    private final Duration retryAfter;
    private final boolean accessRefused;
    private final boolean answered;

    public RemoteFailure(Kind kind, Side side, String message, Throwable cause) {
        this(kind, side, message, Map.of(), null, cause);
    }

    public RemoteFailure(Kind kind, Side side, String message, Map<String, List<String>> fieldErrors,
                         Duration retryAfter, Throwable cause) {
        this(kind, side, message, fieldErrors, retryAfter, false, false, cause);
    }

    private RemoteFailure(Kind kind, Side side, String message, Map<String, List<String>> fieldErrors,
                          Duration retryAfter, boolean accessRefused, boolean answered, Throwable cause) {
        super(message, cause);
        this.answered = answered;
        this.kind = kind;
        this.side = side;
        this.fieldErrors = fieldErrors == null ? Map.of() : Map.copyOf(fieldErrors);
        this.retryAfter = retryAfter;
        this.accessRefused = accessRefused;
    }

    /**
     * The other side refused our credentials or the integration user's rights. Repeating the same request will
     * fail the same way (so nothing retries it inline), but the fault lies with the configuration, not with the
     * record: once the administrator fixes the token or the rights, the record must go through without anyone
     * touching it.
     */
    public static RemoteFailure accessRefused(Side side, String message, Map<String, List<String>> fieldErrors,
                                              Throwable cause) {
        return new RemoteFailure(Kind.PERMANENT, side, message, fieldErrors, null, true, false, cause);
    }

    /**
     * The other side answered a write with a server error, which a proxy or a crash may give after the write was
     * done: the outcome is unknown, but nothing of this attempt is still under way, so it can be looked up at once.
     */
    public static RemoteFailure outcomeUnknownAfterAnswer(Side side, String message,
                                                          Map<String, List<String>> fieldErrors) {
        return new RemoteFailure(Kind.OUTCOME_UNKNOWN, side, message, fieldErrors, null, false, true, null);
    }

    /**
     * The same failure told in other words (e.g. with a secret masked): every property that decides what happens
     * next (kind, side, retry hint, refused access, answered) and the cause are kept, so a rewording never changes
     * what the failure means.
     */
    public RemoteFailure reworded(String message, Map<String, List<String>> fieldErrors) {
        RemoteFailure reworded = new RemoteFailure(kind, side, message, fieldErrors, retryAfter, accessRefused,
                answered, getCause());
        reworded.setStackTrace(getStackTrace());
        return reworded;
    }

    public static RemoteFailure permanent(Side side, String message) {
        return new RemoteFailure(Kind.PERMANENT, side, message, null);
    }

    public static RemoteFailure retryable(Side side, String message, Throwable cause) {
        return new RemoteFailure(Kind.RETRYABLE, side, message, cause);
    }

    public static RemoteFailure outcomeUnknown(Side side, String message, Throwable cause) {
        return new RemoteFailure(Kind.OUTCOME_UNKNOWN, side, message, cause);
    }

    public Kind kind() {
        return kind;
    }

    public Side side() {
        return side;
    }

    /**
     * True when the outcome is unknown and the request may still be at work on the other side (no answer came within
     * the timeout, or the connection broke): looking it up now could miss an effect that is still to come.
     */
    public boolean mayStillBeUnderWay() {
        return kind == Kind.OUTCOME_UNKNOWN && !answered;
    }

    /** See {@link #accessRefused}. */
    public boolean isAccessRefused() {
        return accessRefused;
    }

    public Map<String, List<String>> fieldErrors() {
        return fieldErrors;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** The message followed by every field error, for parking reasons and the status report. */
    public String describe() {
        if (fieldErrors.isEmpty()) {
            return getMessage();
        }
        StringBuilder text = new StringBuilder(getMessage());
        fieldErrors.forEach((field, errors) -> text.append("; ").append(field).append(": ").append(String.join(", ", errors)));
        return text.toString();
    }
}
