package com.kraviabridge.sim.kravia;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.LongPredicate;

/**
 * The simulated Kravia behind the HTTP layer and the Java API: one lock around all of its state, so concurrent
 * requests, the passing of time and test calls each see and leave a consistent book. Before anything else,
 * every operation catches up with the days that have passed.
 */
final class SimCore {

    private final SimulatorSettings settings;
    private final SimClock clock;
    private final Creditors creditors;
    private final CaseBook book = new CaseBook();
    private final ChangeStamps stamps = new ChangeStamps();
    private final ChangeRecorder changes;
    private final Lifecycle lifecycle;
    private final SettlementDesk desk;
    private LocalDate lastProcessedDay;

    SimCore(SimulatorSettings settings, SimClock clock, Creditors creditors, WebhookDispatcher webhooks) {
        this.settings = settings;
        this.clock = clock;
        this.creditors = creditors;
        this.changes = new ChangeRecorder(clock, stamps, book, creditors, webhooks);
        this.lifecycle = new Lifecycle(settings, changes);
        this.desk = new SettlementDesk(settings.tariff());
        this.lastProcessedDay = clock.today();
    }

    // ---- time ----

    synchronized void move(Duration by) {
        clock.shift(by);
        catchUp();
    }

    /** Runs every simulated midnight not yet run: first the day's payouts, then the cases' day. */
    synchronized void catchUp() {
        LocalDate today = clock.today();
        while (lastProcessedDay.isBefore(today)) {
            lastProcessedDay = lastProcessedDay.plusDays(1);
            if (settings.settleDaily()) {
                for (CreditorAccount creditor : creditors.all()) {
                    desk.settle(creditor, lastProcessedDay);
                }
            }
            lifecycle.runDay(book.all(), lastProcessedDay);
        }
    }

    // ---- API operations ----

    synchronized InvoiceSnapshot register(Registration registration) {
        catchUp();
        CaseFile c = book.open(registration, clock.today());
        changes.changed(c);
        return c.snapshot();
    }

    /** All parts are checked before any is applied, so a refused posting changes nothing. */
    synchronized List<PostingResult> post(MoneyPosting posting, Access access) {
        catchUp();
        List<CaseFile> targets = new ArrayList<>();
        for (MoneyPosting.Part part : posting.parts()) {
            CaseFile c = book.find(part.invoiceId())
                    .orElseThrow(() -> ApiError.notFound("Invoice " + part.invoiceId() + " was not found."));
            access.require(c.creditorId());
            targets.add(c);
        }
        List<PostingResult> results = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            CaseFile c = targets.get(i);
            BigDecimal posted = posting.parts().get(i).amount();
            BigDecimal applied = posting.kind() == PaymentKind.DIRECT
                    ? CaseMoney.applyDirect(c, posted, posting.date(), posting.accountingPaymentId())
                    : CaseMoney.applyCredit(c, posted, posting.date(), posting.accountingPaymentId());
            if (applied.signum() != 0) {
                changes.changed(c);
            }
            results.add(new PostingResult(c.snapshot(), posted, applied));
        }
        return results;
    }

    /**
     * Reads each visible creditor's matches from its index, only as far as the page reaches; with several
     * creditors (a partner's token) their heads are merged, since the page's cases lie within each one's first
     * {@code skip + top}. The total is the exact count of all matches, as docs/kravia-contract.md §4 requires.
     */
    synchronized SearchPage search(SearchQuery query, Access access) {
        catchUp();
        if (query.creditorId() != null) {
            access.require(query.creditorId());
        }
        Collection<Long> visible = query.creditorId() != null ? List.of(query.creditorId()) : access.creditorIds();
        long reach = (long) query.skip() + query.top();
        List<CaseFile> heads = new ArrayList<>();
        int total = 0;
        for (long creditorId : visible) {
            Collection<CaseFile> matches = book.ofCreditor(creditorId).matching(query);
            total += matches.size();
            matches.stream().limit(reach).forEach(heads::add);
        }
        if (visible.size() > 1) {
            heads.sort(CreditorCases.order(query));
        }
        int from = Math.min(query.skip(), heads.size());
        int to = (int) Math.min(from + (long) query.top(), heads.size());
        return new SearchPage(heads.subList(from, to).stream().map(CaseFile::snapshot).toList(), total);
    }

    synchronized InvoiceSnapshot details(long invoiceId, Access access) {
        catchUp();
        CaseFile c = book.find(invoiceId)
                .orElseThrow(() -> ApiError.notFound("Invoice " + invoiceId + " was not found."));
        access.require(c.creditorId());
        return c.snapshot();
    }

    synchronized List<SettlementSnapshot> settlements(Access access, Long creditorId, boolean excludeClosed) {
        catchUp();
        if (creditorId != null) {
            access.require(creditorId);
        }
        LongPredicate visible = id -> access.grants(id) && (creditorId == null || creditorId == id);
        return desk.list(visible, excludeClosed);
    }

    synchronized SettlementSnapshot bookkeep(long settlementId, String internalAccountingId, Access access) {
        catchUp();
        SettlementRecord record = desk.find(settlementId)
                .orElseThrow(() -> ApiError.notFound("Settlement " + settlementId + " was not found."));
        access.require(record.creditorId());
        record.bookkeep(internalAccountingId);
        return record.snapshot();
    }

    void configureWebhook(long creditorId, WebhookConfig config) {
        creditors.get(creditorId).webhook(config);
    }

    // ---- test and demo operations ----

    synchronized CollectedPayment debtorPays(long invoiceId, BigDecimal amount) {
        catchUp();
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("a debtor pays a positive amount: " + amount);
        }
        CaseFile c = book.get(invoiceId);
        if (c.closed()) {
            throw new IllegalStateException("case " + invoiceId + " is closed");
        }
        if (creditors.get(c.creditorId()).payoutMode() == PayoutMode.KID && c.kid() == null) {
            throw new IllegalStateException("creditor " + c.creditorId() + " is paid out by KID but invoice "
                    + invoiceId + " has no KID; call assignKid first");
        }
        boolean provision = provisionApplies(c);
        CollectedPayment payment = CaseMoney.collect(c, Money.of(amount), settings.allocation(), clock.today());
        desk.collected(c, payment, provision);
        changes.changed(c);
        return payment;
    }

    /**
     * Provision (docs/kravia-contract.md §10): on claims handed over long after due, and on cases in long-term
     * monitoring.
     */
    private boolean provisionApplies(CaseFile c) {
        return c.registeredOn().isAfter(c.dueDate().plusDays(settings.tariff().provisionAfterDays()))
                || c.status() == CaseStatus.MONITORING;
    }

    /** Reads what is owed and pays it under one lock, so no interest can slip in between. */
    synchronized CollectedPayment debtorPaysInFull(long invoiceId) {
        catchUp();
        return debtorPays(invoiceId, book.get(invoiceId).snapshot().outstanding());
    }

    synchronized List<SettlementSnapshot> settleNow(long creditorId) {
        catchUp();
        return desk.settle(creditors.get(creditorId), clock.today());
    }

    synchronized void payOutByKid(long creditorId, String creditorBankAccount) {
        catchUp();
        if (creditorBankAccount == null || creditorBankAccount.isBlank()) {
            throw new IllegalArgumentException("KID payouts need the creditor's bank account");
        }
        if (desk.hasPending(creditorId)) {
            throw new IllegalStateException("creditor " + creditorId + " has collected money waiting for a settlement;"
                    + " settle it before switching to KID payouts");
        }
        creditors.get(creditorId).payOutByKid(creditorBankAccount);
    }

    synchronized void assignKid(long invoiceId, String kid) {
        catchUp();
        if (kid == null || !kid.matches("\\d{2,25}")) {
            throw new IllegalArgumentException("a KID is 2 to 25 digits: " + kid);
        }
        book.get(invoiceId).kid(kid);
    }

    synchronized List<KidPayout> kidPayouts(long creditorId) {
        catchUp();
        return desk.kidPayouts(creditorId);
    }

    synchronized List<SettlementSnapshot> settlementsOf(long creditorId) {
        catchUp();
        return desk.list(id -> id == creditorId, false);
    }

    synchronized InvoiceSnapshot invoice(long invoiceId) {
        catchUp();
        return book.get(invoiceId).snapshot();
    }

    synchronized List<InvoiceSnapshot> invoices(long creditorId) {
        catchUp();
        return book.ofCreditor(creditorId).all().stream().map(CaseFile::snapshot).toList();
    }

    synchronized Optional<DebtorSnapshot> debtor(long debtorId) {
        catchUp();
        return book.debtors().find(debtorId);
    }

    synchronized List<DebtorSnapshot> debtors(long creditorId) {
        catchUp();
        return book.debtors().ofCreditor(creditorId);
    }

    /** A creditor action from the portal, on one case. */
    interface PortalAction {
        void apply(Lifecycle lifecycle, CaseFile c, LocalDate day);
    }

    synchronized InvoiceSnapshot portal(long invoiceId, PortalAction action) {
        catchUp();
        CaseFile c = book.get(invoiceId);
        action.apply(lifecycle, c, clock.today());
        return c.snapshot();
    }

    synchronized void touch(long... invoiceIds) {
        catchUp();
        List<CaseFile> cases = new ArrayList<>();
        for (long id : invoiceIds) {
            cases.add(book.get(id));
        }
        changes.changedTogether(cases);
    }

    synchronized void sameTimestampMode(boolean on) {
        stamps.setShared(on);
    }

    synchronized Optional<WebhookDelivery> emit(long claimId, String eventType) {
        catchUp();
        CaseFile c = book.get(claimId);
        long seconds = clock.now().getEpochSecond();
        return changes.notifyCreditor(c.creditorId(), new WebhookEvent(seconds, eventType, claimId));
    }
}
