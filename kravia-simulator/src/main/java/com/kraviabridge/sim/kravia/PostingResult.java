package com.kraviabridge.sim.kravia;

import java.math.BigDecimal;

/** What one part of a payment or credit did to its case. */
record PostingResult(InvoiceSnapshot after, BigDecimal posted, BigDecimal applied) {

    BigDecimal ignored() {
        return posted.subtract(applied);
    }
}
