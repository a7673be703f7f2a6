package com.becflow.portal;

import com.becflow.clients.ClientId;
import com.becflow.shared.tenant.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface PortalLinks {

    void add(PortalLink link);

    Optional<PortalLink> find(String tokenHash);

    /** The link, locked until the transaction ends: a link that opens once is opened by one request only. */
    Optional<PortalLink> lock(String tokenHash);

    /** The links of one subject (say, a contract) that are not revoked, expired or not. */
    List<PortalLink> unrevoked(TenantId tenant, UUID subject);

    /**
     * Revokes, at {@code now}, every link of one client that is not revoked yet, except those sent to
     * {@code exceptSentTo} (compared ignoring case; null: none spared). Returns how many.
     */
    int revokeOfClient(TenantId tenant, ClientId client, String exceptSentTo, Instant now);
}
