package com.becflow.invoicing.packages;

import com.becflow.shared.error.DomainException;
import com.becflow.shared.error.ErrorCode;

/** A milestone that cannot be delivered as asked: delivered already, or its invoice cannot be made. */
public class MilestoneConflict extends DomainException {

    public MilestoneConflict(String key, String message) {
        super(ErrorCode.conflict(key), message);
    }
}
