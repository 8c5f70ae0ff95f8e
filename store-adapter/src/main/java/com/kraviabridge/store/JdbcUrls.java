package com.kraviabridge.store;

import org.mariadb.jdbc.Configuration;
import org.mariadb.jdbc.HostAddress;

import java.sql.SQLException;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The database part of a MariaDB url ({@code jdbc:mariadb://host:port/database?options}): read, replaced or
 * dropped, so the database can be created before the pool connects to it.
 */
final class JdbcUrls {

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9_]{1,64}");

    private JdbcUrls() {
    }

    /** The url naming a database: its own when it has one, {@code fallback} otherwise. */
    static String withDatabase(String url, String fallback) {
        Parts p = split(url);
        String database = p.database.isEmpty() ? fallback : p.database;
        requirePlain(database, url);
        return p.prefix + "/" + database + p.options;
    }

    static String database(String url) {
        Parts p = split(url);
        requirePlain(p.database, url);
        return p.database;
    }

    static String withoutDatabase(String url) {
        Parts p = split(url);
        return p.prefix + "/" + p.options;
    }

    /**
     * The server(s) of the url as {@code host:port}, with the port the driver will use when the url names none,
     * so a message says exactly where the bridge tried to connect.
     */
    static String servers(String url) {
        try {
            Configuration parsed = Configuration.parse(url);
            List<HostAddress> addresses = parsed == null ? List.of() : parsed.addresses();
            if (!addresses.isEmpty()) {
                return addresses.stream()
                        .map(JdbcUrls::hostAndPort)
                        .collect(Collectors.joining(", "));
            }
        } catch (SQLException e) {
            // the url's own words below say as much as the driver could
        }
        Parts p = split(url);
        return redacted(p.prefix.substring(p.prefix.indexOf("//") + 2));
    }

    private static String hostAndPort(HostAddress address) {
        if (address.host == null) {
            return address.toString(); // a named pipe or a local socket
        }
        return (address.host.contains(":") ? "[" + address.host + "]" : address.host) + ":" + address.port;
    }

    /** The url as it may appear in logs and messages: a password given as an option is masked. */
    static String redacted(String url) {
        return url.replaceAll("(?i)(password=)[^&]*", "$1***");
    }

    private static void requirePlain(String database, String url) {
        if (!PLAIN_NAME.matcher(database).matches()) {
            throw new StoreException("the database in " + redacted(url) + " must be letters, digits or _");
        }
    }

    private record Parts(String prefix, String database, String options) {
    }

    private static Parts split(String url) {
        int hosts = url.indexOf("//");
        if (!url.startsWith("jdbc:") || hosts < 0) {
            throw new StoreException("not a JDBC url: " + redacted(url));
        }
        int query = url.indexOf('?', hosts);
        String options = query < 0 ? "" : url.substring(query);
        String beforeQuery = query < 0 ? url : url.substring(0, query);
        int slash = beforeQuery.indexOf('/', hosts + 2);
        if (slash < 0) {
            return new Parts(beforeQuery, "", options);
        }
        return new Parts(beforeQuery.substring(0, slash), beforeQuery.substring(slash + 1), options);
    }
}
