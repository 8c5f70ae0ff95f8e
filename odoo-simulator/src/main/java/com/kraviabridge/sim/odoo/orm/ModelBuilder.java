package com.kraviabridge.sim.odoo.orm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Fluent definition of a model's schema, used by the standard schema of each version. */
public final class ModelBuilder {
    private final ModelDef def;

    ModelBuilder(ModelDef def) {
        this.def = def;
    }

    public ModelBuilder order(String order) {
        def.order = order;
        return this;
    }

    public ModelBuilder recName(String field) {
        def.recName = field;
        return this;
    }

    public ModelBuilder company(String field) {
        def.companyField = field;
        return this;
    }

    public ModelBuilder parent(String field) {
        def.parentField = field;
        return this;
    }

    public ModelBuilder acl(String group) {
        def.aclGroup = group;
        return this;
    }

    public ModelBuilder mailThread() {
        def.mailThread = true;
        return this;
    }

    public ModelBuilder displayName(ModelDef.DisplayNamer namer) {
        def.displayNamer = namer;
        return this;
    }

    public FieldBuilder field(String name, FieldType type, String label) {
        return new FieldBuilder(def.add(new FieldDef(name, type, label)));
    }

    public FieldBuilder char_(String name, String label) {
        return field(name, FieldType.CHAR, label);
    }

    public FieldBuilder text(String name, String label) {
        return field(name, FieldType.TEXT, label);
    }

    public FieldBuilder html(String name, String label) {
        return field(name, FieldType.HTML, label);
    }

    public FieldBuilder integer(String name, String label) {
        return field(name, FieldType.INTEGER, label).defaultValue(0);
    }

    public FieldBuilder float_(String name, String label) {
        return field(name, FieldType.FLOAT, label).defaultValue(0.0);
    }

    public FieldBuilder monetary(String name, String label, String currencyField) {
        FieldBuilder b = field(name, FieldType.MONETARY, label).defaultValue(java.math.BigDecimal.ZERO);
        b.field.currencyField = currencyField;
        return b;
    }

    public FieldBuilder bool(String name, String label) {
        return field(name, FieldType.BOOLEAN, label).defaultValue(false);
    }

    public FieldBuilder date(String name, String label) {
        return field(name, FieldType.DATE, label);
    }

    public FieldBuilder datetime(String name, String label) {
        return field(name, FieldType.DATETIME, label);
    }

    public FieldBuilder binary(String name, String label) {
        return field(name, FieldType.BINARY, label);
    }

    /** Selection given as key/label pairs: "draft", "Draft", "posted", "Posted", ... */
    public FieldBuilder selection(String name, String label, String... keyLabels) {
        FieldBuilder b = field(name, FieldType.SELECTION, label);
        List<Map.Entry<String, String>> sel = new ArrayList<>();
        for (int i = 0; i + 1 < keyLabels.length; i += 2) {
            sel.add(Map.entry(keyLabels[i], keyLabels[i + 1]));
        }
        b.field.selection = List.copyOf(sel);
        return b;
    }

    public FieldBuilder m2o(String name, String label, String relation) {
        FieldBuilder b = field(name, FieldType.MANY2ONE, label);
        b.field.relation = relation;
        return b;
    }

    public FieldBuilder o2m(String name, String label, String relation, String inverse) {
        FieldBuilder b = field(name, FieldType.ONE2MANY, label);
        b.field.relation = relation;
        b.field.inverseName = inverse;
        return b;
    }

    public FieldBuilder m2m(String name, String label, String relation) {
        FieldBuilder b = field(name, FieldType.MANY2MANY, label);
        b.field.relation = relation;
        return b;
    }

    ModelDef def() {
        return def;
    }
}
