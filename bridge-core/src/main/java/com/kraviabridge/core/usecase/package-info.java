/**
 * What a run of the bridge needs: the run itself over the flows, the retry of refused records, the balance check and
 * the review activities in the ERP. The flows live in the packages below, one per thing the accountant names.
 */
package com.kraviabridge.core.usecase;
