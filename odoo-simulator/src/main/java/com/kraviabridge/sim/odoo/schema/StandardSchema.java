package com.kraviabridge.sim.odoo.schema;

import com.kraviabridge.sim.odoo.OdooVersion;
import com.kraviabridge.sim.odoo.accounting.CurrencyRates;
import com.kraviabridge.sim.odoo.accounting.MoveNames;
import com.kraviabridge.sim.odoo.accounting.PaymentLinks;
import com.kraviabridge.sim.odoo.mail.ActivityModels;
import com.kraviabridge.sim.odoo.orm.Env;
import com.kraviabridge.sim.odoo.orm.ModelBuilder;
import com.kraviabridge.sim.odoo.orm.Rec;
import com.kraviabridge.sim.odoo.orm.Registry;
import com.kraviabridge.sim.odoo.orm.SchemaBuilder;
import com.kraviabridge.sim.odoo.views.ViewModels;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The models and fields the bridge touches, as each Odoo version names them (see
 * docs/odoo-notes.md §4: renamed fields must fail where they do not exist).
 */
public final class StandardSchema {
    private static final String BILLING = "Invoicing / Billing";
    private static final String SETTINGS = "Administration / Settings";
    private static final Set<String> INVOICE_LINE_TYPES = Set.of("product", "line_section", "line_note");

    private StandardSchema() {
    }

    public static Registry build(OdooVersion v) {
        SchemaBuilder s = new SchemaBuilder(v);
        company(s, v);
        partner(s, v);
        reference(s);
        users(s);
        account(s, v);
        journalAndTax(s, v);
        move(s, v);
        moveLine(s, v);
        payment(s, v);
        reconcile(s, v);
        mail(s, v);
        irModel(s);
        ViewModels.define(s, v);
        ActivityModels.define(s, v);
        return s.build();
    }

    private static void company(SchemaBuilder s, OdooVersion v) {
        ModelBuilder m = s.model("res.company", "Companies").order("sequence, name");
        m.char_("name", "Company Name").required();
        m.m2o("partner_id", "Partner", "res.partner").required().ondelete("restrict");
        m.m2o("currency_id", "Currency", "res.currency").required().ondelete("restrict");
        m.m2o("country_id", "Country", "res.country").related("partner_id.country_id", false);
        // Defined by account up to 17 and by base from 18, so every database with invoices has it; without a
        // label of its own it shows that of res.country.code.
        m.char_("country_code", "Country Code").related("country_id.code", false).readonly().depends("country_id");
        for (String f : List.of("street", "street2", "zip", "city", "email", "phone")) {
            m.char_(f, label(f)).related("partner_id." + f, false);
        }
        m.char_("vat", "Tax ID").related("partner_id.vat", false);
        m.char_("company_registry", "Company ID").related("partner_id.company_registry", false);
        if (v.atLeast(17)) {
            m.m2o("parent_id", "Parent Company", "res.company").indexed();
        }
        m.bool("active", "Active").defaultValue(true);
        m.integer("sequence", "Sequence").defaultValue(10);
        m.date("fiscalyear_lock_date", "Lock Date");
        m.date("tax_lock_date", "Tax Return Lock Date");
        if (v.atLeast(18)) {
            m.date("hard_lock_date", "Hard Lock Date");
            m.date("sale_lock_date", "Sales Lock Date");
        } else {
            m.date("period_lock_date", "Journal Entries Lock Date");
        }
    }

    private static void partner(SchemaBuilder s, OdooVersion v) {
        ModelBuilder m = s.model("res.partner", "Contact").order("complete_name ASC, id DESC").parent("parent_id")
                .company("company_id").mailThread().displayName(StandardSchema::partnerName);
        m.char_("name", "Name");
        m.char_("complete_name", "Complete Name").compute((env, r) -> partnerName(env, r), true);
        m.bool("is_company", "Is a Company");
        m.selection("company_type", "Company Type", "person", "Individual", "company", "Company")
                .compute((env, r) -> env.bool(r, "is_company") ? "company" : "person", false);
        m.m2o("parent_id", "Related Company", "res.partner").indexed();
        m.o2m("child_ids", "Contact", "res.partner", "parent_id");
        m.m2o("commercial_partner_id", "Commercial Entity", "res.partner")
                .compute((env, r) -> commercialPartner(env, r).id(), true);
        m.char_("vat", "Tax ID");
        m.char_("company_registry", "Company ID");
        m.char_("street", "Street");
        m.char_("street2", "Street2");
        m.char_("zip", "Zip");
        m.char_("city", "City");
        m.m2o("country_id", "Country", "res.country").ondelete("restrict");
        // Related in base since Odoo 15, so every simulated version has it.
        m.char_("country_code", "Country Code").related("country_id.code", false).readonly();
        m.char_("email", "Email");
        m.char_("phone", "Phone");
        if (!v.atLeast(19)) {
            // both gone in 19, where reading them is a ValueError
            m.char_("mobile", "Mobile");
            m.m2o("title", "Title", "res.partner.title");
            ModelBuilder title = s.model("res.partner.title", "Partner Title").order("name");
            title.char_("name", "Title").required();
            title.char_("shortcut", "Abbreviation");
        }
        m.char_("ref", "Reference");
        m.char_("lang", "Language").defaultValue("en_US");
        m.bool("active", "Active").defaultValue(true);
        m.m2o("company_id", "Company", "res.company").indexed();
        m.m2m("category_id", "Tags", "res.partner.category");
        m.selection("type", "Address Type", "contact", "Contact", "invoice", "Invoice Address", "delivery",
                "Delivery Address", "other", "Other Address").defaultValue("contact");
        m.integer("customer_rank", "Customer Rank");
        m.integer("supplier_rank", "Supplier Rank");
        m.html("comment", "Notes");

        ModelBuilder tag = s.model("res.partner.category", "Partner Tags").order("name").parent("parent_id");
        tag.char_("name", "Tag Name").required();
        tag.integer("color", "Color");
        tag.m2o("parent_id", "Parent Category", "res.partner.category").ondelete("cascade");
        tag.bool("active", "Active").defaultValue(true);
        tag.m2m("partner_ids", "Partners", "res.partner").compute((env, r) -> {
            List<Integer> ids = new ArrayList<>();
            for (Rec p : env.table("res.partner").scan()) {
                if (env.ids(p, "category_id").contains(r.id())) {
                    ids.add(p.id());
                }
            }
            return ids;
        }, true);
    }

    static String partnerName(Env env, Rec r) {
        String name = env.str(r, "name");
        Rec parent = env.ref(r, "parent_id");
        if (parent != null && !env.bool(r, "is_company")) {
            String parentName = env.str(parent, "name");
            return (parentName == null ? "" : parentName) + ", " + (name == null ? "" : name);
        }
        return name;
    }

    /** The partner itself if it is a company or has no parent, else the parent's. */
    public static Rec commercialPartner(Env env, Rec r) {
        Rec cur = r;
        for (int guard = 0; guard < 32; guard++) {
            Rec parent = env.ref(cur, "parent_id");
            if (env.bool(cur, "is_company") || parent == null) {
                return cur;
            }
            cur = parent;
        }
        return cur;
    }

    private static void reference(SchemaBuilder s) {
        ModelBuilder country = s.model("res.country", "Country").order("name");
        country.char_("name", "Country Name").required();
        country.char_("code", "Country Code");
        country.m2o("currency_id", "Currency", "res.currency");
        country.integer("phone_code", "Country Calling Code");

        ModelBuilder cur = s.model("res.currency", "Currency").order("active desc, name");
        cur.char_("name", "Currency").required();
        cur.char_("full_name", "Name");
        cur.char_("symbol", "Symbol").required();
        cur.float_("rounding", "Rounding Factor").defaultValue(0.01);
        cur.integer("decimal_places", "Decimal Places").compute((env, r) -> decimalPlaces(env, r), true);
        cur.bool("active", "Active").defaultValue(true);
        cur.selection("position", "Symbol Position", "after", "After Amount", "before", "Before Amount")
                .defaultValue("after");
        cur.float_("rate", "Current Rate").compute((env, r) -> CurrencyRates.rate(env, r.id(), env.today()), false);
        cur.o2m("rate_ids", "Rates", "res.currency.rate", "currency_id");

        ModelBuilder rate = s.model("res.currency.rate", "Currency Rate").order("name desc").company("company_id");
        rate.date("name", "Date").required();
        rate.float_("rate", "Technical Rate").defaultValue(1.0);
        rate.m2o("currency_id", "Currency", "res.currency").required().ondelete("cascade").indexed();
        rate.m2o("company_id", "Company", "res.company");
    }

    /** {@code decimal_places} derives from the rounding factor (0.01 → 2). */
    public static int decimalPlaces(Env env, Rec currency) {
        Object r = env.get(currency, "rounding");
        double rounding = r == null ? 0.01 : (Double) r;
        if (rounding <= 0 || rounding >= 1) {
            return 0;
        }
        return (int) Math.ceil(Math.log10(1 / rounding));
    }

    private static void users(SchemaBuilder s) {
        ModelBuilder u = s.model("res.users", "User").order("name, login").company("company_id");
        u.m2o("partner_id", "Related Partner", "res.partner").required().ondelete("restrict");
        u.char_("name", "Name").related("partner_id.name", true);
        u.char_("login", "Login").required();
        u.m2o("company_id", "Company", "res.company").required();
        u.m2m("company_ids", "Companies", "res.company");
        u.bool("active", "Active").defaultValue(true);
        u.char_("lang", "Language").defaultValue("en_US");
        u.char_("tz", "Timezone").defaultValue("Europe/Oslo");
        u.bool("share", "Share User");
    }

    private static void account(SchemaBuilder s, OdooVersion v) {
        ModelBuilder a = s.model("account.account", "Account").order("code").acl(BILLING)
                .company(v.atLeast(18) ? "company_ids" : "company_id")
                .displayName((env, r) -> env.str(r, "code") + " " + env.str(r, "name"));
        a.char_("code", "Code").required();
        a.char_("name", "Account Name").required();
        a.selection("account_type", "Type", accountTypes(v)).required();
        a.bool("reconcile", "Allow Reconciliation");
        if (v.atLeast(18)) {
            a.m2m("company_ids", "Companies", "res.company").required();
        } else {
            a.m2o("company_id", "Company", "res.company").required().indexed();
        }
        a.m2o("currency_id", "Account Currency", "res.currency");
        if (v.atLeast(19)) {
            a.bool("active", "Active").defaultValue(true);
        } else {
            a.bool("deprecated", "Deprecated");
        }
        a.selection("internal_group", "Internal Group", "equity", "Equity", "asset", "Asset", "liability",
                "Liability", "income", "Income", "expense", "Expense", v.atLeast(18) ? "off" : "off_balance",
                "Off Balance").compute((env, r) -> internalGroup(env.str(r, "account_type"), env.version()), true);
        a.text("note", "Internal Notes");
    }

    private static String[] accountTypes(OdooVersion v) {
        List<String> kl = new ArrayList<>(List.of(
                "asset_receivable", "Receivable", "asset_cash", "Bank and Cash", "asset_current", "Current Assets",
                "asset_non_current", "Non-current Assets", "asset_prepayments", "Prepayments", "asset_fixed",
                "Fixed Assets", "liability_payable", "Payable", "liability_credit_card", "Credit Card",
                "liability_current", "Current Liabilities", "liability_non_current", "Non-current Liabilities",
                "equity", "Equity", "equity_unaffected", "Current Year Earnings", "income", "Income", "income_other",
                "Other Income", "expense", "Expenses", "expense_depreciation", "Depreciation", "expense_direct_cost",
                "Cost of Revenue"));
        if (v.atLeast(19)) {
            kl.addAll(List.of("expense_other", "Other Expenses"));
        }
        kl.addAll(List.of("off_balance", "Off-Balance Sheet"));
        return kl.toArray(new String[0]);
    }

    private static String internalGroup(String type, OdooVersion v) {
        if (type == null) {
            return null;
        }
        if (type.equals("off_balance")) {
            return v.atLeast(18) ? "off" : "off_balance";
        }
        return type.substring(0, type.indexOf('_') < 0 ? type.length() : type.indexOf('_'));
    }

    private static void journalAndTax(SchemaBuilder s, OdooVersion v) {
        ModelBuilder j = s.model("account.journal", "Journal").order("sequence, type, code").acl(BILLING)
                .company("company_id").mailThread().displayName((env, r) -> {
                    String name = env.str(r, "name");
                    Rec cur = env.ref(r, "currency_id");
                    Rec company = env.ref(r, "company_id");
                    if (cur != null && company != null && !cur.equals(env.ref(company, "currency_id"))) {
                        return name + " (" + env.str(cur, "name") + ")";
                    }
                    return name;
                });
        j.char_("name", "Journal Name").required();
        j.char_("code", "Short Code").required();
        List<String> types = new ArrayList<>(List.of("sale", "Sales", "purchase", "Purchase", "cash", "Cash", "bank",
                "Bank"));
        if (v.atLeast(18)) {
            types.addAll(List.of("credit", "Credit Card"));
        }
        types.addAll(List.of("general", "Miscellaneous"));
        j.selection("type", "Type", types.toArray(new String[0])).required();
        j.m2o("company_id", "Company", "res.company").required();
        j.m2o("default_account_id", "Default Account", "account.account").ondelete("restrict");
        j.m2o("currency_id", "Currency", "res.currency");
        j.bool("active", "Active").defaultValue(true);
        j.bool("refund_sequence", "Dedicated Credit Note Sequence");
        j.bool("payment_sequence", "Dedicated Payment Sequence");
        j.integer("sequence", "Sequence").defaultValue(10);
        j.m2o("suspense_account_id", "Suspense Account", "account.account").ondelete("restrict");

        ModelBuilder t = s.model("account.tax", "Tax").order("sequence, id").acl(BILLING).company("company_id");
        t.char_("name", "Tax Name").required();
        t.float_("amount", "Amount");
        t.selection("amount_type", "Tax Computation", "group", "Group of Taxes", "fixed", "Fixed", "percent",
                "Percentage of Price", "division", "Percentage of Price Tax Included").defaultValue("percent");
        t.selection("type_tax_use", "Tax Type", "sale", "Sales", "purchase", "Purchases", "none", "None")
                .defaultValue("sale");
        t.bool("price_include", "Included in Price");
        t.m2o("company_id", "Company", "res.company").required();
        t.bool("active", "Active").defaultValue(true);
        t.integer("sequence", "Sequence").defaultValue(1);
        ModelBuilder rep = s.model("account.tax.repartition.line", "Tax Repartition Line")
                .order(v.atLeast(17) ? "document_type, repartition_type, sequence, id" : "sequence, repartition_type, id")
                .acl(BILLING).company("company_id");
        if (v.atLeast(17)) {
            // one link to the tax, the two kinds of line told apart by document_type
            t.o2m("invoice_repartition_line_ids", "Distribution for Invoices", "account.tax.repartition.line",
                    "tax_id").filter((env, line) -> "invoice".equals(env.str(line, "document_type")));
            t.o2m("refund_repartition_line_ids", "Distribution for Refund Invoices", "account.tax.repartition.line",
                    "tax_id").filter((env, line) -> "refund".equals(env.str(line, "document_type")));
            rep.m2o("tax_id", "Tax", "account.tax").ondelete("cascade").indexed();
            rep.selection("document_type", "Related to", "invoice", "Invoice", "refund", "Refund").required();
        } else {
            // up to 16 a line hangs on the tax by one of two links, and tax_id is computed from them
            t.o2m("invoice_repartition_line_ids", "Distribution for Invoices", "account.tax.repartition.line",
                    "invoice_tax_id");
            t.o2m("refund_repartition_line_ids", "Distribution for Refund Invoices", "account.tax.repartition.line",
                    "refund_tax_id");
            rep.m2o("invoice_tax_id", "Tax", "account.tax").ondelete("cascade").indexed();
            rep.m2o("refund_tax_id", "Tax", "account.tax").ondelete("cascade").indexed();
            rep.m2o("tax_id", "Tax", "account.tax").compute((env, r) -> {
                Integer invoiceTax = env.id(r, "invoice_tax_id");
                return invoiceTax != null ? invoiceTax : env.id(r, "refund_tax_id");
            }, true);
        }
        rep.selection("repartition_type", "Based On", "base", "Base", "tax", "of tax").required()
                .defaultValue("tax");
        rep.float_("factor_percent", "%").defaultValue(100.0);
        rep.m2o("account_id", "Account", "account.account").ondelete("restrict");
        rep.m2m("tag_ids", "Tax Grids", "account.account.tag");
        rep.m2o("company_id", "Company", "res.company").related("tax_id.company_id", true);
        rep.integer("sequence", "Sequence").defaultValue(1);

        ModelBuilder tag = s.model("account.account.tag", "Account Tag").order("name").acl(BILLING);
        tag.char_("name", "Tag Name").required();
        tag.selection("applicability", "Applicability", "accounts", "Accounts", "taxes", "Taxes", "products",
                "Products").required().defaultValue("accounts");
        tag.m2o("country_id", "Country", "res.country");
        tag.bool("active", "Active").defaultValue(true);
    }

    private static void move(SchemaBuilder s, OdooVersion v) {
        ModelBuilder m = s.model("account.move", "Journal Entry").order("date desc, name desc, id desc").acl(BILLING)
                .company("company_id").mailThread().displayName(MoveNames::displayName);
        m.char_("name", "Number").defaultValue("/");
        m.char_("ref", "Reference");
        m.date("date", "Date").required();
        m.selection("state", "Status", "draft", "Draft", "posted", "Posted", "cancel", "Cancelled").required()
                .defaultValue("draft");
        m.selection("move_type", "Type", "entry", "Journal Entry", "out_invoice", "Customer Invoice", "out_refund",
                "Customer Credit Note", "in_invoice", "Vendor Bill", "in_refund", "Vendor Credit Note", "out_receipt",
                "Sales Receipt", "in_receipt", "Purchase Receipt").required().defaultValue("entry");
        List<String> payStates = new ArrayList<>(List.of("not_paid", "Not Paid", "in_payment", "In Payment", "paid",
                "Paid", "partial", "Partially Paid", "reversed", "Reversed"));
        if (v.atLeast(18)) {
            payStates.addAll(List.of("blocked", "Blocked"));
        }
        payStates.addAll(List.of("invoicing_legacy", "Invoicing App Legacy"));
        m.selection("payment_state", "Payment Status", payStates.toArray(new String[0])).readonly()
                .defaultValue("not_paid");
        m.m2o("journal_id", "Journal", "account.journal").required().ondelete("restrict");
        m.m2o("company_id", "Company", "res.company").required();
        m.m2o("company_currency_id", "Company Currency", "res.currency").related("company_id.currency_id", true);
        m.m2o("currency_id", "Currency", "res.currency").required();
        m.m2o("partner_id", "Partner", "res.partner").ondelete("restrict").indexed();
        m.m2o("commercial_partner_id", "Commercial Entity", "res.partner").compute((env, r) -> {
            Rec p = env.ref(r, "partner_id");
            return p == null ? null : commercialPartner(env, p).id();
        }, true);
        m.o2m("line_ids", "Journal Items", "account.move.line", "move_id");
        m.o2m("invoice_line_ids", "Invoice lines", "account.move.line", "move_id")
                .filter((env, line) -> INVOICE_LINE_TYPES.contains(env.str(line, "display_type")));
        m.date("invoice_date", "Invoice/Bill Date");
        m.date("invoice_date_due", "Due Date");
        m.char_("payment_reference", "Payment Reference");
        m.char_("invoice_origin", "Origin");
        m.html("narration", "Terms and Conditions");
        for (String f : List.of("amount_untaxed", "amount_tax", "amount_total", "amount_residual")) {
            m.monetary(f, label(f), "currency_id").readonly();
        }
        for (String f : List.of("amount_untaxed_signed", "amount_tax_signed", "amount_total_signed",
                "amount_residual_signed")) {
            m.monetary(f, label(f), "company_currency_id").readonly();
        }
        m.monetary("amount_total_in_currency_signed", "Total in Currency Signed", "currency_id").readonly();
        m.m2o("reversed_entry_id", "Reversal of", "account.move").indexed();
        m.o2m(v.atLeast(18) ? "reversal_move_ids" : "reversal_move_id", "Reversal Move", "account.move",
                "reversed_entry_id");
        if (v.atLeast(18)) {
            m.m2o("origin_payment_id", "Payment", "account.payment").indexed();
            m.m2m("matched_payment_ids", "Matched Payments", "account.payment").compute((env, r) -> {
                List<Integer> ids = new ArrayList<>();
                for (Rec p : env.table("account.payment").scan()) {
                    if (env.ids(p, "invoice_ids").contains(r.id())) {
                        ids.add(p.id());
                    }
                }
                return ids;
            }, true);
            m.bool("checked", "Reviewed").defaultValue(true);
        } else {
            m.m2o("payment_id", "Payment", "account.payment").indexed();
            m.bool("to_check", "To Check");
        }
        m.m2o("statement_line_id", "Statement Line", "account.bank.statement.line");
        m.bool("posted_before", "Posted Before");
        m.selection("auto_post", "Auto-post", "no", "No", "at_date", "At Date", "monthly", "Monthly", "quarterly",
                "Quarterly", "yearly", "Yearly").defaultValue("no");
        m.char_("sequence_prefix", "Sequence Prefix").readonly();
        m.integer("sequence_number", "Sequence Number").readonly();
        m.binary("invoice_payments_widget", "Invoice Payments Widget")
                .compute(com.kraviabridge.sim.odoo.accounting.PaymentsWidget::compute, false);
        m.o2m("message_ids", "Messages", "mail.message", "res_id").filter((env, msg) ->
                "account.move".equals(env.str(msg, "model")));
        m.m2o("invoice_user_id", "Salesperson", "res.users").defaultValue(env -> env.uid());
    }

    private static void moveLine(SchemaBuilder s, OdooVersion v) {
        ModelBuilder l = s.model("account.move.line", "Journal Item").order("date desc, move_name desc, id")
                .acl(BILLING).company("company_id").displayName((env, r) -> {
                    String move = env.str(r, "move_name");
                    String name = env.str(r, "name");
                    String base = move == null || move.equals("/") ? "" : move;
                    return name == null || name.isEmpty() ? base : (base.isEmpty() ? name : base + " " + name);
                });
        l.m2o("move_id", "Journal Entry", "account.move").required().ondelete("cascade").indexed();
        l.char_("move_name", "Number").related("move_id.name", true);
        l.selection("parent_state", "Status", "draft", "Draft", "posted", "Posted", "cancel", "Cancelled")
                .related("move_id.state", true);
        l.m2o("journal_id", "Journal", "account.journal").related("move_id.journal_id", true);
        l.m2o("company_id", "Company", "res.company").related("move_id.company_id", true);
        l.m2o("company_currency_id", "Company Currency", "res.currency").related("move_id.company_id.currency_id", true);
        l.m2o("account_id", "Account", "account.account").required().ondelete("restrict").indexed();
        l.selection("account_type", "Internal Type", accountTypes(v)).related("account_id.account_type", true);
        l.char_("name", "Label");
        l.char_("ref", "Reference").related("move_id.ref", true);
        l.date("date", "Date").related("move_id.date", true);
        l.date("date_maturity", "Due Date");
        l.monetary("debit", "Debit", "company_currency_id");
        l.monetary("credit", "Credit", "company_currency_id");
        l.monetary("balance", "Balance", "company_currency_id");
        l.monetary("amount_currency", "Amount in Currency", "currency_id");
        l.m2o("currency_id", "Currency", "res.currency").required();
        l.m2o("partner_id", "Partner", "res.partner").ondelete("restrict");
        l.bool("reconciled", "Reconciled").readonly();
        l.monetary("amount_residual", "Residual Amount", "company_currency_id").readonly();
        l.monetary("amount_residual_currency", "Residual Amount in Currency", "currency_id").readonly();
        l.o2m("matched_debit_ids", "Matched Debits", "account.partial.reconcile", "credit_move_id");
        l.o2m("matched_credit_ids", "Matched Credits", "account.partial.reconcile", "debit_move_id");
        l.m2o("full_reconcile_id", "Matching", "account.full.reconcile").indexed();
        l.char_("matching_number", "Matching #").readonly();
        List<String> types = new ArrayList<>(List.of("product", "Product", "cogs", "Cost of Goods Sold", "tax", "Tax",
                "rounding", "Rounding", "payment_term", "Payment Term", "line_section", "Section", "line_note", "Note",
                "epd", "Early Payment Discount"));
        if (v.atLeast(17)) {
            types.addAll(List.of("discount", "Discount"));
        }
        if (v.atLeast(19)) {
            types.addAll(List.of("line_subsection", "Subsection", "non_deductible_product", "Non Deductible Products",
                    "non_deductible_product_total", "Non Deductible Products Total", "non_deductible_tax",
                    "Non Deductible Tax"));
        }
        l.selection("display_type", "Display Type", types.toArray(new String[0])).required().defaultValue("product");
        l.float_("quantity", "Quantity").defaultValue(1.0);
        l.float_("price_unit", "Unit Price");
        l.monetary("price_subtotal", "Subtotal", "currency_id");
        l.monetary("price_total", "Total", "currency_id");
        l.m2m("tax_ids", "Taxes", "account.tax");
        // A line is a tax line by its repartition line; the tax follows from it (a stored related field),
        // and the tags, which the tax report sums, are a plain field the creator of the line fills in.
        l.m2o("tax_repartition_line_id", "Originator Tax Distribution Line", "account.tax.repartition.line")
                .ondelete("restrict");
        l.m2o("tax_line_id", "Originator Tax", "account.tax").related("tax_repartition_line_id.tax_id", true)
                .readonly();
        l.m2m("tax_tag_ids", "Tags", "account.account.tag");
        l.monetary("tax_base_amount", "Base Amount", "company_currency_id");
        l.m2o("payment_id", "Originator Payment", "account.payment")
                .related(v.atLeast(18) ? "move_id.origin_payment_id" : "move_id.payment_id", true);
        if (!v.atLeast(18)) {
            l.bool("blocked", "No Follow-up");
        }
        if (!v.atLeast(19)) {
            l.bool("tax_tag_invert", "Invert Tags").readonly();
        }
        if (v.atLeast(19)) {
            l.bool("no_followup", "No Follow-Up");
        }
        l.integer("sequence", "Sequence").defaultValue(10);
    }

    private static void payment(SchemaBuilder s, OdooVersion v) {
        ModelBuilder p = s.model("account.payment", "Payments").order("date desc, name desc").acl(BILLING)
                .company("company_id").mailThread();
        if (v.atLeast(18)) {
            p.char_("name", "Number").defaultValue("/");
            p.date("date", "Date").required();
            p.char_("memo", "Memo");
            p.selection("state", "Status", "draft", "Draft", "in_process", "In Process", "paid", "Paid", "canceled",
                    "Canceled", "rejected", "Rejected").required().defaultValue("draft");
            p.m2o("journal_id", "Journal", "account.journal").required();
            p.m2o("company_id", "Company", "res.company").required();
            p.m2o("move_id", "Journal Entry", "account.move").ondelete("cascade").indexed();
            p.m2m("invoice_ids", "Invoices", "account.move");
        } else {
            // account.payment _inherits account.move: these columns live on the move
            p.m2o("move_id", "Journal Entry", "account.move").required().ondelete("cascade").indexed();
            p.char_("name", "Number").related("move_id.name", true);
            p.date("date", "Date").related("move_id.date", true);
            p.char_("ref", "Reference").related("move_id.ref", true);
            p.selection("state", "Status", "draft", "Draft", "posted", "Posted", "cancel", "Cancelled")
                    .related("move_id.state", true);
            p.m2o("journal_id", "Journal", "account.journal").related("move_id.journal_id", true);
            p.m2o("company_id", "Company", "res.company").related("move_id.company_id", true);
            p.bool("is_internal_transfer", "Internal Transfer");
        }
        p.monetary("amount", "Amount", "currency_id");
        p.m2o("currency_id", "Currency", "res.currency").required();
        p.m2o("partner_id", "Customer/Vendor", "res.partner").ondelete("restrict");
        p.selection("payment_type", "Payment Type", "outbound", "Send", "inbound", "Receive").required()
                .defaultValue("inbound");
        p.selection("partner_type", "Partner Type", "customer", "Customer", "supplier", "Vendor")
                .defaultValue("customer");
        p.char_("payment_reference", "Payment Reference");
        p.m2o("outstanding_account_id", "Outstanding Account", "account.account");
        p.m2o("destination_account_id", "Destination Account", "account.account");
        p.bool("is_reconciled", "Is Reconciled").compute(PaymentLinks::isReconciled, true);
        p.bool("is_matched", "Is Matched With a Bank Statement").compute(PaymentLinks::isMatched, true);
        p.m2m("reconciled_invoice_ids", "Reconciled Invoices", "account.move")
                .compute(PaymentLinks::reconciledInvoices, false);

        // _inherits account.move: every statement line has its own entry (liquidity line and suspense line)
        ModelBuilder st = s.model("account.bank.statement.line", "Bank Statement Line").order("date desc, id desc")
                .acl(BILLING).company("company_id");
        st.m2o("move_id", "Journal Entry", "account.move").required().ondelete("cascade").indexed();
        st.m2o("journal_id", "Journal", "account.journal").related("move_id.journal_id", true);
        st.m2o("company_id", "Company", "res.company").related("move_id.company_id", true);
        st.date("date", "Date").related("move_id.date", true);
        st.char_("name", "Number").related("move_id.name", true).readonly();
        st.selection("state", "Status", "draft", "Draft", "posted", "Posted", "cancel", "Cancelled")
                .related("move_id.state", true).readonly();
        st.integer("sequence", "Sequence").defaultValue(1);
        st.m2o("partner_id", "Partner", "res.partner").ondelete("restrict");
        st.char_("account_number", "Bank Account Number");
        st.char_("partner_name", "Partner Name");
        st.char_("transaction_type", "Transaction Type");
        st.char_("payment_ref", "Label");
        st.m2o("currency_id", "Journal Currency", "res.currency").compute((env, r) -> {
            Rec journal = env.ref(r, "journal_id");
            Integer cur = journal == null ? null : env.id(journal, "currency_id");
            return cur != null || journal == null ? cur : env.id(env.ref(journal, "company_id"), "currency_id");
        }, true);
        st.monetary("amount", "Amount", "currency_id");
        st.m2o("foreign_currency_id", "Foreign Currency", "res.currency");
        st.monetary("amount_currency", "Amount in Currency", "foreign_currency_id");
        st.float_("amount_residual", "Residual Amount")
                .compute(com.kraviabridge.sim.odoo.accounting.StatementLines::residual, true);
        st.bool("is_reconciled", "Is Reconciled")
                .compute(com.kraviabridge.sim.odoo.accounting.StatementLines::isReconciled, true);
        st.m2m("payment_ids", "Auto-generated Payments", "account.payment");
    }

    private static void reconcile(SchemaBuilder s, OdooVersion v) {
        ModelBuilder full = s.model("account.full.reconcile", "Full Reconcile").acl(BILLING);
        full.char_("name", "Number");
        full.o2m("partial_reconcile_ids", "Reconciliation Parts", "account.partial.reconcile", "full_reconcile_id");
        full.o2m("reconciled_line_ids", "Matched Journal Items", "account.move.line", "full_reconcile_id");
        if (!v.atLeast(19)) {
            full.m2o("exchange_move_id", "Exchange Move", "account.move");
        }

        ModelBuilder p = s.model("account.partial.reconcile", "Partial Reconcile").acl(BILLING).company("company_id");
        p.m2o("debit_move_id", "Debit Move", "account.move.line").required().ondelete("cascade").indexed();
        p.m2o("credit_move_id", "Credit Move", "account.move.line").required().ondelete("cascade").indexed();
        p.m2o("full_reconcile_id", "Full Reconcile", "account.full.reconcile").indexed();
        p.m2o("exchange_move_id", "Exchange Move", "account.move");
        p.m2o("company_id", "Company", "res.company").related("debit_move_id.company_id", true);
        p.m2o("company_currency_id", "Company Currency", "res.currency").related("company_id.currency_id", false);
        p.m2o("debit_currency_id", "Currency of the debit journal item", "res.currency")
                .related("debit_move_id.currency_id", true);
        p.m2o("credit_currency_id", "Currency of the credit journal item", "res.currency")
                .related("credit_move_id.currency_id", true);
        p.monetary("amount", "Amount", "company_currency_id");
        p.monetary("debit_amount_currency", "Debit Amount Currency", "debit_currency_id");
        p.monetary("credit_amount_currency", "Credit Amount Currency", "credit_currency_id");
        p.date("max_date", "Max Date of Matched Lines");
    }

    private static void mail(SchemaBuilder s, OdooVersion v) {
        ModelBuilder m = s.model("mail.message", "Message").order("id desc").recName("record_name");
        m.char_("model", "Related Document Model");
        m.integer("res_id", "Related Document ID").indexed();
        m.char_("record_name", "Message Record Name");
        m.html("body", "Contents").defaultValue("");
        m.char_("subject", "Subject");
        List<String> types = new ArrayList<>(List.of("email", "Incoming Email", "comment", "Comment", "notification",
                "System notification", "user_notification", "User Specific Notification"));
        if (v.atLeast(17)) {
            types.addAll(List.of("auto_comment", "Automated Targeted Notification", "email_outgoing",
                    "Outgoing Email"));
        }
        m.selection("message_type", "Type", types.toArray(new String[0])).required().defaultValue("comment");
        m.m2o("subtype_id", "Subtype", "mail.message.subtype").ondelete("set null");
        m.m2o("author_id", "Author", "res.partner");
        m.datetime("date", "Date");
        m.bool("is_internal", "Employee Only");
        m.m2o("mail_activity_type_id", "Mail Activity Type", "mail.activity.type").ondelete("set null");

        ModelBuilder st = s.model("mail.message.subtype", "Message subtypes").order("sequence, id");
        st.char_("name", "Message Type").required();
        st.text("description", "Description");
        st.bool("internal", "Internal Only");
        st.char_("res_model", "Model");
        st.bool("default", "Default").defaultValue(true);
        st.integer("sequence", "Sequence").defaultValue(1);
    }

    private static void irModel(SchemaBuilder s) {
        ModelBuilder m = s.model("ir.model", "Models").order("model").acl(SETTINGS);
        m.char_("name", "Model Description").required();
        m.char_("model", "Model").required();
        m.selection("state", "Type", "manual", "Custom Object", "base", "Base Object").defaultValue("manual");
        m.bool("transient", "Transient Model");
        m.o2m("field_id", "Fields", "ir.model.fields", "model_id");

        ModelBuilder f = s.model("ir.model.fields", "Fields").order("name").acl(SETTINGS).recName("field_description");
        f.char_("name", "Field Name").required();
        f.char_("model", "Model Name");
        f.m2o("model_id", "Model", "ir.model").required().ondelete("cascade").indexed();
        f.char_("field_description", "Field Label").required();
        f.selection("ttype", "Field Type", "binary", "binary", "boolean", "boolean", "char", "char", "date", "date",
                "datetime", "datetime", "float", "float", "html", "html", "integer", "integer", "many2many",
                "many2many", "many2one", "many2one", "monetary", "monetary", "one2many", "one2many", "selection",
                "selection", "text", "text").required();
        f.selection("state", "Type", "manual", "Custom Field", "base", "Base Field").required().defaultValue("manual");
        f.char_("relation", "Related Model");
        f.char_("relation_field", "Related Field");
        f.bool("required", "Required");
        f.bool("readonly", "Readonly");
        f.bool("store", "Stored").defaultValue(true);
        f.bool("index", "Indexed");
        f.text("help", "Field Help");
        f.text("selection", "Selection Options (Deprecated)");
    }

    private static String label(String field) {
        String[] parts = field.split("_");
        StringBuilder out = new StringBuilder();
        for (String p : parts) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(Character.toUpperCase(p.charAt(0))).append(p.substring(1));
        }
        return out.toString();
    }
}
