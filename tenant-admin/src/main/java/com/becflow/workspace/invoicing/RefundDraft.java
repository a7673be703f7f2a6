package com.becflow.workspace.invoicing;

import com.becflow.invoicing.PaymentId;
import com.becflow.invoicing.app.RefundPayment;
import java.math.BigDecimal;

/** The refund form's working copy: how much of one payment goes back, and why. */
public class RefundDraft {

    private BigDecimal amount;
    private String reason = "";

    public RefundPayment toCommand(PaymentId payment) {
        return new RefundPayment(payment, amount, reason);
    }

    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal v) { amount = v; }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
}
