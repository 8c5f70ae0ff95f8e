package com.kraviabridge.core.port.store;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Store port: the to-dos the bridge opened in the ERP for records kept for review, one per record, with the
 * reason it was opened for. A task is recorded before it is opened (without its id) and gets its id once the
 * ERP answered, so that a task whose answer was lost is looked up rather than opened twice.
 */
public interface ReviewTaskLedger {

    List<OpenedReviewTask> list(long companyId);

    Optional<OpenedReviewTask> find(String recordKey);

    /**
     * Records the tasks about to be opened and returns the record keys this call claimed: those not recorded yet,
     * and those recorded for another reason (replaced). A key recorded for the same reason, by another run just
     * before, is left alone and not returned: that run opens its task.
     */
    List<String> intend(List<OpenedReviewTask> tasks);

    /** The ERP ids of tasks recorded by {@link #intend}, by record key. */
    void opened(Map<String, Long> taskIdByRecordKey);

    /** Forgets the tasks of these records: they are done. */
    void forget(Collection<String> recordKeys);
}
