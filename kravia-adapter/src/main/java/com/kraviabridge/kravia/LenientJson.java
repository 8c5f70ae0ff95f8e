package com.kraviabridge.kravia;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Reading Kravia's JSON the way its own (ASP.NET, Newtonsoft-style) binding does: property names in any
 * casing (Kravia's own examples mix camelCase and PascalCase, docs/kravia-contract.md §1), numbers and booleans also as
 * strings, unknown properties ignored. Decimals stay {@link BigDecimal} end to end, never {@code double}.
 */
final class LenientJson {

    static final JsonMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private LenientJson() {
    }

    /** The member called {@code name}, matched exactly first and then ignoring case; null when absent or JSON null. */
    static JsonNode field(JsonNode object, String name) {
        if (object == null || !object.isObject()) {
            return null;
        }
        JsonNode exact = object.get(name);
        if (exact != null) {
            return exact.isNull() ? null : exact;
        }
        for (Map.Entry<String, JsonNode> member : object.properties()) {
            if (member.getKey().equalsIgnoreCase(name)) {
                return member.getValue().isNull() ? null : member.getValue();
            }
        }
        return null;
    }

    static String text(JsonNode object, String name) {
        JsonNode value = field(object, name);
        if (value == null || value.isContainerNode()) {
            return null;
        }
        String text = value.asText();
        return text.isEmpty() ? null : text;
    }

    /** A whole number given as a JSON number or as a numeric string; null when absent or not a whole number. */
    static Long wholeNumber(JsonNode object, String name) {
        JsonNode value = field(object, name);
        if (value == null) {
            return null;
        }
        if (value.isIntegralNumber()) {
            return value.longValue();
        }
        try {
            return new BigDecimal(value.asText().trim()).longValueExact();
        } catch (ArithmeticException | NumberFormatException notWhole) {
            return null;
        }
    }

    static BigDecimal decimal(JsonNode object, String name) {
        JsonNode value = field(object, name);
        if (value == null) {
            return null;
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        try {
            return new BigDecimal(value.asText().trim());
        } catch (NumberFormatException notNumber) {
            return null;
        }
    }

    /**
     * A boolean given as JSON boolean or as the string "true"/"false" (docs/kravia-contract.md §1); {@code otherwise}
     * when absent.
     */
    static boolean flag(JsonNode object, String name, boolean otherwise) {
        JsonNode value = field(object, name);
        if (value == null) {
            return otherwise;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        String text = value.asText().trim();
        return text.equalsIgnoreCase("true") || (!text.equalsIgnoreCase("false") && otherwise);
    }

    /** The first of the names that is present, e.g. {@code id} falling back to {@code invoiceId}. */
    static Long firstWholeNumber(JsonNode object, String... names) {
        for (String name : names) {
            Long value = wholeNumber(object, name);
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
