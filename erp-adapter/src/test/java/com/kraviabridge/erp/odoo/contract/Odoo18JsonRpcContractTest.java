package com.kraviabridge.erp.odoo.contract;

import com.kraviabridge.erp.odoo.rpc.RpcProtocol;

/** The ERP port contract against the simulator emulating Odoo 18, over JSONRPC. */
class Odoo18JsonRpcContractTest extends ErpPortsContract {

    @Override
    protected OdooBooks openBooks() {
        return new SimulatedBooks(18, RpcProtocol.JSONRPC);
    }
}
