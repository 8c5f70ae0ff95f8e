package com.kraviabridge.sim.kravia;

import java.util.List;

/** A request that passed routing and authentication, with the values its path pattern captured. */
record Call(ApiRequest request, Access access, List<String> pathValues) {

    /** A captured id; the route patterns only capture digits, so this cannot fail on shape. */
    long pathId(int index) {
        try {
            return Long.parseLong(pathValues.get(index));
        } catch (NumberFormatException e) {
            throw ApiError.notFound("No such id: " + pathValues.get(index));
        }
    }
}
