package com.becflow.invoicing.packages;

import com.becflow.shared.error.DomainException;
import com.becflow.shared.error.ErrorCode;

public class PackageDealNotFound extends DomainException {

    public PackageDealNotFound(Object id) {
        super(ErrorCode.notFound("package-deal.not-found"), "No package " + id);
    }
}
