package com.kraviabridge.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kraviabridge.core.usecase.report.FlowReport;

import java.util.ArrayList;
import java.util.List;

/** The figures of one measured phase. */
final class Row {

    final String id;
    final String name;
    long records;
    long expected;
    String recordUnit = "invoices";
    double seconds;
    long odooCalls;
    long kraviaCalls;
    long kraviaFailed;
    long statements;
    long batchedRows;
    long peakHeap;
    long liveHeap;
    long collections;
    double limitSeconds = Double.NaN;
    String limitFormula = "";
    JsonNode odooByMethod;
    JsonNode kraviaByPath;
    /** The flows' outcome counts: sent, unchanged, rejected, parked, failed, unknown (reports are not kept: their
     * lines would stay on the heap and count in the next phase's figures). */
    final int[] outcome = new int[6];
    final List<String> notes = new ArrayList<>();
    final List<String> profile = new ArrayList<>();

    Row(String id, String name) {
        this.id = id;
        this.name = name;
    }

    double perSecond() {
        return seconds <= 0 ? 0 : records / seconds;
    }

    double per(long count) {
        return records == 0 ? Double.NaN : (double) count / records;
    }

    double ratio() {
        return Double.isNaN(limitSeconds) || limitSeconds <= 0 ? Double.NaN : seconds / limitSeconds;
    }

    long kravia(String methodAndPath) {
        return kraviaByPath == null ? 0 : kraviaByPath.path(methodAndPath).asLong(0);
    }

    int sent() {
        return outcome[0];
    }

    void count(List<FlowReport> reports) {
        for (FlowReport r : reports) {
            outcome[0] += r.sentCount();
            outcome[1] += r.unchangedCount();
            outcome[2] += r.rejectedCount();
            outcome[3] += r.parkedCount();
            outcome[4] += r.failedCount();
            outcome[5] += r.unknownCount();
        }
    }

    String outcome() {
        return outcome[0] + " sent, " + outcome[1] + " unchanged, " + outcome[2] + " rejected, " + outcome[3]
                + " parked, " + outcome[4] + " failed, " + outcome[5] + " unknown";
    }

    /** Sums measured phases (the flows of one sync) into one row. */
    static Row total(String id, String name, List<Row> parts) {
        Row t = new Row(id, name);
        t.limitSeconds = 0;
        ObjectNode odoo = JsonNodeFactory.instance.objectNode();
        ObjectNode kravia = JsonNodeFactory.instance.objectNode();
        for (Row p : parts) {
            add(odoo, p.odooByMethod);
            add(kravia, p.kraviaByPath);
            t.seconds += p.seconds;
            t.odooCalls += p.odooCalls;
            t.kraviaCalls += p.kraviaCalls;
            t.kraviaFailed += p.kraviaFailed;
            t.statements += p.statements;
            t.batchedRows += p.batchedRows;
            t.peakHeap = Math.max(t.peakHeap, p.peakHeap);
            t.liveHeap = Math.max(t.liveHeap, p.liveHeap);
            t.collections += p.collections;
            t.limitSeconds += Double.isNaN(p.limitSeconds) ? 0 : p.limitSeconds;
            for (int i = 0; i < t.outcome.length; i++) {
                t.outcome[i] += p.outcome[i];
            }
        }
        t.odooByMethod = odoo;
        t.kraviaByPath = kravia;
        t.limitFormula = "sum of the flows' limits";
        return t;
    }

    private static void add(ObjectNode sum, JsonNode counts) {
        if (counts != null) {
            counts.fields().forEachRemaining(e -> sum.put(e.getKey(), sum.path(e.getKey()).asLong(0) + e.getValue().asLong()));
        }
    }
}
