package com.kraviabridge.store;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Another bridge process on a data directory: starts the embedded server on {@code args[0]} (binaries in
 * {@code args[1]}), prints {@value #STARTED}, and stops when its standard input ends.
 */
public final class HoldsDataDirectory {

    static final String STARTED = "embedded server started";

    private HoldsDataDirectory() {
    }

    public static void main(String[] args) throws IOException {
        try (EmbeddedMariaDb server = EmbeddedMariaDb.start(Path.of(args[0]), Path.of(args[1]))) {
            System.out.println(STARTED);
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the parent to let go
            }
        }
    }
}
