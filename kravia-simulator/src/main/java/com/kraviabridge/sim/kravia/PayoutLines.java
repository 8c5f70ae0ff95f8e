package com.kraviabridge.sim.kravia;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The bookkeeping lines a payout carries for one invoice (docs/kravia-contract.md §10): the collected capital to the
 * creditor, minus Kravia's provision when it applies, minus VAT on Kravia's costs (its fees and provision) when the
 * creditor is VAT-registered. Fees and interest themselves stay with Kravia and do not appear. The ledger accounts are
 * typical Norwegian chart accounts, as in docs/kravia-contract.md §10.
 */
final class PayoutLines {

    static final int RECEIVABLES = 1500;
    static final int INPUT_VAT = 2710;
    static final int OTHER_COSTS = 7790;

    private PayoutLines() {
    }

    static List<SettlementLine> forInvoice(List<PendingCollection> collections, Tariff tariff, boolean vatRegistered,
                                           LocalDate day) {
        PendingCollection first = collections.get(0);
        BigDecimal capital = Money.ZERO;
        BigDecimal fees = Money.ZERO;
        boolean provisionApplies = false;
        for (PendingCollection p : collections) {
            capital = capital.add(p.capital());
            fees = fees.add(p.fees());
            provisionApplies |= p.provisionApplies();
        }
        BigDecimal provision = provisionApplies ? Money.of(capital.multiply(tariff.provisionRate())) : Money.ZERO;
        BigDecimal vat = vatRegistered ? Money.of(fees.add(provision).multiply(tariff.vatRate())) : Money.ZERO;

        List<SettlementLine> lines = new ArrayList<>();
        if (capital.signum() > 0) {
            lines.add(line(first, SettlementLine.CAPITAL, capital, RECEIVABLES, 0, day,
                    "Collected principal, invoice " + first.invoiceNo()));
        }
        if (provision.signum() > 0) {
            lines.add(line(first, SettlementLine.PROVISION, provision.negate(), OTHER_COSTS, 0, day,
                    "Provision on collected principal, invoice " + first.invoiceNo()));
        }
        if (vat.signum() > 0) {
            lines.add(line(first, SettlementLine.VAT, vat.negate(), INPUT_VAT, 1, day,
                    "VAT on collection costs (deductible), invoice " + first.invoiceNo()));
        }
        return lines;
    }

    private static SettlementLine line(PendingCollection p, String component, BigDecimal amount, int account,
                                       int vatCode, LocalDate day, String description) {
        return new SettlementLine(p.invoiceId(), p.invoiceNo(), p.accountingInvoiceId(), component, amount, account,
                vatCode, day, description);
    }
}
