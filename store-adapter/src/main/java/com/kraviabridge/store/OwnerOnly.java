package com.kraviabridge.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** The permissions of what the embedded server keeps: its owner's, nobody else's. */
final class OwnerOnly {

    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");

    private OwnerOnly() {
    }

    /** Creates {@code dir} if missing and narrows it to its owner, also when an earlier version left it open. */
    static void directory(Path dir) {
        try {
            Files.createDirectories(dir);
            Files.setPosixFilePermissions(dir, DIRECTORY);
        } catch (IOException e) {
            throw new StoreException("cannot create or restrict the directory " + dir + " to its owner: "
                    + e.getMessage(), e);
        }
    }
}
