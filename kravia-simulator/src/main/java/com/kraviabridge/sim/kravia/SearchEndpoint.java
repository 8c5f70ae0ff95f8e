package com.kraviabridge.sim.kravia;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code GET invoice/search} (E4) with the adopted answer {@code {"data": [...], "totalCount": n}}
 * (docs/kravia-contract.md §4). The {@code lastUpdatedTime} bound is inclusive; equal stamps are ordered by id so pages
 * are stable. Only {@code orderBy=11} (last updated) is documented; without it the order is by id, and other codes are
 * refused rather than guessed. {@code byAscending} defaults to false, as an unset .NET bool would. {@code top} defaults
 * to the configured page size and is cut to the configured maximum (Kravia's limits are undocumented).
 */
final class SearchEndpoint implements Endpoint {

    static final int ORDER_BY_LAST_UPDATED = 11;

    private final SimCore core;
    private final SimulatorSettings settings;

    SearchEndpoint(SimCore core, SimulatorSettings settings) {
        this.core = core;
        this.settings = settings;
    }

    @Override
    public ApiResponse handle(Call call) {
        FieldErrors errors = new FieldErrors();
        QueryReader query = new QueryReader(call.request(), errors);
        int orderBy = query.integer("orderBy", 0, 0);
        if (orderBy != 0 && orderBy != ORDER_BY_LAST_UPDATED) {
            errors.add("orderBy", "The simulator knows orderBy=11 (last updated) only.");
        }
        SearchQuery search = new SearchQuery(query.timestamp("lastUpdatedTime"), orderBy == ORDER_BY_LAST_UPDATED,
                query.flag("byAscending", false), query.integer("skip", 0, 0),
                Math.min(query.integer("top", settings.defaultTop(), 1), settings.maxTop()), query.id("creditorId"));
        errors.throwIfAny();

        SearchPage page = core.search(search, call.access());
        ObjectNode body = Json.object();
        ArrayNode data = body.putArray("data");
        page.items().forEach(item -> data.add(InvoiceJson.invoice(item)));
        body.put("totalCount", page.totalCount());
        return ApiResponse.ok(body);
    }
}
