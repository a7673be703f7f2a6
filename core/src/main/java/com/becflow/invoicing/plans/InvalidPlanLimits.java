package com.becflow.invoicing.plans;

import com.becflow.shared.error.DomainException;
import com.becflow.shared.error.ErrorCode;
import java.util.Map;

/** Limits that cannot be kept (a maximum of one installment, a negative minimum, …); nothing was stored. */
public class InvalidPlanLimits extends DomainException {

    public InvalidPlanLimits(Map<String, String> fieldErrors) {
        super(ErrorCode.badRequest("plan.limits.invalid"), "Invalid fields: " + fieldErrors.keySet(), fieldErrors);
    }
}
