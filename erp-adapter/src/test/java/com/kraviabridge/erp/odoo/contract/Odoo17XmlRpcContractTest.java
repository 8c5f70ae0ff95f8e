package com.kraviabridge.erp.odoo.contract;

import com.kraviabridge.erp.odoo.rpc.RpcProtocol;

/** The ERP port contract against the simulator emulating Odoo 17, over XMLRPC. */
class Odoo17XmlRpcContractTest extends ErpPortsContract {

    @Override
    protected OdooBooks openBooks() {
        return new SimulatedBooks(17, RpcProtocol.XMLRPC);
    }
}
