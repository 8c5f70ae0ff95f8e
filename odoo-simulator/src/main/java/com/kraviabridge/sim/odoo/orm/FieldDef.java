package com.kraviabridge.sim.odoo.orm;

import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * One field of a model. Internal values: text types as String, INTEGER as Integer, FLOAT as
 * Double, MONETARY as BigDecimal, BOOLEAN as Boolean, DATE as LocalDate, DATETIME as
 * LocalDateTime (UTC, microseconds), MANY2ONE as Integer id, MANY2MANY as a sorted List of ids,
 * BINARY as base64 String; {@code null} means unset. ONE2MANY is never stored: it is derived from
 * the inverse many2one.
 */
public final class FieldDef {
    final String name;
    final FieldType type;
    String label;
    String relation;
    String inverseName;
    List<Map.Entry<String, String>> selection = List.of();
    boolean required;
    boolean readonly;
    boolean store = true;
    boolean indexed;
    boolean manual;
    String currencyField;
    String related;
    List<String> depends;
    Computer compute;
    BiPredicate<Env, Rec> lineFilter;
    String help;
    String ondelete = "set null";
    java.util.function.Function<Env, Object> defaultValue;
    int slot = -1;

    FieldDef(String name, FieldType type, String label) {
        this.name = name;
        this.type = type;
        this.label = label;
    }

    public String name() {
        return name;
    }

    public FieldType type() {
        return type;
    }

    public String label() {
        return label;
    }

    public String relation() {
        return relation;
    }

    public String inverseName() {
        return inverseName;
    }

    public List<Map.Entry<String, String>> selection() {
        return selection;
    }

    public boolean required() {
        return required;
    }

    public boolean readonly() {
        return readonly;
    }

    /** Whether Odoo stores the column (drives fields_get and whether ordering on it works). */
    public boolean store() {
        return store;
    }

    public boolean manual() {
        return manual;
    }

    public String currencyField() {
        return currencyField;
    }

    public String related() {
        return related;
    }

    /**
     * What {@code fields_get} reports as the field's dependencies: a related field depends on its path unless
     * it names its dependencies itself, as Odoo's {@code get_depends} has it.
     */
    public List<String> depends() {
        if (depends != null) {
            return depends;
        }
        return related == null ? List.of() : List.of(related);
    }

    public String ondelete() {
        return ondelete;
    }

    public boolean computed() {
        return compute != null;
    }

    /** Whether the simulator keeps the value in the record itself. */
    public boolean physical() {
        return slot >= 0;
    }

    public boolean hasSelectionKey(String key) {
        for (Map.Entry<String, String> e : selection) {
            if (e.getKey().equals(key)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return name + ":" + type.odooName();
    }
}
