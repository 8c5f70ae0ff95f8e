package com.kraviabridge.sim.odoo;

import java.util.ArrayList;
import java.util.List;

/**
 * The Odoo major release the simulator emulates; chosen at start, it drives fields, faults and endpoints. 19 adds
 * the JSON-2 API and deprecates XML-RPC and JSON-RPC; 20 is emulated with JSON-2 only.
 */
public enum OdooVersion {
    V16(16), V17(17), V18(18), V19(19), V20(20);

    private final int major;

    OdooVersion(int major) {
        this.major = major;
    }

    public int major() {
        return major;
    }

    public boolean atLeast(int other) {
        return major >= other;
    }

    public static OdooVersion of(int major) {
        for (OdooVersion v : values()) {
            if (v.major == major) {
                return v;
            }
        }
        throw new IllegalArgumentException("unsupported Odoo version " + major + " (16 to 20)");
    }

    /** {@code server_version}, e.g. "17.0". */
    public String serverVersion() {
        return major + ".0";
    }

    /** {@code server_version_info}, e.g. [17, 0, 0, "final", 0, ""]. */
    public List<Object> versionInfo() {
        List<Object> info = new ArrayList<>();
        info.add(major);
        info.add(0);
        info.add(0);
        info.add("final");
        info.add(0);
        info.add("");
        return info;
    }

    /** {@code POST /json/2/<model>/<method>} with a bearer API key exists from 19 on. */
    public boolean hasJson2() {
        return major >= 19;
    }

    /** {@code /xmlrpc}, {@code /xmlrpc/2/*} and {@code /jsonrpc}: gone in the emulated 20. */
    public boolean hasLegacyRpc() {
        return major < 20;
    }

    /** 19 still answers the old endpoints but logs a deprecation warning for every request. */
    public boolean legacyRpcDeprecated() {
        return major == 19;
    }

    /** JSON-RPC {@code error.code}: 200 up to 18.0, 0 in later builds (docs/odoo-notes.md §1.3). */
    public int jsonRpcErrorCode() {
        return major >= 19 ? 0 : 200;
    }
}
