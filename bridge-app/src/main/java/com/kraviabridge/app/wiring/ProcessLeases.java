package com.kraviabridge.app.wiring;

import com.kraviabridge.core.write.WriteLeases;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The leases of one bridge process on the operations log. Its owner name says where it runs ({@code host=web1
 * pid=4242 run=9f3c51aa machine=1b2c3d4e5f60}): the host for the administrator, the pid and a random part so that two
 * bridges in one JVM (tests) or a pid used again never share a name, and a key of the machine and process namespace.
 *
 * <p>A lease of a process on this same machine and namespace whose pid is no longer alive is void at once: a bridge
 * killed in the middle of a write is resumed by the next run, not after its lease runs out. A process elsewhere is
 * never taken for gone; its leases hold until they run out. On a system without the Linux {@code /proc} files the
 * machine key is unknown and no process is ever taken for gone.
 */
final class ProcessLeases implements WriteLeases {

    private static final String UNKNOWN = "unknown";
    private static final Pattern PID = Pattern.compile("\\bpid=(\\d+)\\b");
    private static final Pattern MACHINE = Pattern.compile("\\bmachine=(\\S+)");

    private final String owner;
    private final Duration length;
    private final String machine;

    ProcessLeases(Duration length) {
        this(length, machineKey(), hostName());
    }

    ProcessLeases(Duration length, String machine, String host) {
        byte[] run = new byte[4];
        new SecureRandom().nextBytes(run);
        this.length = length;
        this.machine = machine;
        String shortHost = host.isBlank() ? UNKNOWN : host.length() > 64 ? host.substring(0, 64) : host;
        this.owner = "host=" + shortHost + " pid=" + ProcessHandle.current().pid() + " run=" + HexFormat.of().formatHex(run)
                + " machine=" + machine;
    }

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
        if (UNKNOWN.equals(machine) || !machine.equals(find(MACHINE, other).orElse(null))) {
            return false;
        }
        return find(PID, other).map(Long::parseLong)
                .map(pid -> ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true))
                .orElse(false);
    }

    private static Optional<String> find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text == null ? "" : text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /**
     * This boot of this machine and this process namespace: two containers on one host see each other's pids only
     * when they share the namespace, and a pid is only meaningful until the machine restarts.
     */
    static String machineKey() {
        try {
            String boot = Files.readString(Path.of("/proc/sys/kernel/random/boot_id"), StandardCharsets.US_ASCII).strip();
            String namespace = Files.readSymbolicLink(Path.of("/proc/self/ns/pid")).toString();
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((boot + "/" + namespace).getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (IOException | UnsupportedOperationException | SecurityException | NoSuchAlgorithmException e) {
            return UNKNOWN;
        }
    }

    /** The host's name for people reading the log; no name lookup, which may hang on a badly set-up resolver. */
    private static String hostName() {
        String fromEnvironment = System.getenv("HOSTNAME");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment.strip().replaceAll("\\s", "_");
        }
        try {
            return Files.readString(Path.of("/etc/hostname"), StandardCharsets.UTF_8).strip().replaceAll("\\s", "_");
        } catch (IOException | SecurityException e) {
            return UNKNOWN;
        }
    }
}
