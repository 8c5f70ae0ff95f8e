package com.kraviabridge.core.usecase;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What one flow did for one company in one run. Filled concurrently by the flow's workers, read once at the end.
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
    private final List<String> lines = Collections.synchronizedList(new ArrayList<>());

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
            lines.add(line);
        }
    }

    /** Nothing to do: handled before, or nothing changed. */
    public void unchanged() {
        unchanged.incrementAndGet();
    }

    /** Not eligible, with the reason; kept for the administrator and retried when the data changes. */
    public void rejected(String line) {
        rejected.incrementAndGet();
        lines.add(line);
    }

    /** Needs a person: the bridge will not guess. */
    public void parked(String line) {
        parked.incrementAndGet();
        lines.add(line);
    }

    /** Failed; retried in a later run. */
    public void failed(String line) {
        failed.incrementAndGet();
        lines.add(line);
    }

    /** Outcome unknown; looked up in the next run. */
    public void unknown(String line) {
        unknown.incrementAndGet();
        lines.add(line);
    }

    public void note(String line) {
        lines.add(line);
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

    /** True when a person should look: something failed, was parked or rejected. */
    public boolean needsAttention() {
        return rejected.get() + parked.get() + failed.get() + unknown.get() > 0;
    }

    public List<String> lines() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    @Override
    public String toString() {
        return flow.name().toLowerCase() + " company " + companyId + ": " + sent + " sent, " + unchanged + " unchanged, "
                + rejected + " rejected, " + parked + " parked, " + failed + " failed, " + unknown + " unknown";
    }
}
