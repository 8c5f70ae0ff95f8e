package com.kraviabridge.sim.odoo.views;

import com.kraviabridge.sim.odoo.OdooVersion;
import com.kraviabridge.sim.odoo.orm.ModelBuilder;
import com.kraviabridge.sim.odoo.orm.SchemaBuilder;

/**
 * ir.ui.view and ir.model.data: enough of both for an integration to add its own view extensions over the
 * external API and to find Odoo's views by their XML ids. 18 renamed the list view type from tree to list.
 */
public final class ViewModels {
    private static final String SETTINGS = "Administration / Settings";

    private ViewModels() {
    }

    public static void define(SchemaBuilder s, OdooVersion v) {
        ModelBuilder view = s.model("ir.ui.view", "View").order("priority, name, id").acl(SETTINGS);
        view.char_("name", "View Name").required();
        view.char_("model", "Model").indexed();
        view.integer("priority", "Sequence").defaultValue(16).required();
        view.text("arch", "View Architecture");
        view.m2o("inherit_id", "Inherited View", "ir.ui.view").ondelete("restrict").indexed();
        view.selection("mode", "View inheritance mode", "primary", "Base view", "extension", "Extension View")
                .defaultValue("primary").required();
        view.bool("active", "Active").defaultValue(true);
        String listType = v.atLeast(18) ? "list" : "tree";
        view.selection("type", "View Type", listType, v.atLeast(18) ? "List" : "Tree", "form", "Form", "graph",
                "Graph", "pivot", "Pivot", "calendar", "Calendar", "kanban", "Kanban", "search", "Search", "qweb",
                "QWeb", "activity", "Activity");

        ModelBuilder data = s.model("ir.model.data", "Model Data").order("module, model, name").acl(SETTINGS)
                .recName("name");
        data.char_("name", "External Identifier").required();
        data.char_("module", "Module").required().defaultValue("");
        data.char_("model", "Model Name").required();
        data.integer("res_id", "Record ID");
        data.bool("noupdate", "Non Updatable");
    }
}
