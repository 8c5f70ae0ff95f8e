package com.kraviabridge.sim.kravia;

/**
 * The documented endpoints the simulator serves (E1-E6, E10, E11 of docs/kravia-contract.md §3), relative to /api/v2/.
 */
final class Routes {

    private Routes() {
    }

    static Router of(SimCore core, Creditors creditors, SimulatorSettings settings) {
        return new Router()
                .add("POST", "invoice/register", true, new RegisterEndpoint(core))
                .add("POST", "invoice/payment", true, new MoneyEndpoint(core, PaymentKind.DIRECT))
                .add("POST", "invoice/creditnote", true, new MoneyEndpoint(core, PaymentKind.CREDIT))
                .add("GET", "invoice/search", false, new SearchEndpoint(core, settings))
                .add("GET", "invoice/(\\d{1,18})/details", false, new DetailsEndpoint(core))
                .add("GET", "settlements", false, new SettlementsEndpoint(core))
                .add("PATCH", "settlements/(\\d{1,18})/bookkeep", false, new BookkeepEndpoint(core))
                .add("PUT", "creditor/(\\d{1,18})/webhook", true, new WebhookEndpoint(core, creditors));
    }
}
