package com.kraviabridge.sim.odoo.seed;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Fluent description of a customer invoice; save() creates it through the ORM (so its lines,
 * taxes and totals are computed as for an RPC create) and posts it unless draft() was asked.
 */
public final class InvoiceBuilder {
    private final Seeder seeder;
    private final PartnerRef partner;
    CompanyRef company;
    String number;
    LocalDate invoiceDate;
    LocalDate dueDate;
    BigDecimal amountInclVat = new BigDecimal("1250.00");
    int vatPercent = 25;
    String currency;
    String ref;
    String paymentReference;
    boolean draft;
    Integer salesperson;

    InvoiceBuilder(Seeder seeder, PartnerRef partner, CompanyRef company) {
        this.seeder = seeder;
        this.partner = partner;
        this.company = company;
    }

    PartnerRef partner() {
        return partner;
    }

    public InvoiceBuilder company(CompanyRef value) {
        this.company = value;
        return this;
    }

    /** Forces the invoice number instead of taking the next INV/yyyy/nnnnn. */
    public InvoiceBuilder number(String value) {
        this.number = value;
        return this;
    }

    public InvoiceBuilder invoiceDate(LocalDate value) {
        this.invoiceDate = value;
        return this;
    }

    /** Defaults to the invoice date + 14 days. */
    public InvoiceBuilder dueDate(LocalDate value) {
        this.dueDate = value;
        return this;
    }

    /** Total including VAT, in the invoice currency. */
    public InvoiceBuilder amount(BigDecimal totalInclVat) {
        this.amountInclVat = totalInclVat;
        return this;
    }

    public InvoiceBuilder amount(String totalInclVat) {
        return amount(new BigDecimal(totalInclVat));
    }

    /** 25 (the default) uses the 25 % output VAT; 0 makes an invoice without tax. */
    public InvoiceBuilder vatPercent(int value) {
        if (value != 0 && value != 25) {
            throw new IllegalArgumentException("the seeded chart has 25 % VAT only (or 0 for none)");
        }
        this.vatPercent = value;
        return this;
    }

    /** ISO code; defaults to the company currency. */
    public InvoiceBuilder currency(String code) {
        this.currency = code;
        return this;
    }

    /** The customer reference (account.move.ref). */
    public InvoiceBuilder ref(String value) {
        this.ref = value;
        return this;
    }

    /** The structured payment reference (KID). */
    public InvoiceBuilder paymentReference(String value) {
        this.paymentReference = value;
        return this;
    }

    /** Leave the invoice in draft. */
    public InvoiceBuilder draft() {
        this.draft = true;
        return this;
    }

    /** The invoice's salesperson ({@code invoice_user_id}); by default the user who creates it. */
    public InvoiceBuilder salesperson(int userId) {
        this.salesperson = userId;
        return this;
    }

    public InvoiceRef save() {
        return seeder.createInvoice(this);
    }
}
