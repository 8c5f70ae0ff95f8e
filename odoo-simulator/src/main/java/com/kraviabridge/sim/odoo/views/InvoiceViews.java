package com.kraviabridge.sim.odoo.views;

import com.kraviabridge.sim.odoo.orm.Env;
import com.kraviabridge.sim.odoo.orm.Rec;

/**
 * The invoice views of module account that integrations extend, with their XML ids: the invoice form, the
 * invoice list (a tree in 17, a list from 18) and the customer invoice list that inherits it, and the invoice
 * search. Their archs are cut down to the elements that are in all of 17, 18 and 19 (the list keeps
 * payment_state only in 17), which are what an extension may safely be anchored on.
 */
public final class InvoiceViews {
    private InvoiceViews() {
    }

    public static void load(Env env) {
        boolean seventeen = !env.version().atLeast(18);
        String listTag = seventeen ? "tree" : "list";
        view(env, "view_move_form", "account.move.form", "form", """
                <form string="Account Entry" js_class="account_move_form">
                    <header>
                        <field name="state" widget="statusbar" statusbar_visible="draft,posted"/>
                    </header>
                    <sheet>
                        <div class="oe_title">
                            <h1><field name="name" readonly="state != 'draft'"/></h1>
                        </div>
                        <group>
                            <group id="header_left_group">
                                <field name="partner_id" widget="res_partner_many2one"/>
                                <field name="ref"/>
                                <field name="payment_reference"/>
                            </group>
                            <group id="header_right_group">
                                <field name="invoice_date"/>
                                <div class="d-flex">
                                    <field name="invoice_date_due"/>
                                </div>
                                <field name="journal_id"/>
                                <field name="currency_id"/>
                            </group>
                        </group>
                        <notebook>
                            <page id="other_tab" string="Other Info" name="other_info">
                                <group id="other_tab_group">
                                    <field name="invoice_origin"/>
                                    <field name="move_type" invisible="1"/>
                                    <field name="payment_state" invisible="1"/>
                                </group>
                            </page>
                        </notebook>
                    </sheet>
                </form>
                """, null);
        Rec list = view(env, "view_invoice_tree", "account.invoice.list", listTag, "<" + listTag
                + " string=\"Invoices\" js_class=\"account_tree\" sample=\"1\">\n"
                + "    <field name=\"name\"/>\n"
                + "    <field name=\"partner_id\"/>\n"
                + "    <field name=\"invoice_date\" optional=\"show\"/>\n"
                + "    <field name=\"invoice_date_due\" optional=\"show\"/>\n"
                + "    <field name=\"ref\" optional=\"hide\"/>\n"
                + "    <field name=\"payment_reference\" optional=\"hide\"/>\n"
                + "    <field name=\"amount_total\" optional=\"show\"/>\n"
                + (seventeen ? "    <field name=\"payment_state\" optional=\"show\"/>\n" : "")
                + "    <field name=\"state\" optional=\"show\"/>\n"
                + "</" + listTag + ">\n", null);
        view(env, "view_out_invoice_tree", "account.out.invoice." + listTag, listTag, """
                <field name="invoice_date" position="attributes">
                    <attribute name="string">Invoice Date</attribute>
                </field>
                """, list);
        view(env, "view_account_invoice_filter", "account.invoice.select", "search", """
                <search string="Search Invoice">
                    <field name="name" string="Number"/>
                    <field name="partner_id" operator="child_of"/>
                    <field name="journal_id"/>
                    <separator/>
                    <filter name="draft" string="Draft" domain="[('state', '=', 'draft')]"/>
                    <filter name="posted" string="Posted" domain="[('state', '=', 'posted')]"/>
                    <separator/>
                    <filter name="open" string="Unpaid" domain="[('state', '=', 'posted'), ('payment_state', 'in', ('not_paid', 'partial'))]"/>
                    <filter name="late" string="Overdue" domain="[('invoice_date_due', '&lt;', time.strftime('%Y-%m-%d')), ('state', '=', 'posted'), ('payment_state', 'in', ('not_paid', 'partial'))]"/>
                    <separator/>
                    <filter name="invoice_date" string="Invoice Date" date="invoice_date"/>
                </search>
                """, null);
    }

    private static Rec view(Env env, String xmlId, String name, String type, String arch, Rec primaryParent) {
        Rec view = env.insert("ir.ui.view");
        env.put(view, "name", name);
        env.put(view, "model", "account.move");
        env.put(view, "type", type);
        env.put(view, "arch", arch);
        env.put(view, "mode", "primary");
        env.put(view, "priority", 16);
        env.put(view, "active", true);
        if (primaryParent != null) {
            env.put(view, "inherit_id", primaryParent.id());
        }
        Rec data = env.insert("ir.model.data");
        env.put(data, "module", "account");
        env.put(data, "name", xmlId);
        env.put(data, "model", "ir.ui.view");
        env.put(data, "res_id", view.id());
        env.put(data, "noupdate", false);
        return view;
    }
}
