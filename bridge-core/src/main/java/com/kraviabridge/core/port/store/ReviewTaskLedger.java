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

    /** Records the tasks about to be opened, replacing what was recorded under the same record keys. */
    void intend(List<OpenedReviewTask> tasks);

    /** The ERP ids of tasks recorded by {@link #intend}, by record key. */
    void opened(Map<String, Long> taskIdByRecordKey);

    /** Forgets the tasks of these records: they are done. */
    void forget(Collection<String> recordKeys);
}
