package com.kraviabridge.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Tries the embedded server's doors as another user of the machine would: a small Java program run as the
 * operating system's user {@code nobody} (through setpriv, which needs root), logging in over TCP, connecting to
 * the socket and reading the data directory. It prints one line per door.
 */
final class OtherUser {

    private static final String PROBE = """
            import java.nio.channels.SocketChannel;
            import java.nio.file.Files;
            import java.nio.file.Path;
            import java.net.UnixDomainSocketAddress;
            import java.sql.DriverManager;
            import java.sql.SQLException;

            public class Probe {
                public static void main(String[] a) {
                    for (String user : new String[] {"anyone", "root", "kravia_bridge"}) {
                        try (var c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + a[0] + "/", user, "")) {
                            System.out.println("tcp " + user + ": accepted");
                        } catch (SQLException e) {
                            System.out.println("tcp " + user + ": refused " + e.getSQLState());
                        }
                    }
                    try (SocketChannel socket = SocketChannel.open(UnixDomainSocketAddress.of(a[1]))) {
                        System.out.println("socket: connected");
                    } catch (Exception e) {
                        System.out.println("socket: refused " + e.getClass().getSimpleName() + " " + e.getMessage());
                    }
                    try {
                        Files.readString(Path.of(a[2]));
                        System.out.println("password file: read");
                    } catch (Exception e) {
                        System.out.println("password file: refused " + e.getClass().getSimpleName());
                    }
                    try (var files = Files.list(Path.of(a[3]))) {
                        System.out.println("data directory: listed " + files.count());
                    } catch (Exception e) {
                        System.out.println("data directory: refused " + e.getClass().getSimpleName());
                    }
                }
            }
            """;

    record Result(int exitCode, List<String> lines) {
    }

    private OtherUser() {
    }

    static Result probe(int port, Path socket, Path passwordFile, Path dataDir) throws IOException, InterruptedException {
        // nobody must be able to read the program and the driver: a directory of its own, open to all
        Path dir = Files.createTempDirectory(Path.of("/tmp"), "kravia-probe-",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        try {
            Path driver = dir.resolve("mariadb-java-client.jar");
            Files.copy(Path.of(driverJar()), driver, StandardCopyOption.REPLACE_EXISTING);
            Files.setPosixFilePermissions(driver, PosixFilePermissions.fromString("rw-r--r--"));
            Path program = dir.resolve("Probe.java");
            Files.writeString(program, PROBE, StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(program, PosixFilePermissions.fromString("rw-r--r--"));
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process process = new ProcessBuilder("setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", "--",
                    java, "-cp", driver.toString(), program.toString(), Integer.toString(port), socket.toString(),
                    passwordFile.toString(), dataDir.toString())
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            List<String> lines = Arrays.asList(new String(output, StandardCharsets.UTF_8).split("\n"));
            return new Result(process.exitValue(), lines);
        } finally {
            SharedServer.deleteTree(dir);
        }
    }

    private static String driverJar() {
        try {
            return Path.of(org.mariadb.jdbc.Driver.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toString();
        } catch (java.net.URISyntaxException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
