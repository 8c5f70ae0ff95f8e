package com.kraviabridge.core.usecase.settlements;

import com.kraviabridge.core.domain.PostedEntry;

/** The operations log keeps one text per write; an entry made in the ERP is kept as {@code <move id>:<name>}. */
final class EntryIds {

    private EntryIds() {
    }

    static String remoteIdOf(PostedEntry entry) {
        return entry.moveId() + ":" + entry.name();
    }

    static long moveIdOf(String remoteId) {
        int colon = remoteId.indexOf(':');
        return colon < 0 ? 0 : Long.parseLong(remoteId.substring(0, colon));
    }

    static String nameOf(String remoteId) {
        int colon = remoteId.indexOf(':');
        return colon < 0 ? remoteId : remoteId.substring(colon + 1);
    }
}
