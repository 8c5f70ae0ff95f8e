package com.kraviabridge.erp.odoo.contract;

import com.kraviabridge.erp.odoo.rpc.RpcProtocol;
import org.junit.jupiter.api.Assumptions;

import java.util.List;
import java.util.Map;

/**
 * The contract against a real Odoo, when ODOO_URL, ODOO_DB, ODOO_USER and ODOO_PASSWORD are set (the user needs
 * accounting rights, and administration rights for the custom-field test). ODOO_PROTOCOL picks the protocol
 * ({@code auto}, the default, {@code json2}, {@code jsonrpc} or {@code xmlrpc}); JSON-2 needs an API key in
 * ODOO_PASSWORD. Without the four variables every test is skipped, saying so; with them, a server that does not
 * answer, or one below Odoo 19 asked for JSON-2, fails the run.
 */
abstract class LiveOdooContract extends ErpPortsContract {

    private static final List<String> VARIABLES = List.of("ODOO_URL", "ODOO_DB", "ODOO_USER", "ODOO_PASSWORD");

    /** Skips the test, with the reason in the report, when no live Odoo is configured. */
    private static void requireLiveOdoo() {
        List<String> missing = VARIABLES.stream().filter(v -> isBlank(System.getenv(v))).toList();
        Assumptions.assumeTrue(missing.isEmpty(), () -> "live Odoo contract tests skipped: "
                + String.join(", ", missing) + " not set");
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** The protocol ODOO_PROTOCOL names; a value that is none of them fails the run rather than falling back. */
    static RpcProtocol protocol(Map<String, String> env) {
        return RpcProtocol.fromConfigValue(env.get("ODOO_PROTOCOL"));
    }

    @Override
    protected OdooBooks openBooks() {
        requireLiveOdoo();
        Map<String, String> env = Map.copyOf(System.getenv());
        return new LiveBooks(env, protocol(env));
    }
}
