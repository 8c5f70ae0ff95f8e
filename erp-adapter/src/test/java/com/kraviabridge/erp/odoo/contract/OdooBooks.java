package com.kraviabridge.erp.odoo.contract;

import com.kraviabridge.erp.odoo.OdooClientSettings;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The Odoo database a contract test runs against, and how the test puts its own data into it: the simulator
 * seeds directly; a live Odoo gets the same records through the API. Every record a test makes is new, so
 * tests on a live database only look at ids above what existed before.
 */
public interface OdooBooks extends AutoCloseable {

    /** Settings for the adapter under test: the integration user (with an API key where possible). */
    OdooClientSettings settings();

    /** Settings of a user allowed to change the data model (for {@code desk().setUp()}). */
    OdooClientSettings adminSettings();

    long companyId();

    String currency();

    LocalDate today();

    /** Raw access for checks, as an administrator in the test company. */
    AdminRpc admin();

    /** Code of the receivable account invoices use. */
    String receivableAccount();

    /** Code of an expense account (Kravia's fees). */
    String feeAccount();

    /** Code of a bank journal with a default account. */
    String bankJournal();

    long customer(Customer customer);

    /** A posted customer invoice without tax, of {@code amount} in the company currency. */
    long invoice(long partnerId, String amount, LocalDate invoiceDate, LocalDate dueDate);

    /** A registered customer payment on the invoice, reconciled with it. */
    Payment payment(long invoiceId, String amount, LocalDate date, String memo);

    /** A posted credit note reversing (part of) the invoice, reconciled with it as Odoo does when posting. */
    long creditNote(long invoiceId, String amount);

    /** A hand-made journal entry (a write-off) reconciled with the invoice; returns the entry's id. */
    long otherEntry(long invoiceId, String amount, String ref);

    void unreconcile(long partialId);

    /** The simulator's controls; empty against a live Odoo, where such tests are skipped. */
    Optional<SimulatorControls> simulator();

    @Override
    void close();

    record Customer(String name, boolean company, String registry, String vat, String street, String zip, String city,
                    String country, String email, String ref, List<String> tags) {
    }

    record Payment(long paymentId, long moveId) {
    }
}
