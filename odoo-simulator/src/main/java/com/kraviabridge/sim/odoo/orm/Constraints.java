package com.kraviabridge.sim.odoo.orm;

/**
 * PostgreSQL integrity errors as Odoo's RPC layer re-raises them ({@code _as_validation_error}):
 * a ValidationError whose text names the model and the column or constraint.
 */
public final class Constraints {
    private Constraints() {
    }

    public static OdooError notNullViolation(ModelDef model, FieldDef field) {
        return OdooError.validationError("The operation cannot be completed:\n"
                + "- Create/update: a mandatory field is not set.\n"
                + "- Delete: another model requires the record being deleted. If possible, archive it instead.\n\n"
                + "Model: " + model.description() + " (" + model.name() + ")\n"
                + "Field: " + field.label() + " (" + field.name() + ")\n");
    }

    /** Raised for a dangling many2one on write and for a restricted delete alike. */
    public static OdooError foreignKeyViolation(ModelDef referencing, FieldDef field) {
        return OdooError.validationError("The operation cannot be completed: another model requires the record"
                + " being deleted. If possible, archive it instead.\n\n"
                + "Model: " + referencing.description() + " (" + referencing.name() + ")\n"
                + "Constraint: " + referencing.name().replace('.', '_') + "_" + field.name() + "_fkey\n");
    }

    public static OdooError sqlConstraint(String message) {
        return OdooError.validationError("The operation cannot be completed: " + message);
    }
}
