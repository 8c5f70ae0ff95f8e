package com.kraviabridge.erp.odoo.contract;

import com.kraviabridge.erp.odoo.OdooClientSettings;

import java.time.LocalDate;

/** What only the simulator can do: count requests, misbehave on purpose, restrict a user. */
public interface SimulatorControls {

    long requests();

    long requests(String model, String method);

    /** Requests to the endpoints the emulated version deprecated ({@code /jsonrpc}, {@code /xmlrpc} on 19). */
    long deprecatedCalls();

    void failNextCalls(int count, String model, String method, int httpStatus);

    void serializationFailureOnNextCall(String model, String method);

    /** The next call of the method runs and commits, then the connection closes without an answer. */
    void loseAnswerOfNextCall(String model, String method);

    /** A posted invoice in another currency than the company's, with an exchange rate for it. */
    long foreignCurrencyInvoice(long partnerId, String currency, String amount, LocalDate invoiceDate, LocalDate dueDate);

    /** Settings of a user who may not read {@code model}. */
    OdooClientSettings userWithoutReadOn(String model);

    /**
     * An imported bank statement line (payer, account, label) matched with the invoice by the bank reconciliation;
     * with {@code underCustomer} the line is put under the invoice's customer as well. Returns the line's id.
     */
    long matchedBankLine(long invoiceId, String amount, LocalDate date, String payer, String account, String label,
                         boolean underCustomer);
}
