package com.kraviabridge.store.archfixture;

/** Breaks the adapter rule on purpose, so ArchitectureRulesTest can show it bites. Test code only. */
public class StoreUsingConfig {

    public Object borrow() {
        return com.kraviabridge.config.Secret.empty();
    }
}
