/**
 * The status of collection cases, pulled from Kravia's feed (and webhooks) back into the ERP as notes and
 * case state.
 */
package com.kraviabridge.core.usecase.status;
