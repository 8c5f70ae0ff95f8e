package com.kraviabridge.app.cli;

/** The exit codes every command keeps to, so scripts and cron jobs can rely on them. */
public final class ExitCodes {

    public static final int OK = 0;
    /** The command ran, but some of its work failed (e.g. one invoice could not be sent). */
    public static final int FAILED = 1;
    /** Nothing was done: the command line or the configuration is wrong. */
    public static final int USAGE = 2;

    private ExitCodes() {
    }
}
