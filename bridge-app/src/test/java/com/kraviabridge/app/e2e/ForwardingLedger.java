package com.kraviabridge.app.e2e;

import com.kraviabridge.core.domain.JournalEntry;
import com.kraviabridge.core.domain.LineMismatch;
import com.kraviabridge.core.domain.PostedEntry;
import com.kraviabridge.core.port.erp.Ledger;
import com.kraviabridge.core.port.erp.PurchaseTax;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A ledger that hands every call to the real one; a test overrides the calls it watches or breaks. */
class ForwardingLedger implements Ledger {

    private final Ledger real;

    ForwardingLedger(Ledger real) {
        this.real = real;
    }

    @Override
    public Optional<PostedEntry> findEntry(long companyId, String ref) {
        return real.findEntry(companyId, ref);
    }

    @Override
    public PostedEntry post(JournalEntry entry) {
        return real.post(entry);
    }

    @Override
    public PostedEntry postNew(JournalEntry entry) {
        return real.postNew(entry);
    }

    @Override
    public PostedEntry draft(JournalEntry entry, String note) {
        return real.draft(entry, note);
    }

    @Override
    public List<LineMismatch> reconcileReviewed(JournalEntry expected, long moveId) {
        return real.reconcileReviewed(expected, moveId);
    }

    @Override
    public Set<String> missingAccounts(long companyId, Collection<String> accountCodes) {
        return real.missingAccounts(companyId, accountCodes);
    }

    @Override
    public boolean hasJournal(long companyId, String journalCode) {
        return real.hasJournal(companyId, journalCode);
    }

    @Override
    public PurchaseTax purchaseTax(long companyId, String nameOrId) {
        return real.purchaseTax(companyId, nameOrId);
    }
}
