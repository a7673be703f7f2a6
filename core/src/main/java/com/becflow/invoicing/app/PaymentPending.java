package com.becflow.invoicing.app;

import com.becflow.shared.error.DomainException;
import com.becflow.shared.error.ErrorCode;

/**
 * An online payment or refund for the invoice is under way, or its outcome is still being checked: no second one
 * now. The code says which ({@code payment.pending.bank-debit}, {@code payment.pending.no-answer}, …).
 */
public class PaymentPending extends DomainException {

    public PaymentPending(String rule, String message) {
        super(ErrorCode.conflict(rule), message);
    }
}
