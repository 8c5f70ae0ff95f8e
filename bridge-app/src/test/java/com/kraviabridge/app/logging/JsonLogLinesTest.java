package com.kraviabridge.app.logging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.kraviabridge.config.LogFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code logging.format = json}: one JSON object per line on stderr, secrets masked as in the text lines. */
class JsonLogLinesTest {

    private static final String TOKEN = "kv_live_c0ffee9876";

    @AfterEach
    void backToText() {
        LogLines.use(LogFormat.TEXT);
        Secrets.forgetAll();
    }

    @Test
    void everyEventIsOneJsonObjectWithSecretsMasked() throws IOException {
        Secrets.register(List.of(TOKEN));
        LogLines.use(LogFormat.JSON);

        String err = stderrOf(() -> {
            LoggerFactory.getLogger("com.kraviabridge.test").warn("calling Kravia with {}", TOKEN);
            LoggerFactory.getLogger("com.kraviabridge.test").error("refused", new IllegalStateException(
                    "401 for Authorization: " + TOKEN + "\nsecond line"));
        });

        List<String> lines = err.lines().toList();
        assertThat(lines).hasSize(2);
        JsonNode warning = new ObjectMapper().readTree(lines.get(0));
        assertThat(warning.path("level").asText()).isEqualTo("WARN");
        assertThat(warning.path("logger_name").asText()).isEqualTo("com.kraviabridge.test");
        assertThat(warning.path("message").asText()).isEqualTo("calling Kravia with ****");
        assertThat(warning.has("@timestamp")).isTrue();
        JsonNode error = new ObjectMapper().readTree(lines.get(1));
        assertThat(error.path("stack_trace").asText()).contains("IllegalStateException: 401 for Authorization: ****");
        assertThat(err).doesNotContain(TOKEN);
    }

    @Test
    void textComesBack() {
        LogLines.use(LogFormat.JSON);
        LogLines.use(LogFormat.TEXT);

        String err = stderrOf(() -> LoggerFactory.getLogger("com.kraviabridge.test").warn("plain again"));

        assertThat(err).contains(" WARN  [").contains("plain again").doesNotStartWith("{");
    }

    private static String stderrOf(Runnable logging) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            logging.run();
        } finally {
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
