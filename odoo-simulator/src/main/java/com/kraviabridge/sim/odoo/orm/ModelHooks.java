package com.kraviabridge.sim.odoo.orm;

import java.util.List;
import java.util.Map;

/**
 * Business rules a model adds around the generic ORM operations. Values passed in are wire values
 * (as received over RPC) unless stated otherwise.
 */
public interface ModelHooks {
    /** Fills defaults and refuses invalid input before a record is inserted. */
    default void prepareCreate(Env env, Map<String, Object> vals) {
    }

    /** Runs once the record and its x2many children exist. */
    default void afterCreate(Env env, Rec rec, Map<String, Object> vals) {
    }

    default void checkWrite(Env env, List<Rec> recs, Map<String, Object> vals) {
    }

    default void afterWrite(Env env, List<Rec> recs, Map<String, Object> vals) {
    }

    default void checkUnlink(Env env, List<Rec> recs) {
    }

    /** Runs after the records were removed; they are still readable through the list. */
    default void afterUnlink(Env env, List<Rec> recs) {
    }
}
