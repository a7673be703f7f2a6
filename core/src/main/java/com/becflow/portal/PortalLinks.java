package com.becflow.portal;

import com.becflow.shared.tenant.TenantId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface PortalLinks {

    void add(PortalLink link);

    Optional<PortalLink> find(String tokenHash);

    /** The links of one subject (say, a contract) that are not revoked, expired or not. */
    List<PortalLink> unrevoked(TenantId tenant, UUID subject);
}
