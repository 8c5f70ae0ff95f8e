/**
 * Kravia's settlements booked in the ERP as journal entries, one per settlement, exactly once.
 */
package com.kraviabridge.core.usecase.settlements;
