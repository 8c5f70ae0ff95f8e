package com.kraviabridge.erp.odoo.contract;

import com.kraviabridge.erp.odoo.rpc.ProtocolUnavailable;
import com.kraviabridge.erp.odoo.rpc.RpcProtocol;
import com.kraviabridge.sim.odoo.OdooSimulator;
import com.kraviabridge.sim.odoo.OdooVersion;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How the live contract reads ODOO_PROTOCOL: here pointed at the simulator instead of a real Odoo. */
class LiveModeProtocolTest {

    @Test
    void odoo_protocol_is_auto_unless_set_and_an_unknown_value_fails() {
        assertThat(LiveOdooContract.protocol(Map.of())).isEqualTo(RpcProtocol.AUTO);
        assertThat(LiveOdooContract.protocol(Map.of("ODOO_PROTOCOL", "json2"))).isEqualTo(RpcProtocol.JSON2);
        assertThatThrownBy(() -> LiveOdooContract.protocol(Map.of("ODOO_PROTOCOL", "soap")))
                .hasMessageContaining("odoo.protocol must be auto, json2, jsonrpc or xmlrpc");
    }

    @Test
    void json2_asked_of_a_server_below_19_fails_the_run_loudly() {
        try (OdooSimulator sim = OdooSimulator.start(OdooVersion.V17)) {
            sim.addDatabase("live").addUser("admin", "admin-password").admin().apiKey("admin-api-key");
            Map<String, String> env = Map.of("ODOO_URL", sim.url(), "ODOO_DB", "live", "ODOO_USER", "admin",
                    "ODOO_PASSWORD", "admin-api-key", "ODOO_PROTOCOL", "json2");

            assertThatThrownBy(() -> new LiveBooks(env, LiveOdooContract.protocol(env)))
                    .isInstanceOf(ProtocolUnavailable.class)
                    .hasMessageContaining("does not serve JSON-2").hasMessageContaining("Odoo 17.0");
        }
    }
}
