package com.becflow.api.invoicing;

import com.becflow.invoicing.app.RecordPayment;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A payment received by hand; receivedOn defaults to today. */
public class PaymentInputJson {

    public BigDecimal amount;
    public String method;
    public LocalDate receivedOn;
    public String reference;

    RecordPayment toCommand() {
        return new RecordPayment(amount, method, receivedOn, reference);
    }
}
