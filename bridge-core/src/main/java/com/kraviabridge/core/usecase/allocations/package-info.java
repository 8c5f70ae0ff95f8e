/**
 * Payments and credits made in the ERP on invoices that are with Kravia: forwarded as direct payments and credits,
 * the ones undone in the ERP afterwards found and parked for a person, and Kravia's own payouts recognised so they are
 * not sent back.
 */
package com.kraviabridge.core.usecase.allocations;
