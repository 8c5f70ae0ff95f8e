package com.kraviabridge.erp.odoo.contract;

import com.kraviabridge.erp.odoo.OdooClientSettings;
import com.kraviabridge.erp.odoo.rpc.RpcProtocol;
import com.kraviabridge.sim.odoo.OdooSimulator;
import com.kraviabridge.sim.odoo.OdooVersion;
import com.kraviabridge.sim.odoo.Operation;
import com.kraviabridge.sim.odoo.SimDatabase;
import com.kraviabridge.sim.odoo.seed.BankLine;
import com.kraviabridge.sim.odoo.seed.CompanyRef;
import com.kraviabridge.sim.odoo.seed.StatementLineRef;
import com.kraviabridge.sim.odoo.seed.PartnerBuilder;
import com.kraviabridge.sim.odoo.seed.PartnerRef;
import com.kraviabridge.sim.odoo.seed.PaymentRef;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

/** A fresh simulated Odoo of one major, spoken to over one protocol. */
public final class SimulatedBooks implements OdooBooks, SimulatorControls {

    static final LocalDate TODAY = LocalDate.of(2025, 3, 14);
    private static final String DB = "acme";

    private final OdooSimulator sim;
    private final SimDatabase db;
    private final CompanyRef company;
    private final RpcProtocol protocol;
    private final AdminRpc admin;
    private final ManualEntries entries;

    public SimulatedBooks(int major, RpcProtocol protocol) {
        this.protocol = protocol;
        this.sim = OdooSimulator.start(OdooVersion.of(major));
        sim.setToday(TODAY);
        this.db = sim.addDatabase(DB);
        this.company = db.seed().mainCompany().name("Acme Inkasso-kunde AS").orgNumber("974760673")
                .vat("NO974760673MVA").address("Kongens gate 1", "0153", "Oslo").email("post@acme.example").save();
        db.addUser("admin", "admin-password").admin().apiKey("admin-api-key");
        db.addUser("bot", "bot-password").apiKey("bot-api-key");
        this.admin = new AdminRpc(url(), protocol, DB, "admin", secretOf("admin"), company.id());
        this.entries = new ManualEntries(admin);
    }

    /** JSON-2 takes nothing but an API key; the other protocols are run with the password. */
    private String secretOf(String user) {
        return protocol == RpcProtocol.JSON2 ? user + "-api-key" : user + "-password";
    }

    @Override
    public long deprecatedCalls() {
        return sim.deprecatedCalls();
    }

    private URI url() {
        return URI.create(sim.url());
    }

    @Override
    public OdooClientSettings settings() {
        return new OdooClientSettings(url(), DB, "bot", "bot-api-key", protocol, 500, Duration.ofSeconds(10))
                .withRetries(3, Duration.ofMillis(1));
    }

    @Override
    public OdooClientSettings adminSettings() {
        return new OdooClientSettings(url(), DB, "admin", secretOf("admin"), protocol, 500, Duration.ofSeconds(10))
                .withRetries(3, Duration.ofMillis(1));
    }

    @Override
    public long companyId() {
        return company.id();
    }

    @Override
    public String currency() {
        return "NOK";
    }

    @Override
    public LocalDate today() {
        return TODAY;
    }

    @Override
    public AdminRpc admin() {
        return admin;
    }

    @Override
    public String receivableAccount() {
        return "1500";
    }

    @Override
    public String feeAccount() {
        return "7770";
    }

    @Override
    public String bankJournal() {
        return "BNK";
    }

    @Override
    public long customer(Customer c) {
        PartnerBuilder p = db.seed().partner(c.name());
        if (c.company()) {
            p.company();
        } else {
            p.person();
        }
        if (c.registry() != null) {
            p.orgNumber(c.registry());
        }
        if (c.vat() != null) {
            p.vat(c.vat());
        }
        p.address(c.street(), c.zip(), c.city(), c.country());
        if (c.email() != null) {
            p.email(c.email());
        }
        if (c.ref() != null) {
            p.ref(c.ref());
        }
        p.tags(c.tags().toArray(new String[0]));
        return p.save().id();
    }

    @Override
    public long invoice(long partnerId, String amount, LocalDate invoiceDate, LocalDate dueDate) {
        return db.seed().invoice(new PartnerRef((int) partnerId, "customer"))
                .amount(amount).vatPercent(0).invoiceDate(invoiceDate).dueDate(dueDate).save().id();
    }

    @Override
    public Payment payment(long invoiceId, String amount, LocalDate date, String memo) {
        PaymentRef ref = db.seed().registerPayment((int) invoiceId, new BigDecimal(amount), date, "BNK", memo);
        return new Payment(ref.paymentId(), ref.moveId());
    }

    @Override
    public long creditNote(long invoiceId, String amount) {
        return db.seed().creditNote((int) invoiceId, new BigDecimal(amount), true).id();
    }

    @Override
    public long otherEntry(long invoiceId, String amount, String ref) {
        return entries.writeOff(invoiceId, amount, ref, company.journal("MISC"), company.account("7770"), TODAY);
    }

    @Override
    public void unreconcile(long partialId) {
        db.seed().unreconcile((int) partialId);
    }

    @Override
    public Optional<SimulatorControls> simulator() {
        return Optional.of(this);
    }

    @Override
    public long requests() {
        return sim.stats().total();
    }

    @Override
    public long requests(String model, String method) {
        return sim.stats().count(model, method);
    }

    @Override
    public void failNextCalls(int count, String model, String method, int httpStatus) {
        sim.faults().nextCalls(count).matching(model, method).httpStatus(httpStatus);
    }

    @Override
    public void serializationFailureOnNextCall(String model, String method) {
        sim.faults().nextCall().matching(model, method).serializationFailure();
    }

    @Override
    public void loseAnswerOfNextCall(String model, String method) {
        sim.faults().nextCall().matching(model, method).failAfterCommit();
    }

    @Override
    public long foreignCurrencyInvoice(long partnerId, String code, String amount, LocalDate invoiceDate,
                                       LocalDate dueDate) {
        db.seed().currencyRate(code, invoiceDate.minusYears(1), 0.085);
        return db.seed().invoice(new PartnerRef((int) partnerId, "customer"))
                .amount(amount).vatPercent(0).currency(code).invoiceDate(invoiceDate).dueDate(dueDate).save().id();
    }

    @Override
    public long matchedBankLine(long invoiceId, String amount, LocalDate date, String payer, String account,
                                String label, boolean underCustomer) {
        StatementLineRef line = db.seed().importStatementLine(company, bankJournal(),
                BankLine.of(date, amount, payer, account, label));
        db.seed().reconcileStatementLine(line.id(), (int) invoiceId, underCustomer);
        return line.id();
    }

    @Override
    public OdooClientSettings userWithoutReadOn(String model) {
        db.addUser("clerk", "clerk-password").apiKey("clerk-api-key").revoke(model, Operation.READ);
        return new OdooClientSettings(url(), DB, "clerk", secretOf("clerk"), protocol, 500, Duration.ofSeconds(10))
                .withRetries(1, Duration.ofMillis(1));
    }

    @Override
    public void close() {
        sim.close();
    }

    @Override
    public String toString() {
        return "simulated Odoo " + sim.version().major() + " over " + protocol;
    }
}
