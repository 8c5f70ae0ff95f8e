package com.kraviabridge.core.write;

import java.time.Duration;
import java.util.Objects;

/**
 * Who this process is to the operations log, and how long it claims a write it sends. While the claim (the lease)
 * runs, every other process takes the write for one on the wire and leaves it alone; once it has run out, the write
 * is looked up by our reference and sent again only if it did not take effect. The lease must therefore outlast the
 * longest a request of ours can take, waits and blind retries included.
 */
public interface WriteLeases {

    /** This process's name in the log: unique among all processes sharing it. */
    String owner();

    /** How long a lease taken now lasts. */
    Duration length();

    /**
     * True when the process named is certainly gone (it ran on this machine and has ended), so its leases are void
     * at once. False when that cannot be known: its leases then hold until they run out.
     */
    boolean isGone(String owner);

    /** Leases of a fixed length whose owners are never known to be gone. */
    static WriteLeases of(String owner, Duration length) {
        Objects.requireNonNull(owner, "owner");
        if (length.isNegative() || length.isZero()) {
            throw new IllegalArgumentException("a lease lasts a while: " + length);
        }
        return new WriteLeases() {
            @Override
            public String owner() {
                return owner;
            }

            @Override
            public Duration length() {
                return length;
            }

            @Override
            public boolean isGone(String other) {
                return false;
            }
        };
    }
}
