/**
 * An Odoo 16–20 server stand-in for adapter tests and demos: {@link com.kraviabridge.sim.odoo.OdooSimulator}
 * serves XML-RPC and JSON-RPC (up to 19) and JSON-2 (from 19) on loopback, counting each request to an
 * endpoint 19 deprecates; {@link com.kraviabridge.sim.odoo.SimDatabase} holds users (passwords, API keys) and
 * data, {@link com.kraviabridge.sim.odoo.seed.Seeder} creates invoices, payments and credit notes the
 * way Odoo books them, {@link com.kraviabridge.sim.odoo.FaultInjector} and
 * {@link com.kraviabridge.sim.odoo.RequestStats} make failures and traffic observable.
 *
 * <p>Sub-packages are the simulator's insides: {@code orm} (records, domains, access, generic
 * methods), {@code schema} (models and fields per version), {@code accounting} (posting,
 * reconciliation, payment states, chatter, custom fields), {@code data} (base data), {@code rpc}
 * (HTTP routes, JSON-2 and the hand-written XML-RPC codec).
 */
package com.kraviabridge.sim.odoo;
