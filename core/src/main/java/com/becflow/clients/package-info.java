/**
 * Clients: the people and companies a freelancer bills. A client belongs to exactly one tenant and is
 * stored in that tenant's schema; it is archived rather than deleted so that invoices and contracts
 * can always name it.
 */
package com.becflow.clients;
