package com.kraviabridge.erp.odoo;

import com.kraviabridge.core.port.RemoteFailure;
import com.kraviabridge.core.port.erp.PurchaseTax;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The purchase taxes that Kravia's VAT lines are booked on, with what a tax line of theirs needs.
 *
 * <p>Odoo 17 to 19 count a journal item as a tax line by its {@code tax_repartition_line_id} ({@code tax_line_id}
 * is derived from it); the tax report counts it by its {@code tax_tag_ids}, which Odoo fills only on the lines it
 * makes itself, so a tax line made by the bridge carries the tags of the tax's repartition line of type tax for
 * invoices (a deductible purchase is an "invoice" for a purchase tax), and the base it was computed on.
 */
final class PurchaseTaxes {

    private final OdooClient odoo;
    private final ExpiringCache<Key, TaxLineSource> found;

    PurchaseTaxes(OdooClient odoo, Duration ttl, Clock clock) {
        this.odoo = odoo;
        this.found = new ExpiringCache<>(ttl, clock);
    }

    /** What a tax line of that tax carries; refuses a tax the line cannot be booked on. */
    TaxLineSource taxLine(long companyId, String nameOrId) {
        Key key = new Key(companyId, nameOrId);
        return found.getAll(List.of(key), missing -> Map.of(key, load(companyId, nameOrId))).get(key);
    }

    PurchaseTax describe(long companyId, String nameOrId) {
        TaxLineSource tax = taxLine(companyId, nameOrId);
        List<String> tags = odoo.readByIds(companyId, "account.account.tag", tax.tagIds(), List.of("name")).stream()
                .map(r -> r.text("name")).toList();
        return new PurchaseTax(tax.taxId(), tax.name(), tax.percent(), tags);
    }

    private TaxLineSource load(long companyId, String nameOrId) {
        Domain domain = Domain.where("company_id", "=", companyId);
        if (nameOrId.matches("\\d{1,18}")) {
            domain.andEither(Domain.term("id", "=", Long.parseLong(nameOrId)), Domain.term("name", "=", nameOrId));
        } else {
            domain.and("name", "=", nameOrId);
        }
        List<OdooRecord> taxes = odoo.searchRead(companyId, "account.tax", domain,
                List.of("name", "amount", "amount_type", "type_tax_use", "invoice_repartition_line_ids"), "id asc", 2);
        if (taxes.size() != 1) {
            throw refused(companyId, nameOrId, taxes.isEmpty() ? "no such tax"
                    : "two taxes answer to it; give the tax's id instead");
        }
        OdooRecord tax = taxes.get(0);
        if (!"purchase".equals(tax.text("type_tax_use")) || !"percent".equals(tax.text("amount_type"))
                || tax.decimal("amount").signum() <= 0) {
            throw refused(companyId, nameOrId, "'" + tax.text("name") + "' is not a purchase tax of a percentage"
                    + " (its use is " + tax.text("type_tax_use") + ", its type " + tax.text("amount_type") + ")");
        }
        OdooRecord repartition = odoo.readByIds(companyId, "account.tax.repartition.line",
                        tax.ids("invoice_repartition_line_ids"), List.of("repartition_type", "tag_ids")).stream()
                .filter(r -> "tax".equals(r.text("repartition_type"))).findFirst()
                .orElseThrow(() -> refused(companyId, nameOrId, "'" + tax.text("name")
                        + "' has no repartition line of type tax"));
        return new TaxLineSource(tax.id(), tax.text("name"), tax.decimal("amount"), repartition.id(),
                repartition.ids("tag_ids"));
    }

    private static RemoteFailure refused(long companyId, String nameOrId, String why) {
        return RemoteFailure.permanent(RemoteFailure.Side.ERP, "purchase tax '" + nameOrId + "' of company "
                + companyId + " (settlement.vat-tax.*): " + why);
    }

    private record Key(long companyId, String nameOrId) {
    }

    /** A tax and the repartition line its tax lines come from. */
    record TaxLineSource(long taxId, String name, BigDecimal percent, long repartitionLineId, List<Long> tagIds) {

        /** The base a tax amount of this rate was computed on, in the amount's precision. */
        BigDecimal baseOf(BigDecimal taxAmount) {
            return taxAmount.abs().multiply(BigDecimal.valueOf(100))
                    .divide(percent, Math.max(2, taxAmount.scale()), RoundingMode.HALF_UP);
        }
    }
}
