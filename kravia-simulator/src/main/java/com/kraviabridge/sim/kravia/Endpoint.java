package com.kraviabridge.sim.kravia;

/** One API operation. Refusals are thrown as {@link ApiError}. */
@FunctionalInterface
interface Endpoint {
    ApiResponse handle(Call call);
}
