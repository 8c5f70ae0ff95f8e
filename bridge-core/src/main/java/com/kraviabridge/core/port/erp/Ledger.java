package com.kraviabridge.core.port.erp;

import com.kraviabridge.core.domain.JournalEntry;
import com.kraviabridge.core.domain.PostedEntry;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/** ERP port: the general ledger, for posting Kravia's settlements. */
public interface Ledger {

    /** A posted (or draft) entry of the company carrying exactly this reference. */
    Optional<PostedEntry> findEntry(long companyId, String ref);

    /**
     * Creates the entry with all its lines in one call, posts it and reconciles every line that names an
     * invoice with that invoice's receivable line. Looks the reference up first, so a retry never creates a
     * second entry; an entry found in draft is posted, reconciliation is completed where missing.
     */
    PostedEntry post(JournalEntry entry);

    /**
     * {@link #post} without the look-up by reference first, for an entry that no earlier attempt can have created
     * (the caller's operations log shows none was sent). A create whose answer is lost is still resolved by
     * reference. Posting looked up first is always correct, so that is what an adapter may fall back to.
     */
    default PostedEntry postNew(JournalEntry entry) {
        return post(entry);
    }

    /** Which of the given account codes the company does not have. */
    Set<String> missingAccounts(long companyId, Collection<String> accountCodes);

    /** Whether the company has a journal with this code. */
    boolean hasJournal(long companyId, String journalCode);
}
