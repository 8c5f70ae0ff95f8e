package com.kraviabridge.sim.odoo.accounting;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per company, the accounts and journals Odoo finds through properties and journal settings
 * (receivable/payable properties, outstanding receipt/payment accounts, the bank suspense account). They
 * are not readable fields in the simulator, only defaults.
 */
public final class CompanyAccounts {
    /** The defaults of one company's chart. */
    public static final class Chart {
        public int receivable;
        public int payable;
        public int income;
        public int bank;
        public int outstandingReceipts;
        public int outstandingPayments;
        public int saleJournal;
        public int bankJournal;
        public int miscJournal;
        public int saleTax;
        public int purchaseTax;
        public int suspense;
    }

    private final Map<Integer, Chart> charts = new ConcurrentHashMap<>();

    public Chart chart(int companyId) {
        Chart c = charts.get(companyId);
        if (c == null) {
            throw new IllegalStateException("company " + companyId + " has no chart of accounts");
        }
        return c;
    }

    public boolean hasChart(int companyId) {
        return charts.containsKey(companyId);
    }

    public void put(int companyId, Chart chart) {
        charts.put(companyId, chart);
    }
}
