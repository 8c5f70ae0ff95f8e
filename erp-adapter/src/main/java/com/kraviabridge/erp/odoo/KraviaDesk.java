package com.kraviabridge.erp.odoo;

import java.util.ArrayList;
import java.util.List;

/**
 * The collection desk inside Odoo that {@code bridge odoo setup} makes: the bridge's fields on invoices, then
 * the view extensions that show them (views may name only fields that exist). Setting up twice changes
 * nothing; after an upgrade it brings what an older bridge made up to date. Needs a user allowed to change
 * the data model; the check needs only read access.
 */
public final class KraviaDesk {

    private final DeskFields fields;
    private final DeskViews views;

    KraviaDesk(OdooClient odoo, FieldProbe probe) {
        this.fields = new DeskFields(odoo, probe);
        this.views = new DeskViews(odoo);
    }

    /** Every piece and how it stands, changing nothing. */
    public List<DeskPiece> check() {
        List<DeskPiece> pieces = new ArrayList<>(fields.check());
        pieces.addAll(views.check());
        return pieces;
    }

    /**
     * Makes what is missing and updates what is out of date.
     *
     * @return the pieces changed, each with the state it was in before (empty when all was in place)
     * @throws com.kraviabridge.core.port.RemoteFailure PERMANENT naming the model when the user may not
     *         change it, or when Odoo lacks the invoice views to extend
     */
    public List<DeskPiece> setUp() {
        List<DeskPiece> changed = new ArrayList<>(fields.setUp());
        changed.addAll(views.setUp());
        return changed;
    }
}
