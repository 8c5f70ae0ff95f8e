package com.kraviabridge.erp.odoo.contract;

import com.kraviabridge.erp.odoo.rpc.RpcProtocol;

/** The ERP port contract against the live Odoo of ODOO_URL, over XMLRPC; skipped when it is not configured. */
class LiveOdooXmlRpcContractTest extends LiveOdooContract {

    @Override
    protected RpcProtocol protocol() {
        return RpcProtocol.XMLRPC;
    }
}
