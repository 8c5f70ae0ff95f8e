package com.kraviabridge.erp.odoo;

import com.kraviabridge.erp.odoo.rpc.OdooTransport;
import com.kraviabridge.erp.odoo.rpc.Transports;

import java.util.List;
import java.util.Map;

/**
 * The logged-in link to one Odoo database: the transport that answered, the server's major version (and so its
 * {@link OdooDialect}) and the user id. Opened on first use, so constructing the adapter never touches the
 * network; opened once, whatever the number of threads.
 */
final class OdooConnection {

    private final OdooClientSettings settings;
    private final FailureTranslator failures;
    private volatile Session session;

    OdooConnection(OdooClientSettings settings, FailureTranslator failures) {
        this.settings = settings;
        this.failures = failures;
    }

    Session session() {
        Session current = session;
        if (current == null) {
            synchronized (this) {
                current = session;
                if (current == null) {
                    current = open();
                    session = current;
                }
            }
        }
        return current;
    }

    private Session open() {
        Transports.Opened opened = Transports.open(settings.url(), settings.protocol(), settings.timeout());
        OdooTransport transport = opened.transport();
        Map<String, Object> version = opened.version() != null ? opened.version() : askVersion(transport);
        ServerVersion server = ServerVersion.of(version);
        OdooDialect dialect = OdooDialect.forMajor(server.major());
        Object uid = transport.call("common", "authenticate",
                List.of(settings.database(), settings.username(), settings.password(), Map.of()));
        // Bad credentials are not a fault: authenticate answers False (docs/odoo-notes.md §1.4).
        if (!(uid instanceof Number number) || number.longValue() <= 0) {
            throw failures.badCredentials();
        }
        return new Session(transport, dialect, server, number.longValue());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> askVersion(OdooTransport transport) {
        Object answer = transport.call("common", "version", List.of());
        return answer instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    /** A logged-in session: everything a call needs besides the password, which stays in the settings. */
    record Session(OdooTransport transport, OdooDialect dialect, ServerVersion version, long uid) {
    }
}
