package com.becflow.api.invoicing;

import com.becflow.invoicing.app.RecordPayment;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A payment received by hand; receivedOn defaults to today. */
public class PaymentInputJson {

    @Schema(required = true)
    public BigDecimal amount;
    @Schema(required = true, enumeration = {"BANK_TRANSFER", "CASH", "CHECK", "OTHER", "CLIENT_CREDIT"},
            description = "How it was paid; CLIENT_CREDIT pays from the client's credit. Online methods come through "
                    + "Stripe only")
    public String method;
    @Schema(description = "Today when left out")
    public LocalDate receivedOn;
    public String reference;

    RecordPayment toCommand() {
        return new RecordPayment(amount, method, receivedOn, reference);
    }
}
