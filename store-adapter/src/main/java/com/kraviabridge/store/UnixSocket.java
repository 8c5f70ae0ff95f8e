package com.kraviabridge.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Where the embedded server puts its unix socket: in its own data directory, which only its owner may enter, so
 * no other user of the machine reaches it. A socket path may not exceed {@value #MAX_PATH_BYTES} bytes; for a
 * data directory deeper than that the socket goes to a fresh owner-only directory under java.io.tmpdir instead,
 * removed again when the server stops.
 */
record UnixSocket(Path path, Path privateDir) {

    /** sun_path holds 108 bytes on Linux, the last of them the terminating zero. */
    static final int MAX_PATH_BYTES = 107;
    static final String FILE_NAME = "mariadb.sock";

    static UnixSocket in(Path dataDir) {
        Path inDataDir = dataDir.resolve(FILE_NAME);
        if (fits(inDataDir)) {
            return new UnixSocket(inDataDir, null);
        }
        Path privateDir;
        try {
            privateDir = Files.createTempDirectory("kravia-mariadb-",
                    PosixFilePermissions.asFileAttribute(OwnerOnly.DIRECTORY));
        } catch (IOException e) {
            throw new StoreException("cannot create a directory for the embedded MariaDB's socket under "
                    + System.getProperty("java.io.tmpdir") + ": " + e.getMessage(), e);
        }
        Path fallback = privateDir.resolve(FILE_NAME);
        if (!fits(fallback)) {
            delete(privateDir);
            throw new StoreException("the embedded MariaDB's socket path " + inDataDir + " is longer than "
                    + MAX_PATH_BYTES + " bytes, and so is " + fallback + "; choose a shorter data.dir");
        }
        return new UnixSocket(fallback, privateDir);
    }

    /** Only its owner may connect, even if the directory's permissions are widened later. */
    void restrictToOwner() {
        try {
            Files.setPosixFilePermissions(path, OwnerOnly.FILE);
        } catch (IOException e) {
            throw new StoreException("cannot restrict the embedded MariaDB's socket " + path + ": " + e.getMessage(), e);
        }
    }

    /** Removes the directory made for the socket, if one was. */
    void cleanUp() {
        if (privateDir != null) {
            delete(path);
            delete(privateDir);
        }
    }

    private static boolean fits(Path socket) {
        return socket.toString().getBytes(StandardCharsets.UTF_8).length <= MAX_PATH_BYTES;
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // a leftover empty directory under tmp harms nobody
        }
    }
}
