package com.kraviabridge.core.port.store;

import java.util.Collection;
import java.util.List;

/** Store port: every status change of every case. */
public interface StatusHistory {

    /** Records the change unless the same status at the same Kravia time is recorded already; true when new. */
    boolean record(StatusChange change);

    List<StatusChange> of(long creditorId, long kraviaInvoiceId);

    /** Records every change as {@link #record} does, in as few statements as the store allows. */
    void recordAll(Collection<StatusChange> changes);
}
