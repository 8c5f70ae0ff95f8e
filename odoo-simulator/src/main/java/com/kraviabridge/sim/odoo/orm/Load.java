package com.kraviabridge.sim.odoo.orm;

import com.kraviabridge.sim.odoo.Operation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code BaseModel.load(fields, data)}, the import method, for updating existing records through the
 * {@code '.id'} (database id) column: every row is written with its own values, in one call. As in Odoo 16-19:
 * cells are converted per field type ({@link ImportConverter}); an unknown or invisible id, a value that does not
 * convert and a write that raises a UserError or AccessError become messages, not faults; the first try writes
 * all rows, and if that raises, every row is tried alone; ten failed rows end the tries with a warning; any error
 * message undoes the whole load and answers {@code ids: False}. An unknown column crashes the call (KeyError up
 * to 17, ValueError from 18), as a model without read access does.
 *
 * <p>What the simulator does not model is refused with a UserError saying so: rows without a {@code '.id'}
 * (which would create records), external ids ({@code 'id'}) and relational columns. A row whose {@code '.id'} is
 * unknown would be created by Odoo and rolled back with the rest, so the simulator only reports it. Integrity
 * errors keep the RPC wording rather than the import's.
 */
final class Load {
    private static final int ERRORS_BEFORE_GIVING_UP = 10;

    private final Env env;
    private final ModelDef model;
    private final List<Object> messages = new ArrayList<>();
    private final List<Object> ids = new ArrayList<>();

    private Load(Env env, ModelDef model) {
        this.env = env;
        this.model = model;
    }

    /** One row to write: the record, its converted values and where it came from (for messages). */
    private record Row(int dbid, Map<String, Object> values, Map<String, Object> info) {
    }

    static Object load(Env env, Call c) {
        List<String> fields = c.strings("fields");
        List<?> data = c.arg("data") instanceof List<?> l ? l : null;
        if (fields == null || data == null) {
            throw OdooError.typeError("'" + Values.pyTypeName(fields == null ? c.arg("fields") : c.arg("data"))
                    + "' object is not iterable");
        }
        return new Load(env, c.model()).run(fields, data);
    }

    private Map<String, Object> run(List<String> fields, List<?> data) {
        Transaction tx = env.tx();
        int start = tx.savepoint();
        checkColumns(fields);
        Integer limit = Values.unset(env.context().get("_import_limit")) ? null
                : Values.pyInt(env.context().get("_import_limit"));
        List<Row> batch = new ArrayList<>();
        int lastRow = -1;
        for (int index = 0; index < data.size() && (limit == null || index < limit); index++) {
            Row row = convert(fields, data.get(index), index);
            if (row != null) {
                batch.add(row);
            }
            lastRow = index;
        }
        write(batch);
        boolean failed = messages.stream().anyMatch(m -> "error".equals(((Map<?, ?>) m).get("type")));
        if (failed) {
            tx.rollbackTo(start);
        }
        int nextRow = lastRow + 1;
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("ids", failed ? Boolean.FALSE : ids);
        result.put("messages", messages);
        result.put("nextrow", limit == null || nextRow < limit ? 0 : nextRow);
        return result;
    }

    private void checkColumns(List<String> fields) {
        for (String name : fields) {
            if (name.equals(".id")) {
                continue;
            }
            if (name.contains("/") || name.endsWith(".id") || name.endsWith(":id") || name.equals("id")) {
                throw unsupported("the column " + PyRepr.repr(name) + " (external ids and sub-fields)");
            }
            FieldDef f = model.field(name);
            if (f == null) {
                throw env.version().atLeast(18) ? OdooError.valueError("Invalid field name " + PyRepr.repr(name))
                        : OdooError.keyError(name);
            }
            if (f.type.relational()) {
                throw unsupported("the relational column " + PyRepr.repr(name));
            }
        }
        if (!fields.contains(".id")) {
            throw unsupported("rows without a '.id' column, which create records");
        }
    }

    /** {@code _convert_records} for one row: the database id looked up, the cells converted. */
    private Row convert(List<String> fields, Object rawRow, int index) {
        if (!(rawRow instanceof List<?> cells)) {
            throw OdooError.typeError("'" + Values.pyTypeName(rawRow) + "' object is not iterable");
        }
        Map<String, Object> record = new LinkedHashMap<>();
        for (int i = 0; i < Math.min(fields.size(), cells.size()); i++) {
            record.put(fields.get(i), cells.get(i));
        }
        Map<String, Object> rows = new LinkedHashMap<>();
        rows.put("from", index);
        rows.put("to", index);
        Integer dbid = databaseId(record.get(".id"));
        boolean known = dbid != null && exists(dbid);
        if (dbid != null && !known) {
            Map<String, Object> unknown = new LinkedHashMap<>();
            unknown.put("rows", rows);
            unknown.put("type", "error");
            unknown.put("record", index);
            unknown.put("field", ".id");
            unknown.put("message", "Unknown database identifier '" + dbid + "'");
            messages.add(unknown);
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<String, Object> cell : record.entrySet()) {
            if (cell.getKey().equals(".id")) {
                continue;
            }
            FieldDef f = model.field(cell.getKey());
            ImportConverter.Converted converted = ImportConverter.convert(env, f, cell.getValue());
            if (converted.value() != null) {
                values.put(f.name, converted.value());
            }
            if (converted.problem() != null) {
                messages.add(conversionMessage(rows, index, f, converted.problem()));
            }
        }
        if (dbid == null) {
            throw unsupported("a row without a '.id' value (row " + (index + 1) + "), which would create a record");
        }
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("rows", rows);
        info.put("record", index);
        // Odoo would create a record for an unknown id and then roll it back with the rest: nothing to write.
        return known ? new Row(dbid, values, info) : null;
    }

    private Integer databaseId(Object cell) {
        if (!Values.truthy(cell)) {
            return null;
        }
        if (Values.isInt(cell)) {
            return ((Number) cell).intValue();
        }
        if (cell instanceof String s && s.strip().matches("[+-]?\\d+")) {
            return Integer.parseInt(s.strip());
        }
        throw unsupported("the '.id' value " + PyRepr.repr(cell) + " (not an integer)");
    }

    /** {@code self.search([('id', '=', dbid)])}: read access, record rules and archived records apply. */
    private boolean exists(int dbid) {
        AccessControl.checkModel(env, model, Operation.READ);
        return !Search.search(env, model, List.of(List.of("id", "=", dbid)), 0, null, null).isEmpty();
    }

    private static Map<String, Object> conversionMessage(Map<String, Object> rows, int index, FieldDef f,
                                                         ImportConverter.Problem problem) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rows", rows);
        m.put("type", "error");
        m.put("record", index);
        m.put("field", f.name);
        m.put("message", problem.text().apply(f.label));
        m.putAll(problem.info());
        m.put("field_name", f.label);
        return m;
    }

    /** {@code flush()}: all rows in one savepoint, and row by row if that raised. */
    private void write(List<Row> batch) {
        if (batch.isEmpty()) {
            return;
        }
        Transaction tx = env.tx();
        int savepoint = tx.savepoint();
        Map<String, Object> globalError = null;
        try {
            for (Row row : batch) {
                writeRow(row);
            }
            batch.forEach(row -> ids.add(row.dbid()));
            return;
        } catch (OdooError e) {
            tx.rollbackTo(savepoint);
            if (env.version().atLeast(17) && isUserError(e)) {
                globalError = message(batch.get(0).info(), e.getMessage());
            }
        }
        int errors = 0;
        for (int i = 1; i <= batch.size(); i++) {
            Row row = batch.get(i - 1);
            int rowSavepoint = tx.savepoint();
            try {
                writeRow(row);
                ids.add(row.dbid());
            } catch (OdooError e) {
                tx.rollbackTo(rowSavepoint);
                messages.add(failure(row, e));
                errors++;
            }
            if (errors >= ERRORS_BEFORE_GIVING_UP && errors >= i / 10.0) {
                Map<String, Object> warning = new LinkedHashMap<>();
                warning.put("type", "warning");
                warning.put("message", "Found more than 10 errors and more than one error per 10 records,"
                        + " interrupted to avoid showing too many errors.");
                messages.add(warning);
                break;
            }
        }
        if (errors > 0 && globalError != null && !messages.contains(globalError)) {
            messages.add(0, globalError);
        }
    }

    /** {@code _load_records_write}: a plain write of the one record. */
    private void writeRow(Row row) {
        Orm.write(env, model, List.of(row.dbid()), row.values());
    }

    private Map<String, Object> failure(Row row, OdooError e) {
        if (isUserError(e) || isDatabaseError(e)) {
            return message(row.info(), e.getMessage());
        }
        Map<String, Object> m = message(row.info(), "Unknown error during import: <class '"
                + e.type().tracebackName() + "'>: " + e.getMessage());
        m.put("moreinfo", "Resolve other errors first");
        return m;
    }

    private static Map<String, Object> message(Map<String, Object> info, String text) {
        Map<String, Object> m = new LinkedHashMap<>(info);
        m.put("type", "error");
        m.put("message", text);
        return m;
    }

    /** Subclasses of odoo.exceptions.UserError (AccessError included; RedirectWarning is not one). */
    private static boolean isUserError(OdooError e) {
        return switch (e.type().family()) {
            case WARNING -> e.type() != PyException.REDIRECT_WARNING;
            case ACCESS_ERROR, ACCESS_DENIED -> true;
            case INTERNAL -> false;
        };
    }

    /** psycopg2 errors, which the import reports by their text. */
    private static boolean isDatabaseError(OdooError e) {
        return e.type().qualifiedName().startsWith("psycopg2");
    }

    private static OdooError unsupported(String what) {
        return OdooError.userError("load() with " + what + " is not supported by the Odoo simulator.");
    }
}
