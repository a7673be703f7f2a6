package com.becflow.shared.tenant;

import com.becflow.shared.error.DomainException;
import com.becflow.shared.error.ErrorCode;

public class WorkspaceReadOnly extends DomainException {

    public WorkspaceReadOnly(TenantId tenant) {
        super(ErrorCode.forbidden("tenant.read-only"),
                "The free trial has ended: the workspace is read-only until the account is activated");
    }
}
