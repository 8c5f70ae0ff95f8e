package com.kraviabridge.app.wiring;

import com.kraviabridge.app.metrics.BridgeMetrics;
import com.kraviabridge.config.BridgeConfig;
import com.kraviabridge.config.ApprovalMode;
import com.kraviabridge.config.CollectionConfig;
import com.kraviabridge.config.CreditorConfig;
import com.kraviabridge.config.DatabaseConfig;
import com.kraviabridge.config.OdooConfig;
import com.kraviabridge.config.SettlementConfig;
import com.kraviabridge.config.SettlementPost;
import com.kraviabridge.core.domain.CreditorMapping;
import com.kraviabridge.core.policy.ApprovalRule;
import com.kraviabridge.core.policy.CollectionRules;
import com.kraviabridge.core.policy.Eligibility;
import com.kraviabridge.core.policy.SettlementBooking;
import com.kraviabridge.core.policy.SettlementChart;
import com.kraviabridge.core.policy.SettlementPostMode;
import com.kraviabridge.core.port.collector.CaseRegistry;
import com.kraviabridge.core.port.erp.Ledger;
import com.kraviabridge.core.port.collector.SettlementSource;
import com.kraviabridge.core.usecase.BalanceCheck;
import com.kraviabridge.core.usecase.allocations.ForwardCredits;
import com.kraviabridge.core.usecase.allocations.ForwardDirectPayments;
import com.kraviabridge.core.usecase.invoices.ApprovalQueue;
import com.kraviabridge.core.usecase.allocations.PayoutRecognition;
import com.kraviabridge.core.usecase.invoices.ForwardOverdueInvoices;
import com.kraviabridge.core.usecase.report.InvoiceMessages;
import com.kraviabridge.core.pipeline.ParallelSender;
import com.kraviabridge.core.usecase.settlements.PostSettlements;
import com.kraviabridge.core.usecase.status.RefreshCaseStatus;
import com.kraviabridge.core.usecase.RetryRefused;
import com.kraviabridge.core.usecase.ReviewActivities;
import com.kraviabridge.core.write.RemoteWrites;
import com.kraviabridge.core.usecase.Synchronisation;
import com.kraviabridge.erp.odoo.OdooClientSettings;
import com.kraviabridge.erp.odoo.OdooErp;
import com.kraviabridge.erp.odoo.rpc.RpcProtocol;
import com.kraviabridge.kravia.KraviaAdapter;
import com.kraviabridge.kravia.KraviaSettings;
import com.kraviabridge.store.Database;
import com.kraviabridge.store.StoreSettings;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The composition root: builds every adapter and use case from the settings with plain constructors.
 * One instance per process; {@link #close()} stops the embedded database, if any.
 */
public final class Bridge implements AutoCloseable {

    private final BridgeConfig settings;
    private final Database database;
    private final OdooErp odoo;
    private final KraviaAdapter kravia;
    private final ParallelSender sender;
    private final Synchronisation synchronisation;
    private final BalanceCheck balanceCheck;
    private final RefreshCaseStatus statusRefresh;
    private final RetryRefused retryRefused;
    private final ReviewActivities reviewActivities;
    private final List<CreditorMapping> creditors;
    private final BridgeMetrics metrics = new BridgeMetrics();

    private Bridge(BridgeConfig settings, Database database, Clock clock, PortDecorators decorators) {
        this.settings = settings;
        this.database = database;
        KraviaSettings kraviaSettings = kraviaSettings(settings.kravia());
        this.odoo = OdooErp.connect(odooSettings(settings.odoo()), clock, metrics.odooCalls());
        this.kravia = new KraviaAdapter(kraviaSettings, metrics.kraviaCalls());
        metrics.watchParkedRecords(() -> database.parkedRecords().count());
        this.creditors = creditors(settings);

        CaseRegistry registry = decorators.caseRegistry().apply(kravia.cases());
        Ledger ledger = decorators.ledger().apply(odoo.ledger());
        SettlementSource settlements = decorators.settlements().apply(kravia.settlements());
        RemoteWrites writes = new RemoteWrites(database.operationsLog(), clock,
                new ProcessLeases(writeLease(kraviaSettings, settings.odoo().timeout())));
        InvoiceMessages messages = new InvoiceMessages(odoo.notes(), writes);
        CollectionRules rules = rules(settings.collection());
        Set<Long> mapped = new HashSet<>();
        creditors.forEach(c -> mapped.add(c.companyId()));
        int pageSize = settings.odoo().pageSize();
        this.sender = new ParallelSender(senderThreads(settings.kravia().maxConcurrency()));

        ForwardOverdueInvoices invoices = new ForwardOverdueInvoices(odoo.openInvoices(), odoo.allocations(),
                database.forwardedAllocations(), registry, database.caseBook(),
                database.parkedRecords(), writes, messages, Eligibility.of(rules, mapped, clock),
                rules.minimumDaysOverdue(), clock, pageSize, sender,
                new ApprovalQueue(approvalRule(settings.collection(), clock), odoo.approvals(), database.parkedRecords(),
                        clock));
        ForwardDirectPayments payments = new ForwardDirectPayments(odoo.allocations(), database.caseBook(),
                database.forwardedAllocations(), database.cursors(), database.parkedRecords(), writes, messages, registry,
                kravia.feed(), new PayoutRecognition(PayoutRules.classifiers(settings), kravia.feed(), messages,
                        database.parkedRecords(), database.forwardedAllocations(), odoo.allocations(), clock), clock,
                pageSize, sender);
        ForwardCredits credits = new ForwardCredits(odoo.allocations(), database.caseBook(),
                database.forwardedAllocations(), database.cursors(), database.parkedRecords(), writes, messages, registry,
                kravia.feed(), clock, pageSize, sender);
        this.statusRefresh = new RefreshCaseStatus(kravia.feed(), database.caseBook(), database.statusHistory(),
                database.webhookInbox(), database.cursors(), messages, sender, clock, settings.webhook().inboxRetention());
        PostSettlements posting = new PostSettlements(settlements, ledger, database.caseBook(),
                database.postedSettlements(), database.parkedRecords(), writes, messages,
                settlementBooking(settings),
                settings.settlement().post() == SettlementPost.DRAFT ? SettlementPostMode.DRAFT : SettlementPostMode.POSTED,
                clock, sender);
        this.reviewActivities = new ReviewActivities(database.parkedRecords(), database.reviewTasks(),
                odoo.reviewTasks(settings.odoo().reviewUser().orElse(null)), clock,
                writeLease(kraviaSettings, settings.odoo().timeout()));
        this.synchronisation = new Synchronisation(creditors, invoices, payments, credits, statusRefresh,
                settings.settlement().enabled() ? posting : null, reviewActivities);
        this.balanceCheck = new BalanceCheck(odoo.openInvoices(), kravia.feed(), database.caseBook());
        this.retryRefused = new RetryRefused(database.parkedRecords(), database.operationsLog(), clock);
    }

    /**
     * Each company books its settlements in its own journal and accounts, with its own Kravia partner on the payout
     * line, where it has them; else the global ones.
     */
    public static SettlementBooking settlementBooking(BridgeConfig settings) {
        SettlementConfig settlement = settings.settlement();
        Map<Long, Long> payoutPartners = new HashMap<>();
        for (CreditorConfig creditor : settings.creditors()) {
            creditor.payouts().partnerId().ifPresent(partner -> payoutPartners.put(creditor.odooCompanyId(), partner));
        }
        long common = settings.kravia().payoutPartnerId().orElse(0);
        return new SettlementBooking(company -> new SettlementChart(settlement.journalOf(company).orElse(null),
                settlement.accountsOf(company), settlement.vatTaxes()),
                company -> payoutPartners.getOrDefault(company, common));
    }

    public static Bridge start(BridgeConfig settings) {
        return start(settings, Clock.systemUTC(), PortDecorators.none());
    }

    /**
     * The bridge of one command: a statement waits for a database connection db.connect-timeout-seconds at most,
     * so a command whose database went away says so at once, with what it did so far.
     */
    public static Bridge start(BridgeConfig settings, Clock clock, PortDecorators decorators) {
        return start(settings, clock, decorators, Database.ConnectionWait.ONE_CONNECT_TIMEOUT);
    }

    /** The bridge of {@code bridge run}: a database restart pauses a run instead of failing it. */
    public static Bridge startDaemon(BridgeConfig settings) {
        return start(settings, Clock.systemUTC(), PortDecorators.none(), Database.ConnectionWait.THROUGH_A_RESTART);
    }

    private static Bridge start(BridgeConfig settings, Clock clock, PortDecorators decorators,
                                Database.ConnectionWait wait) {
        Database database = Database.open(storeSettings(settings.database()), clock, wait);
        try {
            return new Bridge(settings, database, clock, decorators);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** Which Odoo company collects as which Kravia creditor, as configured. */
    public static List<CreditorMapping> creditors(BridgeConfig settings) {
        return settings.creditors().stream()
                .map(c -> new CreditorMapping(c.odooCompanyId(), c.kraviaCreditorId())).toList();
    }

    public static StoreSettings storeSettings(DatabaseConfig db) {
        String password = db.password() == null ? "" : db.password().reveal();
        return new StoreSettings(db.embedded() ? "" : db.url(), db.username(), password, db.dataDir(), db.poolSize())
                .withConnectTimeout(db.connectTimeout());
    }

    static OdooClientSettings odooSettings(OdooConfig odoo) {
        RpcProtocol protocol = switch (odoo.protocol()) {
            case AUTO -> RpcProtocol.AUTO;
            case JSON2 -> RpcProtocol.JSON2;
            case JSONRPC -> RpcProtocol.JSONRPC;
            case XMLRPC -> RpcProtocol.XMLRPC;
        };
        return new OdooClientSettings(odoo.url(), odoo.database(), odoo.username(), odoo.password().reveal(), protocol,
                odoo.pageSize(), odoo.timeout());
    }

    /**
     * Twice as many sender threads as Kravia requests allowed in flight: each write has book-keeping of its own
     * (its intent, the compare-and-set before its request, the remote id after: three durable statements, each
     * waiting for the store's log flush), and while one sender does that another has its request on the wire. With
     * a quarter more threads than requests, 8 requests in flight went out every 24.7 ms instead of the 22 ms a bare
     * request takes (benchmark scenario 2). The Kravia adapter still holds requests in flight to
     * kravia.max-concurrency. At 1 the bridge keeps a single sender, so one write at a time is really what happens.
     */
    static int senderThreads(int maxConcurrency) {
        return maxConcurrency == 1 ? 1 : 2 * maxConcurrency;
    }

    public static KraviaSettings kraviaSettings(com.kraviabridge.config.KraviaConfig k) {
        return new KraviaSettings(k.url(), k.token().reveal(), k.authScheme(), k.connectTimeout(), k.requestTimeout(),
                k.maxRetries(), k.rateLimit(), k.maxConcurrency(), Duration.ofMillis(500), Duration.ofSeconds(30), 100);
    }

    /** A settlement is posted in a handful of Odoo calls: the entry, its posting, the reconciliations. */
    static final int ODOO_CALLS_PER_WRITE = 8;
    /** Added to the longest write, for clocks that differ a little between the machines that share the log. */
    static final Duration LEASE_MARGIN = Duration.ofMinutes(1);

    /**
     * How long a process claims a write it sends: longer than the longest write to Kravia (its retries included) or to
     * Odoo can take, so that no other process takes a write still on the wire for a dead one.
     */
    static Duration writeLease(KraviaSettings kravia, Duration odooTimeout) {
        Duration odoo = odooTimeout.multipliedBy(ODOO_CALLS_PER_WRITE);
        Duration longest = kravia.longestWrite().compareTo(odoo) > 0 ? kravia.longestWrite() : odoo;
        return longest.plus(LEASE_MARGIN);
    }

    static CollectionRules rules(CollectionConfig c) {
        return new CollectionRules(c.minDaysOverdue(), c.minAmount(), Set.copyOf(c.excludedPartnerTags()),
                Set.copyOf(c.currencies()));
    }

    /** Which invoices wait for an accountant's approval in Odoo ({@code collection.approval*}). */
    public static ApprovalRule approvalRule(CollectionConfig c, Clock clock) {
        return new ApprovalRule(c.approval() == ApprovalMode.MANUAL ? ApprovalRule.Mode.MANUAL
                : ApprovalRule.Mode.AUTOMATIC, c.approvalAfterDaysOverdue(), clock);
    }

    /** The to-dos in Odoo for records kept for review. */
    public ReviewActivities reviewActivities() {
        return reviewActivities;
    }

    public BridgeConfig settings() {
        return settings;
    }

    public Database database() {
        return database;
    }

    public OdooErp odoo() {
        return odoo;
    }

    public KraviaAdapter kravia() {
        return kravia;
    }

    /** The process's figures, served as {@code GET /metrics} by the daemon. */
    public BridgeMetrics metrics() {
        return metrics;
    }

    public Synchronisation synchronisation() {
        return synchronisation;
    }

    public BalanceCheck balanceCheck() {
        return balanceCheck;
    }

    public RetryRefused retryRefused() {
        return retryRefused;
    }

    /** The mapped companies Odoo does not show, asked anew at each call. */
    public CompaniesOdooLacks companiesOdooLacks() {
        return new CompaniesOdooLacks(odoo.companies(), creditors);
    }

    public List<CreditorMapping> creditors() {
        return creditors;
    }

    @Override
    public void close() {
        sender.close();
        database.close();
    }
}
