package com.kraviabridge.sim.kravia;

/**
 * {@code GET settlements} (E10): a bare JSON array (docs/kravia-contract.md §4) of the settlements of every creditor
 * the token acts for, oldest first. {@code ExcludeClosed=true} leaves out the bookkept ones. An optional
 * {@code creditorId} narrows the list (not documented; handy for partner tokens).
 */
final class SettlementsEndpoint implements Endpoint {

    private final SimCore core;

    SettlementsEndpoint(SimCore core) {
        this.core = core;
    }

    @Override
    public ApiResponse handle(Call call) {
        FieldErrors errors = new FieldErrors();
        QueryReader query = new QueryReader(call.request(), errors);
        boolean excludeClosed = query.flag("ExcludeClosed", false);
        Long creditorId = query.id("creditorId");
        errors.throwIfAny();
        return ApiResponse.ok(SettlementJson.list(core.settlements(call.access(), creditorId, excludeClosed)));
    }
}
