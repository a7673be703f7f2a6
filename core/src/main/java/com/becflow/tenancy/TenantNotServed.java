package com.becflow.tenancy;

import com.becflow.shared.error.DomainException;
import com.becflow.shared.error.ErrorCode;
import com.becflow.shared.tenant.TenantId;

/** The tenant named by a verified token is unknown or suspended: nothing runs for it. */
public class TenantNotServed extends DomainException {

    public TenantNotServed(TenantId id) {
        super(ErrorCode.forbidden("tenant.not-served"), "This workspace is not available");
    }
}
