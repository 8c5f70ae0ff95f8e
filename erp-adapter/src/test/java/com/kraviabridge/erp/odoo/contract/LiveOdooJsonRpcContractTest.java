package com.kraviabridge.erp.odoo.contract;

import com.kraviabridge.erp.odoo.rpc.RpcProtocol;

/** The ERP port contract against the live Odoo of ODOO_URL, over JSONRPC; skipped when it is not configured. */
class LiveOdooJsonRpcContractTest extends LiveOdooContract {

    @Override
    protected RpcProtocol protocol() {
        return RpcProtocol.JSONRPC;
    }
}
