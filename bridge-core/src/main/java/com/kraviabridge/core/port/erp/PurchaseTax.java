package com.kraviabridge.core.port.erp;

import java.math.BigDecimal;
import java.util.List;

/**
 * A purchase tax of the ERP as the bridge books Kravia's VAT on it: found by the name or id the administrator gave.
 *
 * @param percent  its rate, e.g. 25
 * @param tagNames the tax-report tags its tax line carries, by which the VAT return counts it
 */
public record PurchaseTax(long id, String name, BigDecimal percent, List<String> tagNames) {

    public PurchaseTax {
        tagNames = List.copyOf(tagNames);
    }

    @Override
    public String toString() {
        return "'" + name + "' (id " + id + ", " + percent.stripTrailingZeros().toPlainString() + " %, tags "
                + String.join(", ", tagNames) + ")";
    }
}
