package com.kraviabridge.erp.odoo.contract;

import com.kraviabridge.erp.odoo.rpc.RpcProtocol;

/** The ERP port contract against the simulator emulating Odoo 19, over XMLRPC. */
class Odoo19XmlRpcContractTest extends ErpPortsContract {

    @Override
    protected OdooBooks openBooks() {
        return new SimulatedBooks(19, RpcProtocol.XMLRPC);
    }
}
