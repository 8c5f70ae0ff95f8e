package com.kraviabridge.erp.odoo.contract;

/** The ERP port contract against the live Odoo of ODOO_URL, over ODOO_PROTOCOL; skipped when it is not configured. */
class LiveOdooContractTest extends LiveOdooContract {
}
