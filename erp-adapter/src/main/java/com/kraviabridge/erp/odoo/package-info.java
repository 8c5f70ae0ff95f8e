/**
 * The Odoo adapter: the core's ERP ports ({@link com.kraviabridge.core.port.erp.OpenInvoices},
 * {@link com.kraviabridge.core.port.erp.InvoiceAllocations}, {@link com.kraviabridge.core.port.erp.InvoiceNotes},
 * {@link com.kraviabridge.core.port.erp.Ledger}, {@link com.kraviabridge.core.port.erp.Companies}) over Odoo's external
 * API, for Odoo 16 to 19. Start at {@link com.kraviabridge.erp.odoo.OdooErp}.
 *
 * <p>Layers, each with one reason to change: {@code rpc} speaks a wire protocol; {@code OdooConnection} logs
 * in and learns the version; {@code OdooDialect} holds every field difference between versions;
 * {@code OdooClient} adds the company context, retries and the translation of failures; one class per port
 * maps Odoo's records to the core's domain.
 */
package com.kraviabridge.erp.odoo;
