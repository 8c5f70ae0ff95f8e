package com.kraviabridge.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The bridge's own account on the embedded server: user {@value #USER} with a password drawn at random on the
 * first start and kept in {@value #FILE_NAME} in the server's data directory, readable by its owner only. The
 * file is a MariaDB client option file, so an administrator can connect with it as it is.
 *
 * <p>The password never leaves this class except to the server (as its hash) and to the connection pool.
 */
final class EmbeddedAccount {

    static final String USER = "kravia_bridge";
    static final String FILE_NAME = USER + ".cnf";

    /** Letters and digits only, so the value needs no quoting in an option file or on a command line. */
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    /** 32 characters of 62: about 190 bits. */
    private static final int LENGTH = 32;
    private static final String PASSWORD_KEY = "password=";

    private final String password;
    private final boolean created;

    private EmbeddedAccount(String password, boolean created) {
        this.password = password;
        this.created = created;
    }

    /** The account kept in {@code dataDir}, or a new one (not saved yet) when there is none. */
    static EmbeddedAccount readOrCreate(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            return new EmbeddedAccount(newPassword(), true);
        }
        try {
            Files.setPosixFilePermissions(file, OwnerOnly.FILE);
            List<String> lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
            return lines.stream()
                    .map(String::trim)
                    .filter(line -> line.startsWith(PASSWORD_KEY))
                    .map(line -> line.substring(PASSWORD_KEY.length()).trim())
                    .filter(value -> !value.isEmpty())
                    .findFirst()
                    .map(value -> new EmbeddedAccount(value, false))
                    .orElseThrow(() -> new StoreException("the embedded MariaDB's password file " + file
                            + " holds no password line; delete it to have a new password made at the next start"));
        } catch (IOException e) {
            throw new StoreException("cannot read the embedded MariaDB's password file " + file + ": " + e.getMessage(), e);
        }
    }

    /** True when this start drew the password: the server's accounts have not been set up by this version yet. */
    boolean isNew() {
        return created;
    }

    String user() {
        return USER;
    }

    String password() {
        return password;
    }

    /** The form MariaDB keeps for mysql_native_password: '*' and the hex of SHA1(SHA1(password)). */
    String passwordHash() {
        return nativePasswordHash(password);
    }

    static String nativePasswordHash(String password) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            byte[] once = sha1.digest(password.getBytes(StandardCharsets.UTF_8));
            return "*" + HexFormat.of().formatHex(sha1.digest(once)).toUpperCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-1", e);
        }
    }

    /**
     * Writes the option file, owner-only from its creation on, and moves it into place whole, so a crash leaves
     * either no file or a complete one.
     */
    void save(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        Path partial = dataDir.resolve(FILE_NAME + ".new");
        String text = "# The Kravia Bridge's account on its embedded MariaDB, made on its first start. Keep it private.\n"
                + "# How to connect with it: see \"The bridge's database\" in the administrator's guide.\n"
                + "[client]\n"
                + "user=" + USER + "\n"
                + PASSWORD_KEY + password + "\n";
        try {
            Files.deleteIfExists(partial);
            Files.createFile(partial, PosixFilePermissions.asFileAttribute(OwnerOnly.FILE));
            Files.writeString(partial, text, StandardCharsets.US_ASCII);
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new StoreException("cannot write the embedded MariaDB's password file " + file + ": " + e.getMessage(), e);
        }
    }

    private static String newPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    /** Without the password, whatever prints it. */
    @Override
    public String toString() {
        return "EmbeddedAccount[user=" + USER + ", password=****]";
    }
}
