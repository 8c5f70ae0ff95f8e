package com.kraviabridge.app.logging;

import com.fasterxml.jackson.core.JsonStreamContext;
import net.logstash.logback.mask.ValueMasker;

/**
 * Masks registered secrets in every string value of a JSON log line (the message, its arguments, the stack trace),
 * the same masking the text lines get from {@link RedactingConverter}.
 */
public final class SecretValueMasker implements ValueMasker {

    @Override
    public Object mask(JsonStreamContext context, Object value) {
        if (value instanceof CharSequence text) {
            String masked = Secrets.redact(text.toString());
            return masked.contentEquals(text) ? null : masked;
        }
        return null;
    }
}
