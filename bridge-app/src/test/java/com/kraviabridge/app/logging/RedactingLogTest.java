package com.kraviabridge.app.logging;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.status.Status;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the real logback.xml: the guarantee is about what reaches stderr, not about a converter alone. */
class RedactingLogTest {

    private static final String TOKEN = "kv_live_feedface1234";
    private static final String PASSWORD = "odoo-pw-5678";

    @AfterEach
    void forgetSecrets() {
        Secrets.forgetAll();
    }

    @Test
    void aRegisteredSecretNeverReachesALogLine() {
        Secrets.register(List.of(TOKEN, PASSWORD));

        String line = layout(event("calling Kravia with token " + TOKEN + " as {}", new IllegalStateException(
                "401 for Authorization: Bearer " + TOKEN, new IOException("login " + PASSWORD + " refused")), PASSWORD));

        assertThat(line).doesNotContain(TOKEN).doesNotContain(PASSWORD)
                .contains("calling Kravia with token **** as ****")
                .contains("java.lang.IllegalStateException: 401 for Authorization: Bearer ****")
                .contains("caused by java.io.IOException: login **** refused");
    }

    @Test
    void everyEventIsOneLine() {
        String line = layout(event("first\nsecond\r\nthird", new RuntimeException("multi\nline")));

        assertThat(line).endsWith(System.lineSeparator());
        assertThat(line.strip()).doesNotContain("\n").doesNotContain("\r")
                .contains("first\\nsecond\\nthird")
                .contains("java.lang.RuntimeException: multi\\nline (at ");
    }

    @Test
    void theLineHasTimeLevelThreadAndLogger() {
        String line = layout(event("hello", null));

        assertThat(line).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}\\S* INFO  \\[main\\] \\S*RedactingLogTest - hello\\R");
    }

    @Test
    void theLongestSecretIsMaskedWhole() {
        Secrets.register(List.of("abcd", "abcdefgh"));

        assertThat(Secrets.redact("x abcdefgh y abcd")).isEqualTo("x **** y ****");
        assertThat(Secrets.redact(null)).isNull();
    }

    @Test
    void tooShortSecretsAreNotMaskedBecauseTheMasksWouldGiveThemAway() {
        Secrets.register(List.of("ab", ""));

        assertThat(Secrets.redact("about a cab")).isEqualTo("about a cab");
    }

    @Test
    void loggingThroughSlf4jGoesToStderrRedacted() {
        Secrets.register(List.of(TOKEN));
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            LoggerFactory.getLogger("com.kraviabridge.test").warn("token is {}", TOKEN);
        } finally {
            System.setErr(original);
        }

        assertThat(captured.toString(StandardCharsets.UTF_8)).contains("WARN", "token is ****").doesNotContain(TOKEN);
    }

    @Test
    void theConfigurationLoadsWithoutErrors() {
        LoggerContext context = context();

        assertThat(context.getStatusManager().getCopyOfStatusList())
                .filteredOn(s -> s.getLevel() >= Status.WARN)
                .isEmpty();
    }

    private static LoggingEvent event(String message, Throwable throwable, Object... arguments) {
        ch.qos.logback.classic.Logger logger = context().getLogger(RedactingLogTest.class);
        LoggingEvent event = new LoggingEvent(Logger.class.getName(), logger, Level.INFO, message, throwable, arguments);
        event.setThreadName("main");
        return event;
    }

    @SuppressWarnings("unchecked")
    private static String layout(LoggingEvent event) {
        ConsoleAppender<?> appender = (ConsoleAppender<?>) context().getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDERR");
        Encoder<LoggingEvent> encoder = (Encoder<LoggingEvent>) appender.getEncoder();
        return new String(encoder.encode(event), StandardCharsets.UTF_8);
    }

    private static LoggerContext context() {
        return (LoggerContext) LoggerFactory.getILoggerFactory();
    }
}
