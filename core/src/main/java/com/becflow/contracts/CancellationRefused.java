package com.becflow.contracts;

import com.becflow.shared.error.DomainException;
import com.becflow.shared.error.ErrorCode;

/**
 * A signed engagement cannot be cancelled as asked: each reason has its own code ({@code contract.cancel.not-signed},
 * {@code contract.cancel.already-cancelled}, {@code contract.cancel.no-clause}).
 */
public class CancellationRefused extends DomainException {

    public CancellationRefused(String rule, String message) {
        super(ErrorCode.conflict("contract.cancel." + rule), message);
    }
}
