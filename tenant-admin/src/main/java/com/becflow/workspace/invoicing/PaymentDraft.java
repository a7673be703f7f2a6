package com.becflow.workspace.invoicing;

import com.becflow.invoicing.PaymentMethod;
import com.becflow.invoicing.app.RecordPayment;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The "record a payment" form's working copy: money the freelancer received outside Becflow. */
public class PaymentDraft {

    private BigDecimal amount;
    private PaymentMethod method = PaymentMethod.BANK_TRANSFER;
    private LocalDate receivedOn;
    private String reference = "";

    public RecordPayment toCommand() {
        return new RecordPayment(amount, method == null ? null : method.name(), receivedOn, reference);
    }

    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal v) { amount = v; }
    public PaymentMethod getMethod() { return method; }
    public void setMethod(PaymentMethod v) { method = v; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public void setReceivedOn(LocalDate v) { receivedOn = v; }
    public String getReference() { return reference; }
    public void setReference(String v) { reference = v; }
}
