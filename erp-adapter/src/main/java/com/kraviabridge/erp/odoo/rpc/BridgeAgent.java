package com.kraviabridge.erp.odoo.rpc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The {@code User-Agent} of every request to Odoo: names the bridge and its version, so that an Odoo administrator
 * who reads the server log knows which integration made a call and which release to report a problem against.
 */
final class BridgeAgent {

    private static final String RESOURCE = "/com/kraviabridge/erp/odoo/rpc/bridge-version.properties";

    static final String USER_AGENT = "kravia-bridge/" + version() + " (Kravia Bridge for Odoo)";

    private BridgeAgent() {
    }

    private static String version() {
        try (InputStream in = BridgeAgent.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "").trim();
            return version.isEmpty() || version.startsWith("${") ? "unknown" : version;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bridge's version", e);
        }
    }
}
