/**
 * The freelancer's cockpit: what is owed, late and coming in, read from the ledgers' running sums by aggregate
 * queries (never by loading every invoice), per currency (amounts in two currencies are never added), each
 * invoice aged on its client's own calendar as {@link com.becflow.invoicing.Invoice#statusOn} reads it.
 */
package com.becflow.cockpit;
