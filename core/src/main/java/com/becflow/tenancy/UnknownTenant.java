package com.becflow.tenancy;

import com.becflow.shared.error.DomainException;
import com.becflow.shared.error.ErrorCode;
import com.becflow.shared.tenant.TenantId;

public class UnknownTenant extends DomainException {

    public UnknownTenant(TenantId id) {
        super(ErrorCode.notFound("tenant.unknown"), "No tenant " + id);
    }
}
