package com.kraviabridge.erp.odoo;

/**
 * What the adapter was doing when a call failed: names the model and operation in messages, and tells whether
 * the call could have changed data (which decides how a missing answer is reported).
 */
record Call(String model, String method, boolean write) {

    static Call read(String model, String method) {
        return new Call(model, method, false);
    }

    static Call write(String model, String method) {
        return new Call(model, method, true);
    }

    String describe() {
        return model == null ? method : method + " on " + model;
    }
}
