package com.kraviabridge.app.daemon;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The endpoint against callers that are slow on purpose, all on loopback: headers sent a byte at a time (slow
 * loris), chunked bodies that never end, and bodies over the size limit, declared or streamed. The health check
 * keeps answering meanwhile, the slow ones are cut off, and a body too large gets its 413 rather than a reset.
 * Paths are served exactly, and a port that is taken is named with its keys.
 */
@Tag("slow")
class BridgeHttpServerTest {

    private static final int MAX_BODY = 1024;
    private static final int ATTACKERS = 6; // more than the old server's four threads
    private static final HttpLimits QUICK = HttpLimits.forBodiesUpTo(MAX_BODY)
            .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(30));

    private final List<Socket> sockets = new ArrayList<>();
    private final ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "slow-caller");
        thread.setDaemon(true);
        return thread;
    });

    @AfterEach
    void hangUp() throws IOException {
        trickle.shutdownNow();
        for (Socket socket : sockets) {
            socket.close();
        }
    }

    @Test
    void slowHeadersAndEndlessBodiesDoNotSilenceTheHealthCheck() throws IOException {
        int port = DaemonFixtures.freePort();
        try (BridgeHttpServer server = server(port)) {
            List<Socket> slowHeaders = new ArrayList<>();
            List<Socket> endlessBodies = new ArrayList<>();
            for (int i = 0; i < ATTACKERS; i++) {
                slowHeaders.add(open(port, "POST /webhooks/kravia/1 HTTP/1.1\r\nHost: bridge\r\n"));
                endlessBodies.add(open(port, "POST /webhooks/kravia/1 HTTP/1.1\r\nHost: bridge\r\n"
                        + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"));
            }
            // every caller sends a little every 100 ms, for at most a minute: one more header line, one more chunk
            AtomicInteger rounds = new AtomicInteger();
            trickle.scheduleAtFixedRate(() -> {
                if (rounds.incrementAndGet() > 600) {
                    return;
                }
                slowHeaders.forEach(socket -> sendQuietly(socket, "X-Slow: " + rounds.get() + "\r\n"));
                endlessBodies.forEach(socket -> sendQuietly(socket, "1\r\n \r\n"));
            }, 0, 100, TimeUnit.MILLISECONDS);
            await().atMost(Duration.ofSeconds(2)).until(() -> rounds.get() > 3);

            // all twelve are connected and sending while the monitor asks, and gets its answer at once
            await().atMost(Duration.ofSeconds(3)).until(() -> DaemonFixtures.get(port, "/health").status() == 200);

            // and the slow ones do not stay: each is answered 408 or closed once its time is up
            for (Socket socket : slowHeaders) {
                assertThat(endOf(socket)).as("slow headers").isIn("closed", "HTTP/1.1 408");
            }
            for (Socket socket : endlessBodies) {
                assertThat(endOf(socket)).as("endless body").isEqualTo("HTTP/1.1 408");
            }
            assertThat(DaemonFixtures.get(port, "/health").status()).isEqualTo(200);
        }
    }

    @Test
    void aBodyOverTheLimitIsAnswered413DeclaredOrStreamed() throws Exception {
        int port = DaemonFixtures.freePort();
        try (BridgeHttpServer server = server(port)) {
            // 2 MB, far over the limit; the caller reads the answer only once it has sent it all, as a simple client
            // does, so a server that closed the connection early has reset it and the answer is lost. Its send
            // buffer is small, so the operating system cannot take the whole body on the caller's behalf.
            byte[] large = new byte[2 * 1024 * 1024];
            java.util.Arrays.fill(large, (byte) ' ');

            Socket declared = open(port, "POST /webhooks/kravia/1 HTTP/1.1\r\nHost: bridge\r\n"
                    + "Content-Length: " + large.length + "\r\n\r\n");
            sendWhole(declared, large);
            assertThat(statusLine(declared)).isEqualTo("HTTP/1.1 413");

            // no length given: counted as it is read
            Socket streamed = open(port, "POST /webhooks/kravia/1 HTTP/1.1\r\nHost: bridge\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n");
            byte[] chunk = ("4000\r\n" + " ".repeat(0x4000) + "\r\n").getBytes(StandardCharsets.US_ASCII);
            ByteArrayOutputStream chunked = new ByteArrayOutputStream();
            for (int i = 0; i < large.length / 0x4000; i++) {
                chunked.write(chunk);
            }
            chunked.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            sendWhole(streamed, chunked.toByteArray());
            assertThat(statusLine(streamed)).isEqualTo("HTTP/1.1 413");

            // the limit itself is read and goes to the route
            assertThat(DaemonFixtures.post(port, "/webhooks/kravia/1", " ".repeat(MAX_BODY)))
                    .isEqualTo(new DaemonFixtures.Answer(200, "read " + MAX_BODY));
        }
    }

    /** Sends all of {@code bytes} on another thread and waits (20 s at most) until they are sent. */
    private void sendWhole(Socket socket, byte[] bytes) throws Exception {
        Future<?> sending = trickle.submit(() -> {
            socket.getOutputStream().write(bytes);
            socket.getOutputStream().flush();
            return null;
        });
        sending.get(20, TimeUnit.SECONDS);
    }

    @Test
    void theHealthCheckIsServedAtItsPathOnly() {
        int port = DaemonFixtures.freePort();
        try (BridgeHttpServer server = server(port)) {
            assertThat(DaemonFixtures.get(port, "/health")).isEqualTo(new DaemonFixtures.Answer(200, "up"));
            assertThat(DaemonFixtures.get(port, "/healthz").status()).isEqualTo(404);
            assertThat(DaemonFixtures.get(port, "/health/x").status()).isEqualTo(404);
            assertThat(DaemonFixtures.get(port, "/").status()).isEqualTo(404);
        }
    }

    @Test
    void connectionsBeyondTheLimitWaitUntilOneCloses() throws IOException {
        int port = DaemonFixtures.freePort();
        HttpLimits twoConnections = new HttpLimits(Duration.ofSeconds(30), Duration.ofSeconds(30),
                Duration.ofSeconds(30), 2, 16, MAX_BODY);
        try (BridgeHttpServer server = new BridgeHttpServer("127.0.0.1", port, twoConnections,
                new Routes().exact("/health", call -> HttpAnswer.text(200, "up")))) {
            Socket first = open(port, "");
            Socket second = open(port, "GET /health HTTP/1.1\r\nHost: bridge\r\n\r\n");
            assertThat(statusLine(second)).isEqualTo("HTTP/1.1 200");

            // the operating system takes the third connection into its queue; the server does not serve it yet
            Socket third = open(port, "GET /health HTTP/1.1\r\nHost: bridge\r\nConnection: close\r\n\r\n");
            third.setSoTimeout(1_000);
            assertThatThrownBy(() -> third.getInputStream().read()).isInstanceOf(SocketTimeoutException.class);

            first.close();
            assertThat(statusLine(third)).isEqualTo("HTTP/1.1 200");
        }
    }

    @Test
    void aTakenPortIsNamedWithItsKeys() {
        int port = DaemonFixtures.freePort();
        try (BridgeHttpServer first = server(port)) {
            assertThat(first.port()).isEqualTo(port);
            assertThatThrownBy(() -> server(port).close())
                    .hasMessage("cannot listen on 127.0.0.1:" + port + " (webhook.bind-address, webhook.port)");
        }
    }

    private BridgeHttpServer server(int port) {
        Routes routes = new Routes()
                .exact("/health", call -> HttpAnswer.text(200, "up"))
                .under(WebhookEndpoint.PREFIX, call -> HttpAnswer.text(200, "read " + call.body().length));
        return new BridgeHttpServer("127.0.0.1", port, QUICK, routes);
    }

    private Socket open(int port, String start) throws IOException {
        Socket socket = new Socket();
        sockets.add(socket);
        socket.setSendBufferSize(8 * 1024);
        socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2_000);
        socket.getOutputStream().write(start.getBytes(StandardCharsets.US_ASCII));
        return socket;
    }

    private static void sendQuietly(Socket socket, String text) {
        sendQuietly(socket, text.getBytes(StandardCharsets.US_ASCII));
    }

    /** A caller that keeps sending after it was cut off gets an error; it is the server's right to cut it. */
    private static void sendQuietly(Socket socket, byte[] bytes) {
        try {
            OutputStream out = socket.getOutputStream();
            out.write(bytes);
            out.flush();
        } catch (IOException cutOff) {
            // expected once the server gave up on the caller
        }
    }

    /** What the server did to a slow caller within 15 s: "closed", or the status line it answered. */
    private static String endOf(Socket socket) throws IOException {
        socket.setSoTimeout(15_000);
        try {
            InputStream in = socket.getInputStream();
            int first = in.read();
            if (first == -1) {
                return "closed";
            }
            return ((char) first + readLine(in)).substring(0, 12);
        } catch (SocketException reset) {
            return "closed";
        } catch (SocketTimeoutException stillOpen) {
            return "still open after 15 s";
        }
    }

    private static String statusLine(Socket socket) throws IOException {
        socket.setSoTimeout(15_000);
        String line = readLine(socket.getInputStream());
        return line.length() >= 12 ? line.substring(0, 12) : line;
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != -1 && c != '\n' && line.length() < 200; c = in.read()) {
            line.append((char) c);
        }
        return line.toString().strip();
    }
}
