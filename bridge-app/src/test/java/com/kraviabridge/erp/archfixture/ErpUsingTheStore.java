package com.kraviabridge.erp.archfixture;

import com.kraviabridge.core.port.store.ParkedRecords;

/** Breaks the side rule on purpose, so ArchitectureRulesTest can show it bites. Test code only. */
public class ErpUsingTheStore {

    public long parked(ParkedRecords records) {
        return records.count();
    }
}
