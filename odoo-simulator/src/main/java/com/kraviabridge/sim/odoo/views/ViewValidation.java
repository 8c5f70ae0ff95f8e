package com.kraviabridge.sim.odoo.views;

import com.kraviabridge.sim.odoo.orm.Env;
import com.kraviabridge.sim.odoo.orm.ModelDef;
import com.kraviabridge.sim.odoo.orm.ModelHooks;
import com.kraviabridge.sim.odoo.orm.OdooError;
import com.kraviabridge.sim.odoo.orm.Rec;
import com.kraviabridge.sim.odoo.orm.Values;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * ir.ui.view: a view that inherits another is checked when it is created or written, as Odoo checks it: its
 * specs are applied to the parent as Odoo would show it (with the parent's own ancestors and extensions), a
 * spec that locates nothing is refused with a ValidationError, and so is a field the model does not have.
 */
public final class ViewValidation implements ModelHooks {

    @Override
    public void prepareCreate(Env env, Map<String, Object> vals) {
        if (Values.unset(vals.get("inherit_id"))) {
            return;
        }
        Rec parent = parentOf(env, vals.get("inherit_id"));
        vals.putIfAbsent("mode", "extension");
        if (Values.unset(vals.get("model"))) {
            vals.put("model", env.str(parent, "model"));
        }
        if (Values.unset(vals.get("type"))) {
            vals.put("type", env.str(parent, "type"));
        }
        check(env, null, parent, String.valueOf(vals.get("name")), String.valueOf(vals.get("model")),
                Values.unset(vals.get("arch")) ? "<data/>" : String.valueOf(vals.get("arch")));
    }

    @Override
    public void checkWrite(Env env, List<Rec> recs, Map<String, Object> vals) {
        if (!vals.containsKey("arch") && !vals.containsKey("inherit_id") && !vals.containsKey("active")) {
            return;
        }
        for (Rec view : recs) {
            Object inherit = vals.containsKey("inherit_id") ? vals.get("inherit_id") : env.id(view, "inherit_id");
            if (Values.unset(inherit)) {
                continue;
            }
            String arch = vals.containsKey("arch") ? String.valueOf(vals.get("arch")) : env.str(view, "arch");
            check(env, view.id(), parentOf(env, inherit), env.str(view, "name"), env.str(view, "model"), arch);
        }
    }

    private static Rec parentOf(Env env, Object inheritId) {
        Rec parent = env.rec("ir.ui.view", Values.pyInt(inheritId));
        if (parent == null) {
            throw OdooError.missingError("Record does not exist or has been deleted.\n(Record: ir.ui.view("
                    + inheritId + ",), User: " + env.uid() + ")");
        }
        return parent;
    }

    private static void check(Env env, Integer self, Rec parent, String name, String model, String arch) {
        ViewArch inheriting = ViewArch.parse(arch);
        ViewArch shown = combined(env, primaryOf(env, parent), self);
        try {
            shown.apply(inheriting);
        } catch (ViewArch.LocateFailure failure) {
            throw refusal(failure.spec(), "Element '" + ViewArch.openingTag(failure.spec())
                    + "' cannot be located in parent view", name, model, parent);
        }
        ModelDef def = env.model(model);
        for (Element spec : ViewArch.specs(inheriting)) {
            for (Element field : newFields(spec)) {
                String fieldName = field.getAttribute("name");
                if (def == null || !def.hasField(fieldName)) {
                    throw refusal(field, "Field \"" + fieldName + "\" does not exist in model \"" + model + "\"",
                            name, model, parent);
                }
            }
        }
    }

    /** The fields a spec adds, leaving out those of embedded sub-views (which belong to another model). */
    private static List<Element> newFields(Element spec) {
        List<Element> found = new ArrayList<>();
        for (Element child : ViewArch.children(spec)) {
            collectFields(child, found);
        }
        return found;
    }

    private static void collectFields(Element e, List<Element> found) {
        if ("field".equals(e.getTagName())) {
            found.add(e);
            return;
        }
        for (Element child : ViewArch.children(e)) {
            collectFields(child, found);
        }
    }

    private static OdooError refusal(Node near, String error, String name, String model, Rec parent) {
        return OdooError.validationError("Error while validating view near:\n\n"
                + (near instanceof Element e ? ViewArch.openingTag(e) : "") + "\n\n" + error
                + "\n\nView error context:\n{'name': '" + name + "', 'view.model': '" + model
                + "', 'view.parent': ir.ui.view(" + parent.id() + ",)}");
    }

    private static Rec primaryOf(Env env, Rec view) {
        Rec current = view;
        while ("extension".equals(env.str(current, "mode")) && env.id(current, "inherit_id") != null) {
            current = env.rec("ir.ui.view", env.id(current, "inherit_id"));
        }
        return current;
    }

    /** A primary view as Odoo shows it: its parent's view, its own arch, then its active extensions. */
    static ViewArch combined(Env env, Rec primary, Integer leaveOut) {
        Integer parent = env.id(primary, "inherit_id");
        ViewArch shown;
        if (parent == null) {
            shown = ViewArch.parse(env.str(primary, "arch"));
        } else {
            shown = combined(env, env.rec("ir.ui.view", parent), leaveOut);
            shown.apply(ViewArch.parse(env.str(primary, "arch")));
        }
        applyExtensions(env, primary.id(), shown, leaveOut);
        return shown;
    }

    private static int priority(Env env, Rec view) {
        return env.get(view, "priority") instanceof Number n ? n.intValue() : 16;
    }

    private static void applyExtensions(Env env, int parentId, ViewArch shown, Integer leaveOut) {
        List<Rec> extensions = new ArrayList<>();
        for (Rec r : env.table("ir.ui.view").scan()) {
            if (Integer.valueOf(parentId).equals(env.id(r, "inherit_id")) && "extension".equals(env.str(r, "mode"))
                    && env.bool(r, "active") && !Integer.valueOf(r.id()).equals(leaveOut)) {
                extensions.add(r);
            }
        }
        extensions.sort(Comparator.comparingInt((Rec r) -> priority(env, r)).thenComparingInt(Rec::id));
        for (Rec extension : extensions) {
            shown.apply(ViewArch.parse(env.str(extension, "arch")));
            applyExtensions(env, extension.id(), shown, leaveOut);
        }
    }
}
