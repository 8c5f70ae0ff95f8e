package com.kraviabridge.sim.odoo.accounting;

import com.kraviabridge.sim.odoo.OdooVersion;
import com.kraviabridge.sim.odoo.orm.Env;
import com.kraviabridge.sim.odoo.orm.Rec;

import java.util.List;

/**
 * A small Norwegian-style chart per company: 1500 receivable, 2400 payable, 3000 income, 2700
 * output VAT, 2710 input VAT, the bank account, outstanding receipts and 1926 outstanding payments,
 * 7770 bank fees; 25 % sale and purchase VAT with their repartition lines and tax-report tags; journals INV (sale), BILL (purchase), BNK (bank), MISC
 * (general). As on a real Norwegian chart, the bank journal's account and the outstanding receipts
 * account have other codes in other versions, so a client must never hard-code them.
 */
public final class ChartInstaller {
    private ChartInstaller() {
    }

    public static CompanyAccounts.Chart install(Env env, int companyId) {
        CompanyAccounts.Chart chart = new CompanyAccounts.Chart();
        chart.receivable = account(env, companyId, "1500", "Customer Receivables", "asset_receivable", true);
        chart.payable = account(env, companyId, "2400", "Accounts Payable", "liability_payable", true);
        chart.income = account(env, companyId, "3000", "Sales Income", "income", false);
        int outputVat = account(env, companyId, "2700", "Output VAT", "liability_current", false);
        int inputVat = account(env, companyId, "2710", "Input VAT", "asset_current", false);
        chart.bank = account(env, companyId, bankAccountCode(env.version()), "Bank", "asset_cash", false);
        chart.outstandingReceipts = account(env, companyId, outstandingReceiptsCode(env.version()),
                "Outstanding Receipts", "asset_current", true);
        chart.outstandingPayments = account(env, companyId, "1926", "Outstanding Payments", "asset_current", true);
        account(env, companyId, "7770", "Bank Fees", "expense", false);
        // the company's bank suspense account: where an imported bank line waits until it is matched
        chart.suspense = account(env, companyId, "1959", "Bank Suspense Account", "asset_current", false);
        CompanyAccounts accounts = env.db().extension(CompanyAccounts.class, CompanyAccounts::new);
        chart.saleTax = tax(env, companyId, "Utgående mva 25 %", "sale", outputVat, "3");
        chart.purchaseTax = tax(env, companyId, "Inngående mva 25 %", "purchase", inputVat, "1");
        chart.saleJournal = journal(env, companyId, "Customer Invoices", "INV", "sale", chart.income, 5);
        env.put(env.rec("account.journal", chart.saleJournal), "refund_sequence", true);
        journal(env, companyId, "Vendor Bills", "BILL", "purchase", null, 6);
        chart.bankJournal = journal(env, companyId, "Bank", "BNK", "bank", chart.bank, 7);
        env.put(env.rec("account.journal", chart.bankJournal), "payment_sequence", true);
        env.put(env.rec("account.journal", chart.bankJournal), "suspense_account_id", chart.suspense);
        chart.miscJournal = journal(env, companyId, "Miscellaneous Operations", "MISC", "general", null, 9);
        accounts.put(companyId, chart);
        return chart;
    }

    /** The bank journal's default account: 19201 up to 17, 1921 from 18 (as measured on 17, 18 and 19). */
    public static String bankAccountCode(OdooVersion version) {
        return version.atLeast(18) ? "1921" : "19201";
    }

    /** Where registered payments wait for the bank: 1923 from 19 (as measured), 1925 before. */
    public static String outstandingReceiptsCode(OdooVersion version) {
        return version.atLeast(19) ? "1923" : "1925";
    }

    private static int account(Env env, int companyId, String code, String name, String type, boolean reconcile) {
        Rec a = env.insert("account.account");
        env.put(a, "code", code);
        env.put(a, "name", name);
        env.put(a, "account_type", type);
        env.put(a, "reconcile", reconcile);
        if (env.version().atLeast(18)) {
            env.put(a, "company_ids", List.of(companyId));
        } else {
            env.put(a, "company_id", companyId);
        }
        return a.id();
    }

    /**
     * A 25 % tax with a base and a tax repartition line for invoices and for refunds, as every tax of a chart has
     * from 17 on. The tags stand for the Norwegian VAT return's boxes by their standard VAT code (1 = deductible
     * domestic input VAT at the general rate, 3 = domestic output VAT at the general rate); a refund moves the
     * same boxes the other way, which the return reads from the sign of the balance.
     */
    private static int tax(Env env, int companyId, String name, String use, int taxAccount, String vatCode) {
        Rec t = env.insert("account.tax");
        env.put(t, "name", name);
        env.put(t, "amount", 25.0);
        env.put(t, "type_tax_use", use);
        env.put(t, "company_id", companyId);
        int baseTag = tag(env, "Kode " + vatCode + " grunnlag");
        int taxTag = tag(env, "Kode " + vatCode + " mva");
        for (String document : List.of("invoice", "refund")) {
            repartition(env, t.id(), document, "base", null, baseTag, 1);
            repartition(env, t.id(), document, "tax", taxAccount, taxTag, 2);
        }
        return t.id();
    }

    private static void repartition(Env env, int taxId, String document, String type, Integer account, int tag,
                                    int sequence) {
        Rec r = env.insert("account.tax.repartition.line");
        if (env.version().atLeast(17)) {
            env.put(r, "tax_id", taxId);
            env.put(r, "document_type", document);
        } else {
            env.put(r, document + "_tax_id", taxId);
        }
        env.put(r, "repartition_type", type);
        env.put(r, "factor_percent", 100.0);
        env.put(r, "account_id", account);
        env.put(r, "tag_ids", List.of(tag));
        env.put(r, "sequence", sequence);
    }

    /** The tax-report tag of that name, shared by every company of the country as Odoo's tags are. */
    private static int tag(Env env, String name) {
        for (Rec existing : env.table("account.account.tag").scan()) {
            if (name.equals(env.str(existing, "name"))) {
                return existing.id();
            }
        }
        Rec tag = env.insert("account.account.tag");
        env.put(tag, "name", name);
        env.put(tag, "applicability", "taxes");
        return tag.id();
    }

    private static int journal(Env env, int companyId, String name, String code, String type, Integer account,
                               int sequence) {
        Rec j = env.insert("account.journal");
        env.put(j, "name", name);
        env.put(j, "code", code);
        env.put(j, "type", type);
        env.put(j, "company_id", companyId);
        env.put(j, "default_account_id", account);
        env.put(j, "sequence", sequence);
        return j.id();
    }
}
