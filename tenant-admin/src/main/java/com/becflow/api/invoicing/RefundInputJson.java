package com.becflow.api.invoicing;

import com.becflow.invoicing.PaymentId;
import com.becflow.invoicing.app.RefundPayment;
import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Money to give back from one payment; all that is left of it when amount is left out. */
public class RefundInputJson {

    @Schema(required = true, description = "The payment to give money back from")
    public UUID paymentId;
    @Schema(description = "All that is left of the payment when left out")
    public BigDecimal amount;
    public String reason;

    RefundPayment toCommand() {
        return new RefundPayment(paymentId == null ? null : new PaymentId(paymentId), amount, reason);
    }
}
