package com.kraviabridge.sim.kravia;

/** Request bodies as a client would write them, in plain JSON text so the tests see the exact wire form. */
final class Bodies {

    private Bodies() {
    }

    static String caseFor(long creditorId, String invoiceNo, String amount) {
        return register(creditorId, invoiceNo, amount, "2025-03-01", "2025-03-15", "C-" + invoiceNo);
    }

    static String register(long creditorId, String invoiceNo, String amount, String invoiceDate, String dueDate,
                           String debtorNumber) {
        return """
                {
                  "claimType": "CollectionCase",
                  "creditorId": %d,
                  "accountingInvoiceId": "ERP-%s",
                  "debtorName": "Fjordbakeri AS",
                  "debtorNumber": "%s",
                  "email": "post@fjordbakeri.example",
                  "ssn": null,
                  "organizationNumber": "912345678",
                  "isPrivateIndividual": false,
                  "postalAddress": {
                    "addressAddressLine1": "Bryggen 3",
                    "addressPostalCode": "5003",
                    "addressCity": "Bergen",
                    "addressCountryCode": "NO"
                  },
                  "invoiceNo": "%s",
                  "invoiceDate": "%s",
                  "dueDate": "%s",
                  "originalAmount": %s,
                  "currencyCode": "NOK",
                  "description": "Overdue invoice %s"
                }""".formatted(creditorId, invoiceNo, debtorNumber, invoiceNo, invoiceDate, dueDate, amount, invoiceNo);
    }

    static String payment(String accountingPaymentId, String total, long invoiceId, String amount) {
        return """
                {"date": "2025-04-02", "description": "Paid directly", "AccountingPaymentId": "%s",
                 "amount": %s, "invoices": [{"invoiceId": %d, "amount": %s}]}"""
                .formatted(accountingPaymentId, total, invoiceId, amount);
    }

    /** PascalCase, as in Kravia's own credit-note example. */
    static String credit(String accountingPaymentId, String total, long invoiceId, String amount) {
        return """
                {"Date": "2025-04-10T00:00:00", "Amount": %s, "AccountingPaymentId": "%s",
                 "Description": "Credit", "Invoices": [{"InvoiceId": %d, "Amount": %s}]}"""
                .formatted(total, accountingPaymentId, invoiceId, amount);
    }
}
