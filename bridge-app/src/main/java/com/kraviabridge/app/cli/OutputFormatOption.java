package com.kraviabridge.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kraviabridge.core.domain.Money;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;

/**
 * {@code --format text|json}: {@code json} prints one JSON document instead of the text, for scripts and monitoring.
 * Amounts are JSON objects with the amount as a string and the currency, so no amount goes through a double.
 */
public final class OutputFormatOption {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    private boolean json;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default) or json: one JSON document for scripts and monitoring.")
    void format(String value) {
        switch (value) {
            case "text" -> json = false;
            case "json" -> json = true;
            default -> throw new CommandLine.ParameterException(spec.commandLine(),
                    "Unknown format '" + value + "'; choose text or json");
        }
    }

    public boolean json() {
        return json;
    }

    static ObjectNode document() {
        return JSON.createObjectNode();
    }

    static JsonNode money(Money money) {
        if (money == null) {
            return JSON.nullNode();
        }
        ObjectNode node = JSON.createObjectNode();
        node.put("amount", money.amount().toPlainString());
        node.put("currency", money.currency());
        return node;
    }

    static void print(PrintWriter out, JsonNode document) {
        try {
            out.println(JSON.writeValueAsString(document));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
        out.flush();
    }
}
