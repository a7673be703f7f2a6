package com.becflow.invoicing.disputes;

import com.becflow.shared.error.DomainException;
import com.becflow.shared.error.ErrorCode;

/**
 * A dispute step that does not fit where the invoice or the dispute stands: {@code dispute.invoice-not-open},
 * {@code dispute.already-open}, {@code dispute.answered}.
 */
public class DisputeConflict extends DomainException {

    public DisputeConflict(String rule, String message) {
        super(ErrorCode.conflict(rule), message);
    }
}
