package com.kraviabridge.core.domain;

import java.util.List;

/**
 * Customer invoices changed in the ERP at or after a change mark, in ascending id order.
 *
 * @param lastId     the keyset cursor for the next page
 * @param latestMark the latest change mark among these invoices (null when there are none); marks of one ERP
 *                   sort as strings in the order of the changes
 */
public record InvoiceChanges(List<Long> invoiceIds, long lastId, boolean last, String latestMark) {
}
