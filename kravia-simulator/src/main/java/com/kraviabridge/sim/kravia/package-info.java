/**
 * A stand-in for Kravia's REST API v2 on loopback, written from Kravia's published guide and nothing of the
 * bridge. Start with {@link com.kraviabridge.sim.kravia.KraviaSimulator}.
 *
 * <p>Where Kravia's guide is silent the simulator follows the project's contract (docs/kravia-contract.md) and, beyond
 * it, these choices (each documented on the class that makes it):
 * <ul>
 *   <li>Auth: {@code Authorization: <token>} or {@code <scheme> <token>}; 401 for a missing or unknown token, 403
 *       for a valid token used for a creditor it does not act for (body {@code creditorId}, path creditor, or the
 *       case's creditor). A token may act for several creditors (a partner's).</li>
 *   <li>Requests: JSON bodies need a JSON {@code Content-Type} (else 415); names of body properties and query
 *       parameters bind ignoring case; booleans and numbers may come as strings; paths also work under /api/v2.0/.
 *       Amounts must be positive (negative for credit notes) with at most two decimals, and payment parts must add
 *       up to {@code amount}. Nothing is de-duplicated by {@code accountingInvoiceId} or {@code AccountingPaymentId}.</li>
 *   <li>Money: direct payments and credits reduce capital only; the rest, and anything posted on a closed case, is
 *       accepted and ignored (200, the answer tells what was applied). Capital reaching zero closes the case:
 *       CREDITED (fees and interest written off) through a credit, PAID otherwise.</li>
 *   <li>Debtor payments to Kravia go to fees, then interest, then capital (Norwegian statutory order; switchable).
 *       Payouts carry capital (+, 1500), provision 10 % of capital (-, 7790) on claims registered more than 90 days
 *       after due or in monitoring, and VAT 25 % on fees plus provision (-, 2710) for VAT-registered creditors.</li>
 *   <li>Lifecycle: a step every 14 simulated days with fees 35 / 350 / 700; the creditor decides after the legal
 *       notice; daily interest 12.5 % a year, accrued silently. Every other change bumps {@code lastUpdatedTime}
 *       (UTC, 100 ns ticks, strictly increasing unless tests ask for equal stamps) and calls the webhook.</li>
 * </ul>
 */
package com.kraviabridge.sim.kravia;
