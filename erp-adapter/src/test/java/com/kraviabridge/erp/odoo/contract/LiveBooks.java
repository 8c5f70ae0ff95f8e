package com.kraviabridge.erp.odoo.contract;

import com.kraviabridge.erp.odoo.OdooClientSettings;
import com.kraviabridge.erp.odoo.rpc.RpcProtocol;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A real Odoo given by ODOO_URL, ODOO_DB, ODOO_USER and ODOO_PASSWORD. The tests make their own customers,
 * invoices, payments and credit notes through the API (uniquely named) and find a sale journal, a bank journal
 * and receivable, income and expense accounts of the user's company themselves.
 */
public final class LiveBooks implements OdooBooks {

    private final OdooClientSettings settings;
    private final AdminRpc admin;
    private final int major;
    private final long companyId;
    private final String currency;
    private final long saleJournal;
    private final long miscJournal;
    private final long incomeAccount;
    private final long feeAccountId;
    private final String feeAccount;
    private final String receivableAccount;
    private final String bankJournal;
    private final ManualEntries entries;

    public LiveBooks(Map<String, String> env, RpcProtocol protocol) {
        URI url = URI.create(env.get("ODOO_URL"));
        String db = env.get("ODOO_DB");
        String user = env.get("ODOO_USER");
        String password = env.get("ODOO_PASSWORD");
        this.settings = new OdooClientSettings(url, db, user, password, protocol, 500, Duration.ofSeconds(60))
                .withRetries(3, Duration.ofMillis(500));
        AdminRpc noCompany = new AdminRpc(url, protocol, db, user, password, 0);
        this.major = noCompany.serverMajor();
        Map<String, Object> me = noCompany.readOne("res.users", noCompany.uid(), List.of("company_id"));
        this.companyId = AdminRpc.idOf(me.get("company_id"));
        this.admin = noCompany.inCompany(companyId);
        Map<String, Object> company = admin.readOne("res.company", companyId, List.of("currency_id"));
        this.currency = String.valueOf(((List<?>) company.get("currency_id")).get(1));
        this.saleJournal = firstId("account.journal", List.of(List.of("type", "=", "sale"), companyTerm("company_id")));
        this.miscJournal = firstId("account.journal", List.of(List.of("type", "=", "general"), companyTerm("company_id")));
        this.bankJournal = String.valueOf(first("account.journal", List.of(List.of("type", "=", "bank"),
                companyTerm("company_id"), List.of("default_account_id", "!=", false)), "code"));
        this.incomeAccount = firstId("account.account", List.of(List.of("account_type", "=", "income"), accountCompany()));
        Map<String, Object> fee = firstRow("account.account", List.of(List.of("account_type", "=", "expense"),
                accountCompany()), List.of("code"));
        this.feeAccountId = ((Number) fee.get("id")).longValue();
        this.feeAccount = String.valueOf(fee.get("code"));
        long companyPartner = AdminRpc.idOf(admin.readOne("res.company", companyId, List.of("partner_id")).get("partner_id"));
        long receivableId = AdminRpc.idOf(admin.readOne("res.partner", companyPartner,
                List.of("property_account_receivable_id")).get("property_account_receivable_id"));
        this.receivableAccount = String.valueOf(admin.readOne("account.account", receivableId, List.of("code")).get("code"));
        this.entries = new ManualEntries(admin);
    }

    private List<Object> companyTerm(String field) {
        return List.of(field, "=", companyId);
    }

    private List<Object> accountCompany() {
        return major >= 18 ? List.of("company_ids", "in", List.of(companyId)) : companyTerm("company_id");
    }

    private Map<String, Object> firstRow(String model, List<?> domain, List<String> fields) {
        List<Map<String, Object>> rows = admin.searchRead(model, domain, fields);
        if (rows.isEmpty()) {
            throw new IllegalStateException("the live Odoo has no " + model + " matching " + domain
                    + " in company " + companyId);
        }
        return rows.get(0);
    }

    private Object first(String model, List<?> domain, String field) {
        return firstRow(model, domain, List.of(field)).get(field);
    }

    private long firstId(String model, List<?> domain) {
        return ((Number) firstRow(model, domain, List.of("id")).get("id")).longValue();
    }

    @Override
    public OdooClientSettings settings() {
        return settings;
    }

    @Override
    public OdooClientSettings adminSettings() {
        return settings;
    }

    @Override
    public long companyId() {
        return companyId;
    }

    @Override
    public String currency() {
        return currency;
    }

    @Override
    public LocalDate today() {
        return LocalDate.now();
    }

    @Override
    public AdminRpc admin() {
        return admin;
    }

    @Override
    public String receivableAccount() {
        return receivableAccount;
    }

    @Override
    public String feeAccount() {
        return feeAccount;
    }

    @Override
    public String bankJournal() {
        return bankJournal;
    }

    @Override
    public long customer(Customer c) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", c.name());
        values.put("is_company", c.company());
        if (c.registry() != null && hasField("res.partner", "company_registry")) {
            values.put("company_registry", c.registry());
        }
        if (c.vat() != null) {
            values.put("vat", c.vat());
        }
        values.put("street", c.street());
        values.put("zip", c.zip());
        values.put("city", c.city());
        if (c.country() != null) {
            values.put("country_id", firstId("res.country", List.of(List.of("code", "=", c.country()))));
        }
        if (c.email() != null) {
            values.put("email", c.email());
        }
        if (c.ref() != null) {
            values.put("ref", c.ref());
        }
        List<Long> tags = new ArrayList<>();
        for (String tag : c.tags()) {
            List<Map<String, Object>> found = admin.searchRead("res.partner.category", List.of(List.of("name", "=", tag)),
                    List.of("id"));
            tags.add(found.isEmpty() ? admin.create("res.partner.category", Map.of("name", tag))
                    : ((Number) found.get(0).get("id")).longValue());
        }
        values.put("category_id", List.of(List.of(6, 0, tags)));
        return admin.create("res.partner", values);
    }

    private boolean hasField(String model, String field) {
        Object answer = admin.call(model, "fields_get", List.of(List.of(field)), Map.of("attributes", List.of("type")));
        return answer instanceof Map<?, ?> m && m.containsKey(field);
    }

    @Override
    public long invoice(long partnerId, String amount, LocalDate invoiceDate, LocalDate dueDate) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("name", "Bridge contract test");
        line.put("quantity", 1);
        line.put("price_unit", Double.parseDouble(amount));
        line.put("account_id", incomeAccount);
        line.put("tax_ids", List.of(List.of(6, 0, List.of())));
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("move_type", "out_invoice");
        values.put("partner_id", partnerId);
        values.put("journal_id", saleJournal);
        values.put("invoice_date", invoiceDate.toString());
        values.put("invoice_date_due", dueDate.toString());
        values.put("invoice_line_ids", List.of(List.of(0, 0, line)));
        long id = admin.create("account.move", values);
        admin.call("account.move", "action_post", List.of(List.of(id)), Map.of());
        return id;
    }

    @Override
    public Payment payment(long invoiceId, String amount, LocalDate date, String memo) {
        Map<String, Object> context = Map.of("active_model", "account.move", "active_ids", List.of(invoiceId));
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("amount", Double.parseDouble(amount));
        values.put("payment_date", date.toString());
        values.put("journal_id", firstId("account.journal", List.of(List.of("code", "=", bankJournal), companyTerm("company_id"))));
        values.put("communication", memo);
        long wizard = ((Number) admin.call("account.payment.register", "create", List.of(values),
                Map.of("context", context))).longValue();
        admin.call("account.payment.register", "action_create_payments", List.of(List.of(wizard)), Map.of("context", context));
        String memoField = major >= 18 ? "memo" : "ref";
        List<Map<String, Object>> payments = admin.searchRead("account.payment", List.of(List.of(memoField, "=", memo)),
                List.of("move_id"));
        Map<String, Object> payment = payments.get(payments.size() - 1);
        return new Payment(((Number) payment.get("id")).longValue(), AdminRpc.idOf(payment.get("move_id")));
    }

    @Override
    public long creditNote(long invoiceId, String amount) {
        Map<String, Object> invoice = admin.readOne("account.move", invoiceId, List.of("partner_id"));
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("name", "Credit");
        line.put("quantity", 1);
        line.put("price_unit", Double.parseDouble(amount));
        line.put("account_id", incomeAccount);
        line.put("tax_ids", List.of(List.of(6, 0, List.of())));
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("move_type", "out_refund");
        values.put("partner_id", AdminRpc.idOf(invoice.get("partner_id")));
        values.put("journal_id", saleJournal);
        values.put("invoice_date", today().toString());
        values.put("reversed_entry_id", invoiceId);
        values.put("invoice_line_ids", List.of(List.of(0, 0, line)));
        long id = admin.create("account.move", values);
        admin.call("account.move", "action_post", List.of(List.of(id)), Map.of());
        Map<String, Object> refundLine = entries.receivableLine(id);
        if (!Boolean.TRUE.equals(refundLine.get("reconciled"))) {
            // 18 reconciles a reversal when posting it (docs/odoo-notes.md §5.6); 16/17 may leave it as an outstanding
            // credit.
            long invoiceLine = ((Number) entries.receivableLine(invoiceId).get("id")).longValue();
            admin.call("account.move.line", "reconcile", List.of(List.of(((Number) refundLine.get("id")).longValue(),
                    invoiceLine)), Map.of());
        }
        return id;
    }

    @Override
    public long otherEntry(long invoiceId, String amount, String ref) {
        return entries.writeOff(invoiceId, amount, ref, miscJournal, feeAccountId, today());
    }

    @Override
    public void unreconcile(long partialId) {
        admin.call("account.partial.reconcile", "unlink", List.of(List.of(partialId)), Map.of());
    }

    @Override
    public Optional<SimulatorControls> simulator() {
        return Optional.empty();
    }

    @Override
    public void close() {
        // The records stay: they are uniquely named test data in a test database.
    }

    @Override
    public String toString() {
        return "live Odoo " + major + " at " + settings.url() + " over " + settings.protocol();
    }
}
