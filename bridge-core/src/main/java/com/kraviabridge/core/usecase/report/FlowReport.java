package com.kraviabridge.core.usecase.report;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What one flow did for one company in one run. Filled concurrently by the flow's workers, read once at the end.
 *
 * <p>Counts are exact; the detail lines are capped, so a run over 100,000 invoices keeps its memory flat. Problem
 * lines (rejected, parked, failed, unknown) have their own allowance so that a flood of "forwarded" lines never
 * pushes out what an administrator must read; what was left out is said in a last line.
 */
public final class FlowReport {

    public enum Flow { INVOICES, PAYMENTS, CREDITS, STATUS, SETTLEMENTS }

    private final Flow flow;
    private final long companyId;
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicInteger unchanged = new AtomicInteger();
    private final AtomicInteger rejected = new AtomicInteger();
    private final AtomicInteger parked = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicInteger unknown = new AtomicInteger();
    private final AtomicInteger elsewhere = new AtomicInteger();
    private final AtomicInteger keptOut = new AtomicInteger();
    /** Detail lines kept per kind (news, problems); beyond that only counted. */
    static final int KEPT_LINES = 5_000;

    private final List<String> lines = new ArrayList<>();
    private final List<String> notices = new ArrayList<>();
    private int newsKept;
    private int problemsKept;
    private int leftOut;

    public FlowReport(Flow flow, long companyId) {
        this.flow = flow;
        this.companyId = companyId;
    }

    public Flow flow() {
        return flow;
    }

    public long companyId() {
        return companyId;
    }

    /** Done now (or, in a dry run, would be sent). */
    public void sent(String line) {
        sent.incrementAndGet();
        if (line != null) {
            keep(line, false);
        }
    }

    /** Nothing to do: handled before, or nothing changed. */
    public void unchanged() {
        unchanged.incrementAndGet();
    }

    /** Not eligible, with the reason; kept for the administrator and retried when the data changes. */
    public void rejected(String line) {
        rejected.incrementAndGet();
        keep(line, true);
    }

    /** Needs a person: the bridge will not guess. */
    public void parked(String line) {
        parked.incrementAndGet();
        keep(line, true);
    }

    /** Failed; retried in a later run. */
    public void failed(String line) {
        failed.incrementAndGet();
        keep(line, true);
    }

    /** Outcome unknown; looked up in the next run. */
    public void unknown(String line) {
        unknown.incrementAndGet();
        keep(line, true);
    }

    /**
     * Being sent by another bridge process right now: left to it, neither sent nor failed here. Not a problem, but
     * kept as a line, so that the administrator sees why a record did not go in this run.
     */
    public void inProgressElsewhere(String line) {
        elsewhere.incrementAndGet();
        keep(line, false);
    }

    /** Kept out by a person's choice (held in Odoo, an excluding customer tag): said, but nothing to fix. */
    public void keptOut(String line) {
        keptOut.incrementAndGet();
        keep(line, false);
    }

    public int keptOutCount() {
        return keptOut.get();
    }

    public void note(String line) {
        keep(line, false);
    }

    /** A line the administrator should read even after a run with nothing to fix (also one of {@link #lines()}). */
    public synchronized void notice(String line) {
        notices.add(line);
        keep(line, false);
    }

    public synchronized List<String> notices() {
        return List.copyOf(notices);
    }

    private synchronized void keep(String line, boolean problem) {
        if (problem ? problemsKept < KEPT_LINES : newsKept < KEPT_LINES) {
            lines.add(line);
            if (problem) {
                problemsKept++;
            } else {
                newsKept++;
            }
        } else {
            leftOut++;
        }
    }

    public int sentCount() {
        return sent.get();
    }

    public int unchangedCount() {
        return unchanged.get();
    }

    public int rejectedCount() {
        return rejected.get();
    }

    public int parkedCount() {
        return parked.get();
    }

    public int failedCount() {
        return failed.get();
    }

    public int unknownCount() {
        return unknown.get();
    }

    public int inProgressElsewhereCount() {
        return elsewhere.get();
    }

    /** True when a person should look: something failed, was parked or rejected. */
    public boolean needsAttention() {
        return rejected.get() + parked.get() + failed.get() + unknown.get() > 0;
    }

    public synchronized List<String> lines() {
        if (leftOut == 0) {
            return List.copyOf(lines);
        }
        List<String> all = new ArrayList<>(lines);
        all.add("... and " + leftOut + " more line(s) not kept; the counts above are complete, and"
                + " `bridge status --parked` lists everything kept for review");
        return List.copyOf(all);
    }

    @Override
    public String toString() {
        return flow.name().toLowerCase() + " company " + companyId + ": " + sent + " sent, " + unchanged + " unchanged, "
                + rejected + " rejected, " + parked + " parked, " + failed + " failed, " + unknown + " unknown"
                + (keptOut.get() > 0 ? ", " + keptOut + " kept out" : "")
                + (elsewhere.get() > 0 ? ", " + elsewhere + " in progress elsewhere" : "");
    }
}
