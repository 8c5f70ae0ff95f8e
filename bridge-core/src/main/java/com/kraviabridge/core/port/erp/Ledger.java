package com.kraviabridge.core.port.erp;

import com.kraviabridge.core.domain.JournalEntry;
import com.kraviabridge.core.domain.LineMismatch;
import com.kraviabridge.core.domain.PostedEntry;

import java.util.Collection;
import java.util.List;
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

    /**
     * Creates the entry as a draft, for a person to review and post, with this internal note; posts nothing. Looks
     * the reference up first: an entry found (draft or posted) is returned as it is.
     */
    PostedEntry draft(JournalEntry entry, String note);

    /**
     * For an entry a person posted after review: reconciles each of its lines that still matches a line of
     * {@code expected} that names an invoice (same account, partner and amount) with that invoice, and answers the
     * expected lines that no line of the entry matches any more.
     */
    List<LineMismatch> reconcileReviewed(JournalEntry expected, long moveId);

    /** Which of the given account codes the company does not have. */
    Set<String> missingAccounts(long companyId, Collection<String> accountCodes);

    /** Whether the company has a journal with this code. */
    boolean hasJournal(long companyId, String journalCode);

    /**
     * The company's purchase tax of that name or id, whose tax line a VAT line can be booked as; refuses (a permanent
     * failure naming why) a tax that is missing, ambiguous, not a purchase tax or has no tax repartition line.
     */
    PurchaseTax purchaseTax(long companyId, String nameOrId);
}
