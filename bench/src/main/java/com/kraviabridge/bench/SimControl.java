package com.kraviabridge.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starts {@link SimHost} in a child JVM and sends it commands; one child per landscape. */
final class SimControl implements AutoCloseable {

    private final ObjectMapper json = new ObjectMapper();
    private final Process process;
    private final BufferedWriter in;
    private final BufferedReader out;

    SimControl(String heap) {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + heap, "-XX:+UseParallelGC",
                // The JDK's HTTP server writes headers and body separately and, without TCP_NODELAY, Nagle holds the
                // body until the client's delayed ACK (40 ms): an artefact of the simulators, not of Odoo or Kravia.
                "-Dsun.net.httpserver.nodelay=true",
                "-cp", System.getProperty("java.class.path"), SimHost.class.getName()));
        try {
            process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the simulator JVM", e);
        }
        in = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
        out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    ObjectNode command(String name) {
        ObjectNode c = json.createObjectNode();
        c.put("cmd", name);
        return c;
    }

    JsonNode call(ObjectNode command) {
        try {
            in.write(json.writeValueAsString(command));
            in.newLine();
            in.flush();
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith(SimHost.REPLY)) {
                    JsonNode reply = json.readTree(line.substring(SimHost.REPLY.length()));
                    if (!reply.path("ok").asBoolean()) {
                        throw new IllegalStateException("simulator host: " + command.path("cmd").asText() + " failed: "
                                + reply.path("error").asText());
                    }
                    return reply;
                }
                System.err.println("[sim] " + line);
            }
            throw new IllegalStateException("the simulator JVM ended (exit " + waitFor() + ")");
        } catch (IOException e) {
            throw new UncheckedIOException("lost the simulator JVM", e);
        }
    }

    JsonNode call(String name) {
        return call(command(name));
    }

    private int waitFor() {
        try {
            process.waitFor(10, TimeUnit.SECONDS);
            return process.isAlive() ? -1 : process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    @Override
    public void close() {
        try {
            if (process.isAlive()) {
                call("quit");
            }
        } catch (RuntimeException ignored) {
            // ending anyway
        }
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroy();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }
}
