/**
 * Overdue invoices: which go to Kravia as collection cases, which are parked with a reason or kept out, which wait
 * for approval, and what was settled on them before they went.
 */
package com.kraviabridge.core.usecase.invoices;
