package com.kraviabridge.core.port.store;

import java.time.Instant;

/**
 * A to-do the bridge opened in the ERP for a record kept for review.
 *
 * @param recordKey the key of the parked record
 * @param reasonDigest a digest of what the task said; a record whose reason changes gets a new task
 * @param taskId the task's id in the ERP; null while its opening has not been answered
 */
public record OpenedReviewTask(String recordKey, long companyId, long invoiceId, String reasonDigest, Long taskId,
                               Instant openedAt) {

    public boolean answered() {
        return taskId != null;
    }
}
