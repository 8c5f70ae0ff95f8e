package com.kraviabridge.sim.kravia;

/**
 * {@code GET invoice/{id}/details} (E5) in the adopted shape (docs/kravia-contract.md §4); 404 for an unknown id,
 * 403 for another creditor's.
 */
final class DetailsEndpoint implements Endpoint {

    private final SimCore core;

    DetailsEndpoint(SimCore core) {
        this.core = core;
    }

    @Override
    public ApiResponse handle(Call call) {
        return ApiResponse.ok(InvoiceJson.details(core.details(call.pathId(0), call.access())));
    }
}
