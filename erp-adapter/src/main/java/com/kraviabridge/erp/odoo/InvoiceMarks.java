package com.kraviabridge.erp.odoo;

import com.kraviabridge.core.port.erp.InvoiceApprovals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The accountant's marks on invoices, "Keep out of Kravia" ({@code x_kravia_hold}) and "Approved for Kravia"
 * ({@code x_kravia_approved}), and the Kravia status that shows an invoice waits for approval. The fields exist
 * only once {@code bridge odoo setup} has run: which of them exist is asked of {@code fields_get} and remembered
 * for a few minutes ({@link FieldProbe}), so that a run learns it once and a running daemon finds the fields soon
 * after setup. The marks are read in the same call as the invoices; without the fields every invoice reads as
 * neither held nor approved.
 */
final class InvoiceMarks implements InvoiceApprovals {

    static final String HOLD = "x_kravia_hold";
    static final String APPROVED = "x_kravia_approved";
    /** Asked together with the case fields, so that one {@code fields_get} answers for both. */
    private static final List<String> FIELDS = List.of(KraviaCaseFields.CASE_ID, KraviaCaseFields.STATUS, HOLD,
            APPROVED);

    private final OdooClient odoo;
    private final FieldProbe probe;
    private final Duration ttl;
    private final Clock clock;
    /** Until when what the probe knows of the invoice's fields is taken as true. */
    private volatile Instant known;

    InvoiceMarks(OdooClient odoo, FieldProbe probe, Duration ttl, Clock clock) {
        this.odoo = odoo;
        this.probe = probe;
        this.ttl = ttl;
        this.clock = clock;
    }

    /** The fields to read with the invoices: the marks that exist. */
    List<String> readable() {
        Set<String> present = present();
        return List.of(HOLD, APPROVED).stream().filter(present::contains).toList();
    }

    @Override
    public boolean approvable() {
        return present().contains(APPROVED);
    }

    @Override
    public void showWaiting(long companyId, Collection<Long> invoiceIds) {
        writeStatus(companyId, invoiceIds, WAITING_STATUS);
    }

    @Override
    public void clearWaiting(long companyId, Collection<Long> invoiceIds) {
        writeStatus(companyId, invoiceIds, false);
    }

    /** One {@code write} of one value to a page of invoices at a time: Odoo's cheapest way to set many. */
    private void writeStatus(long companyId, Collection<Long> invoiceIds, Object value) {
        if (invoiceIds.isEmpty() || !present().contains(KraviaCaseFields.STATUS)) {
            return;
        }
        for (List<Long> chunk : Chunks.of(invoiceIds, odoo.pageSize())) {
            odoo.write(companyId, KraviaCaseFields.MODEL, "write",
                    List.of(chunk, Map.of(KraviaCaseFields.STATUS, value)), Map.of());
        }
    }

    /** What the probe knows, asked again once it is older than the time to live (for the other fields too). */
    private Set<String> present() {
        Instant at = clock.instant();
        Instant until = known;
        if (until == null || !until.isAfter(at)) {
            probe.forget(KraviaCaseFields.MODEL);
            known = at.plus(ttl);
        }
        return probe.existing(KraviaCaseFields.MODEL, FIELDS);
    }
}
