package com.becflow.reminders.app;

import com.becflow.shared.error.DomainException;
import com.becflow.shared.error.ErrorCode;

/** A promise to pay on an invoice that is not open any more: paid, voided or written off. */
public class NothingToPromise extends DomainException {

    public NothingToPromise() {
        super(ErrorCode.conflict("promise.invoice-not-open"), "This invoice is not open: there is nothing to promise");
    }
}
