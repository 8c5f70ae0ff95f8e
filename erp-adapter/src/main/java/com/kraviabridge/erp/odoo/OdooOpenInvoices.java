package com.kraviabridge.erp.odoo;

import com.kraviabridge.core.domain.Debtor;
import com.kraviabridge.core.domain.Invoice;
import com.kraviabridge.core.domain.InvoicePage;
import com.kraviabridge.core.domain.Money;
import com.kraviabridge.core.port.erp.OpenInvoices;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Customer invoices from {@code account.move}, keyset-paged by id, each with its commercial partner read in
 * bulk. One page costs one invoice read plus, for partners not read in the last minutes, one partner read and
 * one read of their tags. A page asks for one invoice more than it returns ({@link KeysetPage}), so a list that
 * fills its last page exactly ends without a read that finds nothing.
 *
 * <p>Where the invoice has the {@code x_kravia_case_id} field ({@code bridge odoo setup}), overdue invoices that
 * carry a case already are left out in Odoo: the bridge writes the field right after forwarding, so a run reads
 * only what is new instead of every open case. An invoice whose field could not be written still comes back, and
 * the case book recognises it. The accountant's marks ({@link InvoiceMarks}) come in the same read.
 */
final class OdooOpenInvoices implements OpenInvoices {

    static final String MODEL = "account.move";
    private static final List<String> FIELDS = List.of("name", "company_id", "invoice_date", "invoice_date_due",
            "amount_total", "amount_residual", "currency_id", "payment_state", "commercial_partner_id");

    private final OdooClient odoo;
    private final DebtorDirectory debtors;
    private final ReferenceData reference;
    private final KraviaCaseFields caseFields;
    private final InvoiceMarks marks;

    OdooOpenInvoices(OdooClient odoo, DebtorDirectory debtors, ReferenceData reference, KraviaCaseFields caseFields,
                     InvoiceMarks marks) {
        this.odoo = odoo;
        this.marks = marks;
        this.debtors = debtors;
        this.reference = reference;
        this.caseFields = caseFields;
    }

    @Override
    public InvoicePage overdueInvoices(long companyId, LocalDate dueOnOrBefore, long afterInvoiceId, int limit) {
        int size = limit <= 0 ? odoo.pageSize() : Math.min(limit, odoo.pageSize());
        Domain domain = Domain.where("move_type", "=", "out_invoice")
                .and("state", "=", "posted")
                .and("payment_state", "in", odoo.dialect().openPaymentStates())
                .and("amount_residual", ">", 0)
                .and("invoice_date_due", "<=", dueOnOrBefore.toString())
                .and("company_id", "=", companyId)
                .and("id", ">", afterInvoiceId);
        List<String> fields = fields(); // first: its probe answers the case field's question too
        if (caseFields.present().contains(KraviaCaseFields.CASE_ID)) {
            domain.and(KraviaCaseFields.CASE_ID, "=", false);
        }
        KeysetPage page = KeysetPage.read(size, afterInvoiceId,
                wanted -> odoo.searchRead(companyId, MODEL, domain, fields, "id asc", wanted));
        return new InvoicePage(toInvoices(companyId, page.rows()), page.lastId(), page.last());
    }

    @Override
    public List<Invoice> invoices(long companyId, Collection<Long> invoiceIds) {
        List<Invoice> invoices = new ArrayList<>();
        List<String> fields = fields();
        for (List<Long> chunk : Chunks.of(invoiceIds, odoo.pageSize())) {
            Domain domain = Domain.where("id", "in", chunk)
                    .and("move_type", "=", "out_invoice")
                    .and("company_id", "=", companyId);
            invoices.addAll(toInvoices(companyId, odoo.searchRead(companyId, MODEL, domain, fields, "id asc", 0)));
        }
        return invoices;
    }

    private List<Invoice> toInvoices(long companyId, List<OdooRecord> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, Debtor> debtorsById = debtors.debtors(companyId,
                rows.stream().map(r -> r.refId("commercial_partner_id")).toList());
        Map<Long, String> currencyNames = new HashMap<>();
        rows.forEach(r -> currencyNames.put(r.refId("currency_id"), r.refName("currency_id")));
        Map<Long, String> currencies = reference.currencyCodes(companyId, currencyNames);
        OdooDialect dialect = odoo.dialect();
        List<Invoice> invoices = new ArrayList<>(rows.size());
        for (OdooRecord row : rows) {
            long partnerId = row.refId("commercial_partner_id");
            Debtor debtor = debtorsById.get(partnerId);
            if (debtor == null) {
                // The partner cannot be read (archived under a record rule, deleted): keep the invoice visible.
                debtor = new Debtor(partnerId, Debtor.defaultCustomerNumber(partnerId), null, false, null, null,
                        null, null);
            }
            String currency = currencies.get(row.refId("currency_id"));
            invoices.add(new Invoice(row.id(), row.text("name"), row.refId("company_id"), row.date("invoice_date"),
                    row.date("invoice_date_due"), Money.of(row.decimal("amount_total"), currency),
                    Money.of(row.decimal("amount_residual"), currency), dialect.paymentState(row.text("payment_state")),
                    debtor).withMarks(row.flag(InvoiceMarks.HOLD), row.flag(InvoiceMarks.APPROVED)));
        }
        return invoices;
    }

    /** The invoice's fields with the accountant's marks, where Odoo has them: all in the one read. */
    private List<String> fields() {
        List<String> fields = new ArrayList<>(FIELDS);
        fields.addAll(marks.readable());
        return fields;
    }
}
