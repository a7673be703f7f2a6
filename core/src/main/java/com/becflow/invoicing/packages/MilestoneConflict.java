package com.becflow.invoicing.packages;

import com.becflow.shared.error.DomainException;
import com.becflow.shared.error.ErrorCode;

/**
 * A package or milestone that cannot change as asked: a milestone delivered already or whose invoice cannot be made, a
 * package cancelled already or delivered in full.
 */
public class MilestoneConflict extends DomainException {

    public MilestoneConflict(String key, String message) {
        super(ErrorCode.conflict(key), message);
    }
}
