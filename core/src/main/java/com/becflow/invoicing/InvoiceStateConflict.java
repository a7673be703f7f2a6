package com.becflow.invoicing;

import com.becflow.shared.error.DomainException;
import com.becflow.shared.error.ErrorCode;

/**
 * The step asked for does not fit where the invoice stands, e.g. editing an issued invoice. Each rule has its own
 * code ({@code invoice.void.already-paid}, {@code invoice.draft.issued}, …) so that API clients can tell the
 * conflicts apart and the texts can be translated by their key.
 */
public class InvoiceStateConflict extends DomainException {

    public InvoiceStateConflict(String rule, String message) {
        super(ErrorCode.conflict(rule), message);
    }
}
