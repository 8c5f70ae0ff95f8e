package com.kraviabridge.app.cli;

/** A valid configuration whose Odoo and Kravia are never reached: for commands that fail before they would be. */
final class OfflineConfig {

    /** The Odoo, Kravia and creditor keys, one creditor (501), Odoo at a port nothing answers on. */
    static final String ODOO_AND_KRAVIA_UNUSED = """
            odoo.url = http://127.0.0.1:9
            odoo.database = acme
            odoo.username = bridge@acme.example
            odoo.password = odoo-api-key-not-used
            kravia.token = kravia-token-not-used
            creditor.1.id = 501
            """;

    private OfflineConfig() {
    }
}
