package com.becflow.invoicing.packages;

import com.becflow.shared.error.DomainException;
import com.becflow.shared.error.ErrorCode;
import java.util.Map;

/** A package whose fields break the rules, with every field at fault; nothing was stored or issued. */
public class InvalidPackageDeal extends DomainException {

    public InvalidPackageDeal(Map<String, String> fieldErrors) {
        super(ErrorCode.badRequest("package-deal.invalid"), "Invalid fields: " + fieldErrors.keySet(), fieldErrors);
    }
}
