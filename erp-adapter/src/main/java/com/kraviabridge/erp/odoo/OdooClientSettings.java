package com.kraviabridge.erp.odoo;

import com.kraviabridge.erp.odoo.rpc.RpcProtocol;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How to reach one Odoo database. {@link #toString()} never shows the password.
 *
 * @param password        the user's password or, better, an API key (it replaces the password in every call)
 * @param pageSize        records per read call (keyset pages, batch reads); default 1000. A keyset read asks
 *                        for one record more, to know from it whether another page follows
 * @param timeout         per HTTP call, connect and answer
 * @param readAttempts    how often a read is tried when Odoo is briefly unavailable (writes are never repeated
 *                        blindly)
 * @param retryBackoff    wait before the second attempt; doubles for each further one
 * @param referenceTtl    how long partners, tags and journals read once are reused, so that paging
 *                        through many invoices reads each partner once
 */
public record OdooClientSettings(URI url, String database, String username, String password, RpcProtocol protocol,
                                 int pageSize, Duration timeout, int readAttempts, Duration retryBackoff,
                                 Duration referenceTtl) {

    public static final int DEFAULT_PAGE_SIZE = 1000;

    public OdooClientSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        protocol = protocol == null ? RpcProtocol.AUTO : protocol;
        pageSize = pageSize <= 0 ? DEFAULT_PAGE_SIZE : pageSize;
        timeout = timeout == null ? Duration.ofSeconds(60) : timeout;
        readAttempts = Math.max(1, readAttempts);
        retryBackoff = retryBackoff == null ? Duration.ofMillis(500) : retryBackoff;
        referenceTtl = referenceTtl == null ? Duration.ofMinutes(5) : referenceTtl;
    }

    /** The settings the bridge's {@code odoo.*} keys give, with the adapter's defaults for the rest. */
    public OdooClientSettings(URI url, String database, String username, String password, RpcProtocol protocol,
                              int pageSize, Duration timeout) {
        this(url, database, username, password, protocol, pageSize, timeout, 3, null, null);
    }

    public OdooClientSettings withRetries(int attempts, Duration backoff) {
        return new OdooClientSettings(url, database, username, password, protocol, pageSize, timeout, attempts,
                backoff, referenceTtl);
    }

    public OdooClientSettings withProtocol(RpcProtocol other) {
        return new OdooClientSettings(url, database, username, password, other, pageSize, timeout, readAttempts,
                retryBackoff, referenceTtl);
    }

    public OdooClientSettings withPageSize(int size) {
        return new OdooClientSettings(url, database, username, password, protocol, size, timeout, readAttempts,
                retryBackoff, referenceTtl);
    }

    public OdooClientSettings withPassword(String other) {
        return new OdooClientSettings(url, database, username, other, protocol, pageSize, timeout, readAttempts,
                retryBackoff, referenceTtl);
    }

    @Override
    public String toString() {
        return "OdooClientSettings[url=" + url + ", database=" + database + ", username=" + username
                + ", password=" + (password.isEmpty() ? "(not set)" : "****") + ", protocol=" + protocol
                + ", pageSize=" + pageSize + ", timeout=" + timeout + "]";
    }
}
