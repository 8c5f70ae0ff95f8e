package com.kraviabridge.core.port.store;

import java.util.Collection;
import java.util.List;

/** Store port: records that need attention. */
public interface ParkedRecords {

    /** Parks the record or updates the reason of the one parked under the same key. */
    void park(ParkedRecord record);

    /** Forgets the record: it went through, or no longer needs anything. */
    void release(String key);

    List<ParkedRecord> list(long companyId);

    List<ParkedRecord> all();

    long count();

    /** {@link #release} for the records of a page at once; keys that are not parked are left alone. */
    default void releaseAll(Collection<String> keys) {
        keys.forEach(this::release);
    }
}
