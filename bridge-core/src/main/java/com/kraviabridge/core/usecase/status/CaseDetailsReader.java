package com.kraviabridge.core.usecase.status;

import com.kraviabridge.core.domain.CaseDetails;
import com.kraviabridge.core.pipeline.ParallelSender;
import com.kraviabridge.core.port.RemoteFailure;
import com.kraviabridge.core.port.collector.CaseFeed;
import com.kraviabridge.core.usecase.report.FlowReport;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Reads what Kravia tells about several cases, side by side: Kravia's latency, not ours, is what it waits on. */
final class CaseDetailsReader {

    private final CaseFeed feed;
    private final ParallelSender reader;

    CaseDetailsReader(CaseFeed feed, ParallelSender reader) {
        this.feed = feed;
        this.reader = reader;
    }

    /**
     * The details of the cases, by case. A failure is put in {@code tolerated} when given (that case is left
     * out), else thrown.
     */
    Map<Long, CaseDetails> read(long creditorId, Collection<Long> caseIds, FlowReport tolerated) {
        Map<Long, CaseDetails> read = new ConcurrentHashMap<>();
        reader.runAll(caseIds.stream().<Runnable>map(caseId -> () -> {
            try {
                read.put(caseId, feed.details(creditorId, caseId));
            } catch (RemoteFailure failure) {
                if (tolerated == null) {
                    throw failure;
                }
                tolerated.failed("case " + caseId + ": " + failure.describe());
            }
        }).toList());
        return read;
    }
}
