package com.kraviabridge.core.domain;

/**
 * Something a person in the ERP must look at, on one invoice: the to-do the accountant sees there.
 *
 * @param invoiceId the invoice the task is on
 * @param summary   its one-line title
 * @param note      what happened and what to do, as plain text
 */
public record ReviewTask(long invoiceId, String summary, String note) {
}
