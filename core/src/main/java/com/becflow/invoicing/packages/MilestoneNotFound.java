package com.becflow.invoicing.packages;

import com.becflow.shared.error.DomainException;
import com.becflow.shared.error.ErrorCode;

public class MilestoneNotFound extends DomainException {

    public MilestoneNotFound(int position, int count) {
        super(ErrorCode.notFound("package-deal.milestone.not-found"),
                "The package has milestones 1 to " + count + ", not " + position);
    }
}
