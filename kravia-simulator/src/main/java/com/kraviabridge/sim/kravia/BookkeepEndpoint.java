package com.kraviabridge.sim.kravia;

/**
 * {@code PATCH settlements/{id}/bookkeep?internalAccountingId=...} (E11): marks the settlement closed and answers
 * 200 with it. Repeating with the same voucher id is harmless; another voucher id for a booked settlement is 409.
 */
final class BookkeepEndpoint implements Endpoint {

    private final SimCore core;

    BookkeepEndpoint(SimCore core) {
        this.core = core;
    }

    @Override
    public ApiResponse handle(Call call) {
        FieldErrors errors = new FieldErrors();
        String voucher = new QueryReader(call.request(), errors).text("internalAccountingId");
        if (voucher == null) {
            errors.add("internalAccountingId", "The internalAccountingId query parameter is required.");
        }
        errors.throwIfAny();
        return ApiResponse.ok(SettlementJson.settlement(core.bookkeep(call.pathId(0), voucher, call.access())));
    }
}
