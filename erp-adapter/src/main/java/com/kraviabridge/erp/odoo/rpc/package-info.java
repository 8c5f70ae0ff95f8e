/**
 * Odoo's stateless RPC services ({@code common}, {@code object}) over JSON-2 ({@code /json/2/<model>/<method>},
 * Odoo 19 and later), JSON-RPC ({@code /jsonrpc}) and XML-RPC ({@code /xmlrpc/2/*}) behind one interface,
 * {@link com.kraviabridge.erp.odoo.rpc.OdooTransport}, with the same plain Java values and the same two kinds of
 * failure whichever protocol is used.
 */
package com.kraviabridge.erp.odoo.rpc;
