package com.kraviabridge.erp.odoo;

import com.kraviabridge.core.port.erp.Companies;
import com.kraviabridge.core.port.erp.ReviewTasks;
import com.kraviabridge.core.port.erp.InvoiceAllocations;
import com.kraviabridge.core.port.erp.InvoiceApprovals;
import com.kraviabridge.core.port.erp.InvoiceNotes;
import com.kraviabridge.core.port.erp.Ledger;
import com.kraviabridge.core.port.erp.OpenInvoices;
import com.kraviabridge.erp.odoo.rpc.RpcProtocol;
import com.kraviabridge.erp.odoo.rpc.Transports;
import com.kraviabridge.core.port.RemoteCallListener;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * The Odoo adapter: every ERP port of the core over one logged-in connection to one Odoo database.
 *
 * <pre>{@code
 * OdooErp odoo = OdooErp.connect(new OdooClientSettings(url, db, user, apiKey, RpcProtocol.AUTO, 500,
 *         Duration.ofSeconds(60)));
 * OpenInvoices invoices = odoo.openInvoices();
 * }</pre>
 *
 * Nothing touches the network until the first call; the first call logs in and learns the server's version.
 * All ports share the connection and are safe to use from several threads.
 */
public final class OdooErp {

    private final OdooConnection connection;
    private final OdooClient client;
    private final RpcProtocol chosenProtocol;
    private final OdooOpenInvoices openInvoices;
    private final OdooInvoiceAllocations allocations;
    private final OdooInvoiceNotes notes;
    private final OdooLedger ledger;
    private final OdooCompanies companies;
    private final KraviaCaseFields caseFields;
    private final KraviaDesk desk;
    private final InvoiceMarks marks;

    private OdooErp(OdooClientSettings settings, Clock clock, Consumer<Duration> waits, RemoteCallListener listener) {
        FailureTranslator failures = new FailureTranslator(settings.username(), settings.database(),
                settings.password());
        this.connection = new OdooConnection(settings, failures);
        this.client = new OdooClient(connection, settings, failures, waits, listener);
        this.chosenProtocol = settings.protocol();
        FieldProbe probe = new FieldProbe(client);
        ReferenceData reference = new ReferenceData(client, settings.referenceTtl(), clock);
        DebtorDirectory debtors = new DebtorDirectory(client, probe, reference, settings.referenceTtl(), clock);
        this.caseFields = new KraviaCaseFields(client, probe);
        this.desk = new KraviaDesk(client, probe);
        this.marks = new InvoiceMarks(client, probe, settings.referenceTtl(), clock);
        this.openInvoices = new OdooOpenInvoices(client, debtors, reference, caseFields, marks);
        this.allocations = new OdooInvoiceAllocations(client, new CounterpartClassifier(client, reference));
        this.notes = new OdooInvoiceNotes(client, caseFields);
        this.ledger = new OdooLedger(client, new ChartOfAccounts(client, settings.referenceTtl(), clock),
                new InvoiceReconciler(client), new PurchaseTaxes(client, settings.referenceTtl(), clock));
        this.companies = new OdooCompanies(client, probe, reference);
    }

    public static OdooErp connect(OdooClientSettings settings) {
        return connect(settings, Clock.systemUTC(), RemoteCallListener.NONE);
    }

    /**
     * With the clock the rest of the bridge runs on, so that partners, tags and journals read once are read again
     * when that clock says they are old (a simulated week in {@code bridge demo} is older than any cache), telling
     * the listener of every call to Odoo and of every retry.
     */
    public static OdooErp connect(OdooClientSettings settings, Clock clock, RemoteCallListener listener) {
        return new OdooErp(settings, clock, wait -> { }, listener);
    }

    /** For tests: a clock for the reference-data cache, and the waits between retries recorded. */
    static OdooErp connect(OdooClientSettings settings, Clock clock, Consumer<Duration> waits) {
        return connect(settings, clock, waits, RemoteCallListener.NONE);
    }

    static OdooErp connect(OdooClientSettings settings, Clock clock, Consumer<Duration> waits,
                           RemoteCallListener listener) {
        return new OdooErp(settings, clock, waits, listener);
    }

    public OpenInvoices openInvoices() {
        return openInvoices;
    }

    /** Invoices waiting for an accountant's approval in Odoo, and whether Odoo has the field to approve them. */
    public InvoiceApprovals approvals() {
        return marks;
    }

    public InvoiceAllocations allocations() {
        return allocations;
    }

    public InvoiceNotes notes() {
        return notes;
    }

    public Ledger ledger() {
        return ledger;
    }

    /**
     * To-dos on invoices for the records the bridge keeps for review, for the user with {@code reviewLogin} (null:
     * each invoice's salesperson).
     */
    public ReviewTasks reviewTasks(String reviewLogin) {
        return new OdooReviewTasks(client, reviewLogin);
    }

    /** Whether Odoo has an active user with this login, for {@code doctor}'s check of odoo.review-user. */
    public boolean hasActiveUser(String login) {
        return !client.searchRead(OdooClient.NO_COMPANY, "res.users", Domain.where("login", "=", login),
                List.of("id"), "id", 1).isEmpty();
    }

    public Companies companies() {
        return companies;
    }

    /** The case fields on invoices the bridge writes to, and which of them exist. */
    public KraviaCaseFields caseFields() {
        return caseFields;
    }

    /** The collection desk in Odoo: fields and views ({@code bridge odoo setup}, and its check). */
    public KraviaDesk desk() {
        return desk;
    }

    /** Logs in if not done yet and tells what answered, for the doctor. */
    public ServerInfo serverInfo() {
        OdooConnection.Session session = client.session();
        String protocol = session.transport().protocolName();
        return new ServerInfo(session.version().major(), session.version().text(), protocol, session.uid(),
                protocolWarning(session.dialect(), protocol));
    }

    /** Why the protocol in use is a bad choice on this server, or null. */
    private String protocolWarning(OdooDialect dialect, String protocol) {
        if (!dialect.deprecatesRpc() || RpcProtocol.fromConfigValue(protocol) == RpcProtocol.JSON2) {
            return null;
        }
        String why = chosenProtocol.deprecatedFrom19() ? protocol + " is set by hand (odoo.protocol = " + protocol + ")"
                : "odoo.protocol = auto found no JSON-2 at GET /json/version (a proxy may block it) and fell back to "
                + protocol;
        return why + ", which " + dialect + " deprecates: the server logs a warning for every call and a later"
                + " Odoo removes it. Set odoo.protocol = auto (JSON-2, with an API key in odoo.password)";
    }

    /**
     * What the server told at login.
     *
     * @param major           the Odoo major (16 to 20)
     * @param protocol        {@code json2}, {@code jsonrpc} or {@code xmlrpc}, as chosen (or probed)
     * @param protocolWarning why the protocol in use should be changed (a deprecated one on Odoo 19 and later),
     *                        or null
     */
    public record ServerInfo(int major, String version, String protocol, long uid, String protocolWarning) {

        /** The server has Odoo's JSON-2 API (19 and later). */
        public boolean offersJson2() {
            return major >= Transports.FIRST_JSON2_MAJOR;
        }
    }
}
