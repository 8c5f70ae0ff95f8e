package com.kraviabridge.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The statements the embedded server runs as it starts (its init file), before it accepts any connection, with
 * every right: they give the bridge's account its password and its database, and on the first start of this
 * version they also close the doors the server's installer leaves open. Running them as the server starts needs
 * no second start without grant tables, so there is never a moment in which anyone may log in.
 *
 * <p>The server stops reading the file at the first statement that fails, and still starts. So the account is
 * unlocked by the very last statement: when the bridge's login works, every statement before it has run.
 */
final class AccountSetup {

    private static final Logger log = LoggerFactory.getLogger(AccountSetup.class);

    static final String FILE_NAME = EmbeddedAccount.USER + "-setup.sql";

    /**
     * Every account but root and the server's own (mariadb.sys, the PUBLIC role) goes: the anonymous ones and
     * whatever else the installer made. Written on one line, since the server ends a statement of this file at
     * the first line that ends with ';'.
     */
    private static final String DROP_OTHER_ACCOUNTS = "BEGIN NOT ATOMIC FOR account IN (SELECT User AS name, Host AS host"
            + " FROM mysql.global_priv WHERE NOT (User IN ('root', 'mariadb.sys') AND Host = 'localhost')"
            + " AND NOT (User = 'PUBLIC' AND Host = '') AND User <> '" + EmbeddedAccount.USER + "')"
            + " DO EXECUTE IMMEDIATE CONCAT('DROP USER IF EXISTS ', QUOTE(account.name), '@', QUOTE(account.host));"
            + " END FOR; END;";

    /** The installer lets every account use the databases test and test_*; nobody gets that any more. */
    private static final String REVOKE_PUBLIC_DATABASES = "BEGIN NOT ATOMIC FOR grant_row IN (SELECT Db AS db"
            + " FROM mysql.db WHERE User = 'PUBLIC' AND Host = '')"
            + " DO EXECUTE IMMEDIATE CONCAT('REVOKE ALL PRIVILEGES ON `', REPLACE(grant_row.db, '`', '``'), '`.* FROM PUBLIC');"
            + " END FOR; END;";

    /**
     * root may log in only through the socket, and only as the operating system's root (unix_socket
     * authentication): never with a password, never over TCP. The socket is in the owner-only data directory,
     * so this leaves a door to the machine's root alone, who can read the data files anyway.
     */
    private static final String ROOT_BY_SOCKET_ONLY = "ALTER USER IF EXISTS 'root'@'localhost' IDENTIFIED VIA unix_socket;";

    private AccountSetup() {
    }

    /**
     * @param databasePattern the databases the account may use, as a GRANT names them ({@code _} and {@code %}
     *                        are wildcards there)
     * @param closeOtherDoors whether to drop the other accounts and narrow root (first start of this version)
     */
    static String statements(EmbeddedAccount account, String databasePattern, boolean closeOtherDoors) {
        String accounts = "'" + EmbeddedAccount.USER + "'@'127.0.0.1', '" + EmbeddedAccount.USER + "'@'localhost'";
        String hash = account.passwordHash();
        StringBuilder sql = new StringBuilder();
        if (closeOtherDoors) {
            sql.append(DROP_OTHER_ACCOUNTS).append('\n')
                    .append(REVOKE_PUBLIC_DATABASES).append('\n')
                    .append(ROOT_BY_SOCKET_ONLY).append('\n');
        }
        // made afresh at every start, so it has exactly the rights named now and the password of the file
        sql.append("DROP USER IF EXISTS ").append(accounts).append(";\n")
                .append("CREATE USER ").append(accounts).append(" ACCOUNT LOCK;\n")
                .append("GRANT ALL PRIVILEGES ON `").append(databasePattern.replace("`", "``")).append("`.* TO ")
                .append(accounts).append(";\n")
                .append("ALTER USER '").append(EmbeddedAccount.USER).append("'@'127.0.0.1' IDENTIFIED BY PASSWORD '")
                .append(hash).append("', '").append(EmbeddedAccount.USER).append("'@'localhost' IDENTIFIED BY PASSWORD '")
                .append(hash).append("' ACCOUNT UNLOCK;\n");
        return sql.toString();
    }

    /** Writes the statements to an owner-only file in {@code dataDir} for the server's --init-file. */
    static Path write(Path dataDir, String statements) {
        Path file = dataDir.resolve(FILE_NAME);
        try {
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OwnerOnly.FILE));
            Files.writeString(file, statements, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new StoreException("cannot write " + file + " for the embedded MariaDB: " + e.getMessage(), e);
        }
    }

    /**
     * The file holds the password's hash; it goes as soon as the server has read it. Should that fail, it stays
     * in the owner-only directory beside the password itself, which is no reason to stop a server that runs.
     */
    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete {} ({}); it is readable by its owner only", file, e.getMessage());
        }
    }
}
