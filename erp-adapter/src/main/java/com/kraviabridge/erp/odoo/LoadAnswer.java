package com.kraviabridge.erp.odoo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads the answer of {@code load}: {@code {ids: [...] or False, messages: [...]}}. Odoo reports the rows it could
 * not take as messages (type, message, and the row as {@code record}) rather than a fault, and keeps nothing of
 * the call when any message is an error.
 */
final class LoadAnswer {

    private static final int SHOWN = 5;

    private LoadAnswer() {
    }

    /**
     * What Odoo refused, naming the invoices by their row; empty when it took every row.
     *
     * @param rowIds the invoice of each row sent, in order
     */
    static Optional<String> refusals(Object answer, List<Long> rowIds) {
        if (!(answer instanceof Map<?, ?> map)) {
            return Optional.of("invoice(s) " + ids(rowIds) + ": unexpected answer to load: " + answer);
        }
        List<String> errors = new ArrayList<>();
        if (map.get("messages") instanceof List<?> messages) {
            for (Object message : messages) {
                if (message instanceof Map<?, ?> m && "error".equals(m.get("type"))) {
                    errors.add(row(m.get("record"), rowIds) + firstLine(m.get("message")));
                }
            }
        }
        if (errors.isEmpty() && map.get("ids") instanceof List<?>) {
            return Optional.empty();
        }
        String reasons = errors.isEmpty() ? "no ids and no reason given"
                : errors.stream().limit(SHOWN).collect(Collectors.joining("; "))
                + (errors.size() > SHOWN ? "; and " + (errors.size() - SHOWN) + " more" : "");
        return Optional.of("none of invoice(s) " + ids(rowIds) + " updated: " + reasons);
    }

    private static String row(Object record, List<Long> rowIds) {
        if (record instanceof Number n && n.intValue() >= 0 && n.intValue() < rowIds.size()) {
            return "invoice " + rowIds.get(n.intValue()) + ": ";
        }
        return "";
    }

    /** Access errors run over several lines; the first says what was refused. */
    private static String firstLine(Object message) {
        String text = String.valueOf(message).strip();
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    private static String ids(List<Long> rowIds) {
        return rowIds.size() <= 2 * SHOWN ? rowIds.stream().map(String::valueOf).collect(Collectors.joining(", "))
                : rowIds.get(0) + " .. " + rowIds.get(rowIds.size() - 1) + " (" + rowIds.size() + ")";
    }
}
