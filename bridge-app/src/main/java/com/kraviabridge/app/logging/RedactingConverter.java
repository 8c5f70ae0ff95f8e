package com.kraviabridge.app.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.pattern.CompositeConverter;

/** {@code %redact(...)}: masks registered secrets and folds line breaks so one event stays one line. */
public final class RedactingConverter extends CompositeConverter<ILoggingEvent> {

    @Override
    protected String transform(ILoggingEvent event, String in) {
        return oneLine(Secrets.redact(in));
    }

    static String oneLine(String text) {
        // masked before folding: a secret containing a line break is still found whole
        return text.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\r");
    }
}
