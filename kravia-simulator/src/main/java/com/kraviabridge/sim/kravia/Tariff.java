package com.kraviabridge.sim.kravia;

import java.math.BigDecimal;

/**
 * The numbers behind fees, interest and payouts. Kravia publishes none of them for the API; the defaults are
 * round Norwegian-looking figures (reminder-fee level for the notice, growing fees per stage, statutory-like
 * late-payment interest, 25 % VAT, 10 % provision on claims handed over more than 90 days after due).
 *
 * @param annualInterestRate late-payment interest per year on the remaining capital, e.g. 0.125
 * @param vatRate            VAT on Kravia's costs (fees and provision) deducted from payouts, e.g. 0.25
 * @param provisionRate      share of the collected capital Kravia keeps as provision, e.g. 0.10
 * @param provisionAfterDays provision applies when the case was registered more than this many days after due
 */
public record Tariff(BigDecimal collectionNoticeFee, BigDecimal paymentDemandFee, BigDecimal legalNoticeFee,
                     BigDecimal annualInterestRate, BigDecimal vatRate, BigDecimal provisionRate,
                     int provisionAfterDays) {

    public static Tariff standard() {
        return new Tariff(new BigDecimal("35.00"), new BigDecimal("350.00"), new BigDecimal("700.00"),
                new BigDecimal("0.125"), new BigDecimal("0.25"), new BigDecimal("0.10"), 90);
    }
}
