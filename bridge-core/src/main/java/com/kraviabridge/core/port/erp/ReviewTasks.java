package com.kraviabridge.core.port.erp;

import com.kraviabridge.core.domain.ReviewTask;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * ERP port: to-dos for the accountant, on the invoices where the bridge needs a person. Each method is one
 * request for any number of tasks, so that a run costs the same few calls whatever it found.
 */
public interface ReviewTasks {

    /** The id given for a task not opened because its invoice no longer exists in the ERP. */
    long NOT_OPENED = 0;

    /**
     * Opens the tasks and returns their ids in the ERP, in the order given; {@link #NOT_OPENED} for a task whose
     * invoice is gone (it is not asked for again while its record says the same).
     */
    List<Long> open(long companyId, List<ReviewTask> tasks);

    /** Marks the tasks done, with a short feedback; each must still be open. */
    void markDone(long companyId, Collection<Long> taskIds, String feedback);

    /** Those of the tasks that are still open: not marked done, not deleted. */
    Set<Long> stillOpen(long companyId, Collection<Long> taskIds);

    /** An open task on the invoice with this summary: how a task whose opening went unanswered is found again. */
    Optional<Long> findOpen(long companyId, long invoiceId, String summary);
}
