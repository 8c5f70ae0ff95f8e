package com.kraviabridge.sim.kravia;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Kravia's REST API v2 on loopback, for adapter tests, end-to-end tests and the demo.
 *
 * <pre>
 * try (KraviaSimulator sim = KraviaSimulator.start()) {
 *     sim.addCreditor(501, "token-501");
 *     // client: POST sim.baseUrl() + "/api/v2/invoice/register" with "Authorization: token-501"
 *     sim.clock().advanceDays(14);             // the case gets its collection notice
 *     sim.debtorPays(invoiceId, new BigDecimal("500.00"));
 *     sim.settleNow(501);                      // the payout appears under GET settlements
 * }
 * </pre>
 *
 * Thread-safe: HTTP requests, clock moves and test calls are serialised on one lock.
 */
public final class KraviaSimulator implements AutoCloseable {

    private final SimulatorSettings settings;
    private final SimClock clock;
    private final Creditors creditors = new Creditors();
    private final WebhookDispatcher webhooks;
    private final SimCore core;
    private final Faults faults = new Faults();
    private final RequestJournal journal = new RequestJournal();
    private final ApiServer server;

    private KraviaSimulator(SimulatorSettings settings) {
        this.settings = settings;
        this.clock = new SimClock(settings.baseClock());
        this.webhooks = new WebhookDispatcher(settings);
        this.core = new SimCore(settings, clock, creditors, webhooks);
        clock.attach(core::move);
        ExchangeHandler handler = new ExchangeHandler(Routes.of(core, creditors, settings),
                new Authenticator(creditors), faults, journal, core::catchUp);
        this.server = new ApiServer(handler);
    }

    public static KraviaSimulator start() {
        return start(SimulatorSettings.defaults());
    }

    public static KraviaSimulator start(SimulatorSettings settings) {
        return new KraviaSimulator(settings);
    }

    /** Scheme, host and port, e.g. {@code http://127.0.0.1:40123}; clients append {@code /api/v2/...}. */
    public String baseUrl() {
        return "http://" + server.host() + ":" + server.port();
    }

    public int port() {
        return server.port();
    }

    public SimulatorSettings settings() {
        return settings;
    }

    // ---- creditors and webhooks ----

    /** Onboards a VAT-registered creditor reachable with {@code token} (a token given to several is a partner's). */
    public KraviaSimulator addCreditor(long creditorId, String token) {
        return addCreditor(creditorId, token, true);
    }

    public KraviaSimulator addCreditor(long creditorId, String token, boolean vatRegistered) {
        creditors.add(creditorId, token, vatRegistered);
        return this;
    }

    /** The same as {@code PUT creditor/{id}/webhook}, without HTTP. */
    public void configureWebhook(long creditorId, String url, String secret, boolean enabled) {
        core.configureWebhook(creditorId, new WebhookConfig(url, secret, enabled));
    }

    public Optional<WebhookConfig> webhookConfig(long creditorId) {
        return Optional.ofNullable(creditors.get(creditorId).webhook());
    }

    /** Signs later webhook calls with another rule (the alternatives of docs/kravia-contract.md §11.4). */
    public void setSignatureRule(WebhookSigner rule) {
        webhooks.signatureRule(rule);
    }

    /** Every webhook call so far, oldest first, with its attempts. */
    public List<WebhookDelivery> webhookDeliveries() {
        return webhooks.deliveries();
    }

    public List<WebhookDelivery> webhookDeliveries(long claimId) {
        return webhooks.deliveries().stream().filter(d -> d.claimId() == claimId).toList();
    }

    /** Sends an event of any type for a case without changing it (e.g. an unknown type); empty when off. */
    public Optional<WebhookDelivery> emitWebhook(long claimId, String eventType) {
        return core.emit(claimId, eventType);
    }

    /** Sends an earlier call again, byte for byte: a duplicate delivery. */
    public WebhookDelivery redeliver(long deliveryId) {
        return webhooks.redeliver(deliveryId);
    }

    // ---- time and the case lifecycle ----

    public SimClock clock() {
        return clock;
    }

    public InvoiceSnapshot pause(long invoiceId) {
        return core.portal(invoiceId, Lifecycle::pause);
    }

    public InvoiceSnapshot resume(long invoiceId) {
        return core.portal(invoiceId, Lifecycle::resume);
    }

    public InvoiceSnapshot withdraw(long invoiceId) {
        return core.portal(invoiceId, Lifecycle::withdraw);
    }

    public InvoiceSnapshot writeOff(long invoiceId) {
        return core.portal(invoiceId, Lifecycle::writeOff);
    }

    /** The creditor's choice for a case {@code AWAITING_APPROVAL}: {@code LEGAL} or {@code MONITORING}. */
    public InvoiceSnapshot decide(long invoiceId, CaseStatus decision) {
        return core.portal(invoiceId, (lifecycle, c, day) -> lifecycle.decide(c, decision, day));
    }

    /** Marks the cases changed with one and the same {@code lastUpdatedTime} (one webhook call each). */
    public void touch(long... invoiceIds) {
        core.touch(invoiceIds);
    }

    /** While on, every change gets the same {@code lastUpdatedTime}; off restores strictly increasing stamps. */
    public void setSameTimestampMode(boolean on) {
        core.sameTimestampMode(on);
    }

    // ---- money collected by Kravia ----

    /** The debtor pays Kravia; spread over fees, interest and capital per {@link SimulatorSettings#allocation()}. */
    public CollectedPayment debtorPays(long invoiceId, BigDecimal amount) {
        return core.debtorPays(invoiceId, amount);
    }

    /** The debtor pays everything owed (capital, fees and interest), which closes the case as PAID. */
    public CollectedPayment debtorPaysInFull(long invoiceId) {
        return core.debtorPaysInFull(invoiceId);
    }

    /** Pays out what was collected for the creditor since the last payout: one settlement per currency. */
    public List<SettlementSnapshot> settleNow(long creditorId) {
        return core.settleNow(creditorId);
    }

    /**
     * From now on the creditor is paid out by KID: each invoice's collected capital goes to {@code bankAccount}
     * on the invoice's KID (see {@link #assignKid}) at the next payout run, and no settlement is made.
     */
    public void payOutByKid(long creditorId, String bankAccount) {
        core.payOutByKid(creditorId, bankAccount);
    }

    /** The invoice's KID, as the creditor gives it in Kravia's portal; a KID-mode case needs one to be paid out. */
    public void assignKid(long invoiceId, String kid) {
        core.assignKid(invoiceId, kid);
    }

    /** The KID payouts made to the creditor so far, oldest first. */
    public List<KidPayout> kidPayouts(long creditorId) {
        return core.kidPayouts(creditorId);
    }

    /** The account Kravia's payouts come from, as it shows on the creditor's bank statement. */
    public String clientFundsAccount() {
        return SettlementDesk.CLIENT_FUNDS_ACCOUNT;
    }

    public List<SettlementSnapshot> settlements(long creditorId) {
        return core.settlementsOf(creditorId);
    }

    // ---- inspection ----

    public InvoiceSnapshot invoice(long invoiceId) {
        return core.invoice(invoiceId);
    }

    public List<InvoiceSnapshot> invoices(long creditorId) {
        return core.invoices(creditorId);
    }

    public Optional<DebtorSnapshot> debtor(long debtorId) {
        return core.debtor(debtorId);
    }

    public List<DebtorSnapshot> debtors(long creditorId) {
        return core.debtors(creditorId);
    }

    /** Every request received so far, in the order they were answered. */
    public List<RecordedRequest> requests() {
        return journal.all();
    }

    /**
     * The requests with this method (null for any) whose path starts with {@code pathPrefix}: relative to the
     * API prefix ({@code "invoice/payment"}) or, with a leading slash, the full path.
     */
    public List<RecordedRequest> requests(String method, String pathPrefix) {
        return journal.matching(method, pathPrefix);
    }

    public void clearRequests() {
        journal.clear();
    }

    public Faults faults() {
        return faults;
    }

    @Override
    public void close() {
        server.close();
        webhooks.close();
    }
}
