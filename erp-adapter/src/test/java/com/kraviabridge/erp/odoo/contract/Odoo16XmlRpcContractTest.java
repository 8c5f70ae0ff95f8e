package com.kraviabridge.erp.odoo.contract;

import com.kraviabridge.erp.odoo.rpc.RpcProtocol;

/** The ERP port contract against the simulator emulating Odoo 16, over XMLRPC. */
class Odoo16XmlRpcContractTest extends ErpPortsContract {

    @Override
    protected OdooBooks openBooks() {
        return new SimulatedBooks(16, RpcProtocol.XMLRPC);
    }
}
