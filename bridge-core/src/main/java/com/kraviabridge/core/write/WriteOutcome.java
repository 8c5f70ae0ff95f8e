package com.kraviabridge.core.write;

/** What became of one remote write attempted through the operations log. */
public record WriteOutcome(Status status, String remoteId, String error) {

    public enum Status {
        /** Sent now and confirmed. */
        DONE,
        /** Confirmed in an earlier run: nothing was sent. */
        ALREADY_DONE,
        /** An earlier attempt's unknown outcome turned out to have taken effect. */
        FOUND_DONE,
        /** Failed without effect; retried in a later run after a back-off. */
        RETRY_LATER,
        /** The back-off of an earlier failure has not elapsed yet. */
        WAITING,
        /** Refused for good; parked until the payload changes. */
        REFUSED,
        /** Refused before with the same payload: still parked, not sent again. */
        STILL_REFUSED,
        /** No answer came; resolved by a lookup in the next run. */
        UNKNOWN,
        /**
         * Another process (another bridge instance, or the daemon beside a manual sync) is sending it right now: left
         * to that process, neither sent nor failed here.
         */
        IN_PROGRESS_ELSEWHERE
    }

    public boolean isDone() {
        return status == Status.DONE || status == Status.ALREADY_DONE || status == Status.FOUND_DONE;
    }

    /** True when this run's call reached the remote side with effect (not a no-op replay). */
    public boolean isNewlyDone() {
        return status == Status.DONE || status == Status.FOUND_DONE;
    }
}
