package com.kraviabridge.erp.odoo.rpc;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Opens the transport the settings ask for; for {@link RpcProtocol#AUTO} asks the server which one answers. */
public final class Transports {

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
            case AUTO -> probe(new JsonRpcTransport(baseUrl, timeout), new XmlRpcTransport(baseUrl, timeout));
        };
    }

    /**
     * JSON-RPC first: it returns None without a fault (P1) and amounts as exact decimals. XML-RPC is tried when
     * JSON-RPC is not served there (a proxy blocks it, or answers something that is not Odoo's JSON-RPC).
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
