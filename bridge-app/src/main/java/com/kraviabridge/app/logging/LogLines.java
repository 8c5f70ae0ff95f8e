package com.kraviabridge.app.logging;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.Encoder;
import com.kraviabridge.config.LogFormat;
import net.logstash.logback.encoder.LogstashEncoder;
import net.logstash.logback.mask.MaskingJsonGeneratorDecorator;
import org.slf4j.LoggerFactory;

/**
 * Switches the log lines on stderr between text (logback.xml's pattern) and one JSON object per line
 * ({@code logging.format}), once the settings are read. Secrets are masked either way.
 */
public final class LogLines {

    static final String APPENDER = "STDERR";
    private static Encoder<ILoggingEvent> textEncoder;

    private LogLines() {
    }

    public static synchronized void use(LogFormat format) {
        OutputStreamAppender<ILoggingEvent> appender = stderrAppender();
        if (appender == null) {
            return; // logging configured otherwise (a test, an embedding application): leave it alone
        }
        if (textEncoder == null) {
            textEncoder = appender.getEncoder();
        }
        Encoder<ILoggingEvent> wanted = format == LogFormat.JSON ? jsonEncoder(appender) : textEncoder;
        if (appender.getEncoder() != wanted) {
            appender.stop();
            appender.setEncoder(wanted);
            appender.start();
        }
    }

    private static Encoder<ILoggingEvent> jsonEncoder(OutputStreamAppender<ILoggingEvent> appender) {
        if (appender.getEncoder() instanceof LogstashEncoder json) {
            return json;
        }
        LogstashEncoder encoder = new LogstashEncoder();
        encoder.setContext(appender.getContext());
        MaskingJsonGeneratorDecorator masking = new MaskingJsonGeneratorDecorator();
        masking.addValueMasker(new SecretValueMasker());
        masking.start();
        encoder.setJsonGeneratorDecorator(masking);
        encoder.start();
        return encoder;
    }

    static OutputStreamAppender<ILoggingEvent> stderrAppender() {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return null;
        }
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Appender<ILoggingEvent> appender = root.getAppender(APPENDER);
        return appender instanceof OutputStreamAppender<ILoggingEvent> stream ? stream : null;
    }
}
