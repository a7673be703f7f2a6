package com.becflow.invoicing.statements;

import com.becflow.shared.error.DomainException;
import com.becflow.shared.error.ErrorCode;
import java.util.Map;

/** The period asked for is no day, ends before it starts or is longer than a statement covers; the fields say why. */
public class InvalidStatementPeriod extends DomainException {

    public InvalidStatementPeriod(Map<String, String> fieldErrors) {
        super(ErrorCode.badRequest("statement.period.invalid"), "Invalid fields: " + fieldErrors.keySet(), fieldErrors);
    }
}
