package com.kraviabridge.sim.kravia;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a request body the way Kravia's .NET binder does (docs/kravia-contract.md §1): property names in any casing,
 * booleans and numbers also as strings, unknown properties ignored. Problems are added to {@link FieldErrors} under the
 * documented camelCase path ({@code postalAddress.addressCity}, {@code invoices[0].amount}).
 */
final class JsonBody {

    private final JsonNode node;
    private final String path;
    private final FieldErrors errors;

    private JsonBody(JsonNode node, String path, FieldErrors errors) {
        this.node = node;
        this.path = path;
        this.errors = errors;
    }

    static JsonBody parse(String text, FieldErrors errors) {
        if (text == null || text.isBlank()) {
            throw ApiError.malformed("A JSON body is required.");
        }
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw ApiError.malformed("The body is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw ApiError.malformed("The body must be a JSON object.");
        }
        return new JsonBody(root, "", errors);
    }

    String pathOf(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /** The member whose name equals {@code name} ignoring case; null when absent or JSON null. */
    private JsonNode member(String name) {
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (field.getKey().equalsIgnoreCase(name)) {
                return field.getValue().isNull() ? null : field.getValue();
            }
        }
        return null;
    }

    private boolean missing(String name, JsonNode value, boolean required) {
        if (value == null || (value.isTextual() && value.asText().isBlank())) {
            if (required) {
                errors.add(pathOf(name), "The " + name + " field is required.");
            }
            return true;
        }
        return false;
    }

    String text(String name, boolean required) {
        JsonNode value = member(name);
        if (missing(name, value, required)) {
            return null;
        }
        if (value.isContainerNode()) {
            errors.add(pathOf(name), "The " + name + " field must be a string.");
            return null;
        }
        return value.asText().trim();
    }

    BigDecimal amount(String name, boolean required) {
        JsonNode value = member(name);
        if (missing(name, value, required)) {
            return null;
        }
        try {
            if (value.isNumber()) {
                return value.decimalValue();
            }
            if (value.isTextual()) {
                return new BigDecimal(value.asText().trim());
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(pathOf(name), "The " + name + " field must be a number.");
        return null;
    }

    Long id(String name, boolean required) {
        JsonNode value = member(name);
        if (missing(name, value, required)) {
            return null;
        }
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return value.longValue();
        }
        if (value.isTextual() && value.asText().trim().matches("\\d{1,18}")) {
            return Long.parseLong(value.asText().trim());
        }
        errors.add(pathOf(name), "The " + name + " field must be a whole number.");
        return null;
    }

    Boolean flag(String name, boolean required) {
        JsonNode value = member(name);
        if (missing(name, value, required)) {
            return null;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isTextual() && (value.asText().trim().equalsIgnoreCase("true")
                || value.asText().trim().equalsIgnoreCase("false"))) {
            return Boolean.parseBoolean(value.asText().trim());
        }
        errors.add(pathOf(name), "The " + name + " field must be true or false.");
        return null;
    }

    LocalDate date(String name, boolean required) {
        String text = text(name, required);
        if (text == null) {
            return null;
        }
        try {
            return WireTime.parseDate(text);
        } catch (DateTimeParseException e) {
            errors.add(pathOf(name), "The " + name + " field must be a date (YYYY-MM-DD).");
            return null;
        }
    }

    Optional<JsonBody> object(String name, boolean required) {
        JsonNode value = member(name);
        if (missing(name, value, required)) {
            return Optional.empty();
        }
        if (!value.isObject()) {
            errors.add(pathOf(name), "The " + name + " field must be an object.");
            return Optional.empty();
        }
        return Optional.of(new JsonBody(value, pathOf(name), errors));
    }

    /** The elements of an array member, each an object; a required array must not be empty. */
    List<JsonBody> array(String name, boolean required) {
        JsonNode value = member(name);
        List<JsonBody> items = new ArrayList<>();
        if (missing(name, value, required)) {
            return items;
        }
        if (!value.isArray()) {
            errors.add(pathOf(name), "The " + name + " field must be an array.");
            return items;
        }
        if (required && value.isEmpty()) {
            errors.add(pathOf(name), "The " + name + " field needs at least one element.");
        }
        for (int i = 0; i < value.size(); i++) {
            String itemPath = pathOf(name) + "[" + i + "]";
            if (value.get(i).isObject()) {
                items.add(new JsonBody(value.get(i), itemPath, errors));
            } else {
                errors.add(itemPath, "Each element of " + name + " must be an object.");
            }
        }
        return items;
    }
}
