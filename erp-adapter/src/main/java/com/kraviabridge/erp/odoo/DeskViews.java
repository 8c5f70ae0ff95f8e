package com.kraviabridge.erp.odoo;

import com.kraviabridge.core.port.RemoteFailure;
import com.kraviabridge.core.port.erp.InvoiceApprovals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bridge's extensions of Odoo's own invoice views, made over the external API as {@code ir.ui.view}
 * records that inherit the views of module {@code account} (found by their XML ids): the invoice form shows
 * the four fields on customer invoices, the customer invoice list has an optional Kravia status column, and
 * the invoice search has the Kravia filters ("Waiting for Kravia approval" lists the status the bridge writes on
 * an invoice that waits, until an accountant approves or holds it). Every spec is an xpath on a field or filter that 17, 18 and 19
 * all have, never on the root tag (18 renamed {@code tree} to {@code list}). Each view has a fixed name, by
 * which setup finds it again; one whose arch or parent is not what this bridge writes is out of date.
 */
final class DeskViews {

    private record ViewSpec(String name, String parentXmlId, String arch) {
    }

    /** Shows a field on customer invoices only: 17 took Python expressions in place of 16's attrs domains. */
    private static String onCustomerInvoices(int major) {
        return major >= 17 ? "invisible=\"move_type != 'out_invoice'\""
                : "attrs=\"{'invisible': [('move_type', '!=', 'out_invoice')]}\"";
    }

    private static List<ViewSpec> views(int major) {
        return List.of(
            new ViewSpec("kravia_bridge.account_move_form", "view_move_form", """
                    <data>
                        <xpath expr="//field[@name='payment_reference']" position="after">
                            <field name="x_kravia_status" readonly="1" %1$s/>
                            <field name="x_kravia_case_id" readonly="1" %1$s/>
                            <field name="x_kravia_hold" %1$s/>
                            <field name="x_kravia_approved" %1$s/>
                        </xpath>
                    </data>
                    """.formatted(onCustomerInvoices(major))),
            new ViewSpec("kravia_bridge.account_move_list", "view_out_invoice_tree", """
                    <data>
                        <xpath expr="//field[@name='invoice_date_due']" position="after">
                            <field name="x_kravia_status" optional="show"/>
                        </xpath>
                    </data>
                    """),
            new ViewSpec("kravia_bridge.account_move_search", "view_account_invoice_filter", """
                    <data>
                        <xpath expr="//filter[@name='late']" position="after">
                            <separator/>
                            <filter name="kravia_handed_over" string="Handed over to Kravia"
                                    domain="[('x_kravia_case_id', '!=', False)]"/>
                            <filter name="kravia_kept_out" string="Kept out of Kravia"
                                    domain="[('x_kravia_hold', '=', True)]"/>
                            <filter name="kravia_waiting_approval" string="Waiting for Kravia approval"
                                    domain="[('x_kravia_status', '=', '%s'), ('x_kravia_hold', '=', False), ('x_kravia_approved', '=', False)]"/>
                        </xpath>
                    </data>
                    """.formatted(InvoiceApprovals.WAITING_STATUS)));
    }

    private static final String PARENT_MODULE = "account";
    private static final String VIEW = "ir.ui.view";

    private final OdooClient odoo;

    DeskViews(OdooClient odoo) {
        this.odoo = odoo;
    }

    /** One of the bridge's views as it stands in Odoo: the record (null when missing) and the parent's id. */
    private record Standing(ViewSpec spec, OdooRecord view, long parent, DeskPiece.State state) {
        DeskPiece piece() {
            return new DeskPiece(DeskPiece.Kind.VIEW, spec.name(), state);
        }
    }

    List<DeskPiece> check() {
        return survey().stream().map(Standing::piece).toList();
    }

    /** Creates the missing views and rewrites the out-of-date ones; returns what it changed, as it stood. */
    List<DeskPiece> setUp() {
        List<DeskPiece> changed = new ArrayList<>();
        for (Standing standing : survey()) {
            ViewSpec spec = standing.spec();
            if (standing.state() == DeskPiece.State.MISSING) {
                Map<String, Object> values = new LinkedHashMap<>();
                values.put("name", spec.name());
                values.put("model", KraviaCaseFields.MODEL);
                values.put("inherit_id", standing.parent());
                values.put("mode", "extension");
                values.put("priority", 99);
                values.put("arch", spec.arch());
                odoo.create(OdooClient.NO_COMPANY, VIEW, values);
            } else if (standing.state() == DeskPiece.State.OUT_OF_DATE) {
                odoo.write(OdooClient.NO_COMPANY, VIEW, "write", List.of(List.of(standing.view().id()),
                        Map.of("inherit_id", standing.parent(), "arch", spec.arch(), "active", true)), Map.of());
            }
            if (standing.state() != DeskPiece.State.IN_PLACE) {
                changed.add(standing.piece());
            }
        }
        return changed;
    }

    private List<Standing> survey() {
        List<ViewSpec> views = views(odoo.session().version().major());
        Map<String, Long> parents = parents(views);
        Map<String, OdooRecord> existing = existing(views);
        List<Standing> standings = new ArrayList<>();
        for (ViewSpec spec : views) {
            OdooRecord view = existing.get(spec.name());
            long parent = parents.get(spec.parentXmlId());
            standings.add(new Standing(spec, view, parent, state(spec, view, parent)));
        }
        return standings;
    }

    private static DeskPiece.State state(ViewSpec spec, OdooRecord view, long parent) {
        if (view == null) {
            return DeskPiece.State.MISSING;
        }
        boolean current = view.flag("active") && view.refId("inherit_id") == parent
                && SameArch.same(view.text("arch"), spec.arch());
        return current ? DeskPiece.State.IN_PLACE : DeskPiece.State.OUT_OF_DATE;
    }

    /** Odoo's invoice views by XML id; a missing one means the Invoicing app is not installed. */
    private Map<String, Long> parents(List<ViewSpec> views) {
        List<String> xmlIds = views.stream().map(ViewSpec::parentXmlId).distinct().toList();
        Map<String, Long> found = new HashMap<>();
        for (OdooRecord data : odoo.searchRead(OdooClient.NO_COMPANY, "ir.model.data",
                Domain.where("module", "=", PARENT_MODULE).and("model", "=", VIEW).and("name", "in", xmlIds),
                List.of("name", "res_id"), null, 0)) {
            found.put(data.text("name"), data.refId("res_id"));
        }
        for (String xmlId : xmlIds) {
            if (!found.containsKey(xmlId)) {
                throw RemoteFailure.permanent(RemoteFailure.Side.ERP, "Odoo has no view " + PARENT_MODULE + "."
                        + xmlId + " to extend (is the Invoicing app installed?)");
            }
        }
        return found;
    }

    /** The bridge's views by name, archived ones included (an administrator may have archived one). */
    private Map<String, OdooRecord> existing(List<ViewSpec> views) {
        List<String> names = views.stream().map(ViewSpec::name).toList();
        Map<String, Object> kwargs = new HashMap<>();
        kwargs.put("fields", List.of("name", "arch", "inherit_id", "active"));
        kwargs.put("context", Map.of("active_test", false));
        Map<String, OdooRecord> byName = new LinkedHashMap<>();
        for (OdooRecord view : OdooRecord.listOf(odoo.read(OdooClient.NO_COMPANY, VIEW, "search_read",
                List.of(Domain.where("model", "=", KraviaCaseFields.MODEL).and("name", "in", names).toList()),
                kwargs))) {
            byName.putIfAbsent(view.text("name"), view);
        }
        return byName;
    }
}
