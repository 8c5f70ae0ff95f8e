/**
 * What a flow tells: the report of its run and the wording of the notes the bridge writes on an invoice.
 */
package com.kraviabridge.core.usecase.report;
