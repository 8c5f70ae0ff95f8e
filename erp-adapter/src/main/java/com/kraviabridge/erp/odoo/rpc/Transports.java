package com.kraviabridge.erp.odoo.rpc;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Opens the transport the settings ask for; for {@link RpcProtocol#AUTO} asks the server which one answers. */
public final class Transports {

    /** The first Odoo major that serves JSON-2. */
    public static final int FIRST_JSON2_MAJOR = 19;

    private static final Pattern LEADING_NUMBER = Pattern.compile("(\\d+)");

    private Transports() {
    }

    /**
     * @return the transport, and the server's {@code common.version()} answer when probing already fetched it
     *         (so the caller does not ask twice)
     */
    public static Opened open(URI baseUrl, RpcProtocol protocol, Duration timeout) {
        return switch (protocol) {
            case JSONRPC -> new Opened(new JsonRpcTransport(baseUrl, timeout), null);
            case XMLRPC -> new Opened(new XmlRpcTransport(baseUrl, timeout), null);
            case JSON2 -> json2(baseUrl, timeout);
            case AUTO -> auto(baseUrl, timeout);
        };
    }

    /**
     * JSON-2 when {@code GET /json/version} (which needs no key) tells Odoo 19 or later; before 19 that route does
     * not exist and the older protocols are probed.
     */
    private static Opened auto(URI baseUrl, Duration timeout) {
        Json2Transport json2 = new Json2Transport(baseUrl, timeout);
        Map<String, Object> version;
        try {
            version = json2.version();
        } catch (TransportFailure e) {
            if (e.stage() == TransportFailure.Stage.NOT_DELIVERED) {
                throw e;
            }
            version = null;
        }
        if (version != null && majorOf(version) >= FIRST_JSON2_MAJOR) {
            return new Opened(json2, version);
        }
        return probe(new JsonRpcTransport(baseUrl, timeout), new XmlRpcTransport(baseUrl, timeout));
    }

    private static Opened json2(URI baseUrl, Duration timeout) {
        Json2Transport json2 = new Json2Transport(baseUrl, timeout);
        Map<String, Object> version = json2.version();
        if (version == null || majorOf(version) < FIRST_JSON2_MAJOR) {
            throw new ProtocolUnavailable("odoo.protocol is json2, but the Odoo at " + baseUrl
                    + " does not serve JSON-2" + olderVersion(baseUrl, timeout, version)
                    + ": JSON-2 exists from Odoo " + FIRST_JSON2_MAJOR + " on; set odoo.protocol = auto"
                    + " (it picks JSON-RPC before Odoo " + FIRST_JSON2_MAJOR + ")");
        }
        return new Opened(json2, version);
    }

    /** ", it is Odoo 17.0", when the server tells its version over one of the older protocols. */
    private static String olderVersion(URI baseUrl, Duration timeout, Map<String, Object> json2Version) {
        Map<String, Object> version = json2Version;
        if (version == null) {
            try {
                version = versionOf(new JsonRpcTransport(baseUrl, timeout));
            } catch (RuntimeException unknown) {
                return " (GET /json/version was not found)";
            }
        }
        return " (it is Odoo " + version.get("server_version") + ")";
    }

    /**
     * The major in a {@code version()} answer: {@code server_version_info[0]} ({@code 19}, or the digits of
     * {@code "saas~19"} on Odoo Online), else the leading number of {@code server_version}; 0 if neither tells.
     */
    public static int majorOf(Map<String, Object> version) {
        Object info = version.get("server_version_info");
        int major = info instanceof List<?> parts && !parts.isEmpty() ? numberIn(parts.get(0)) : 0;
        return major > 0 ? major : numberIn(version.get("server_version"));
    }

    private static int numberIn(Object value) {
        if (value instanceof Number n) {
            return n.intValue();
        }
        Matcher digits = LEADING_NUMBER.matcher(String.valueOf(value));
        return digits.find() ? Integer.parseInt(digits.group(1)) : 0;
    }

    /**
     * JSON-RPC first: it returns None without a fault (docs/odoo-notes.md §1.1) and amounts as exact decimals. XML-RPC
     * is tried when JSON-RPC is not served there (a proxy blocks it, or answers something that is not Odoo's JSON-RPC).
     */
    static Opened probe(OdooTransport preferred, OdooTransport fallback) {
        RuntimeException first;
        try {
            return new Opened(preferred, versionOf(preferred));
        } catch (TransportFailure e) {
            if (e.stage() == TransportFailure.Stage.NOT_DELIVERED) {
                throw e;
            }
            first = e;
        } catch (OdooServerError e) {
            first = e;
        }
        try {
            return new Opened(fallback, versionOf(fallback));
        } catch (TransportFailure | OdooServerError e) {
            e.addSuppressed(first);
            throw e;
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> versionOf(OdooTransport transport) {
        Object answer = transport.call("common", "version", List.of());
        if (!(answer instanceof Map<?, ?> map) || !map.containsKey("server_version_info")) {
            throw TransportFailure.unreadable("the server's " + transport.protocolName()
                    + " endpoint did not answer version() like Odoo", null);
        }
        return (Map<String, Object>) map;
    }

    /** A transport and, when it was already asked, the server's version answer. */
    public record Opened(OdooTransport transport, Map<String, Object> version) {
    }
}
