/**
 * How a flow's pages are read, sent and booked: the paging, the read-ahead, the parallel senders, the ordering of
 * work that touches the same invoice and the cursor that moves over finished work only. Flows state their business
 * in a {@link com.kraviabridge.core.pipeline.PageStep}; nothing here knows what an invoice or a payment is.
 */
package com.kraviabridge.core.pipeline;
