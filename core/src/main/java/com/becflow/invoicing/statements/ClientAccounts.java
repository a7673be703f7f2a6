package com.becflow.invoicing.statements;

import com.becflow.clients.ClientId;
import com.becflow.shared.tenant.TenantId;
import java.time.ZoneId;
import java.util.List;

/** Where a client's statement is read from: every movement of money on their issued invoices, from the first. */
public interface ClientAccounts {

    /**
     * Every invoice and deposit invoice issued to the client, each credit note issued against one, each of their
     * ledger lines, and each write-off or voiding still standing, in no particular order. Together they add up to each
     * invoice's balance as the ledger keeps it.
     *
     * @param tenantZone the zone a write-off, recorded as an instant, is dated in
     */
    List<AccountMovement> movements(TenantId tenant, ClientId client, ZoneId tenantZone);
}
