package com.becflow.invoicing.app;

import com.becflow.invoicing.PaymentId;
import java.math.BigDecimal;

/** Money to give back from one payment; the whole remaining amount when {@code amount} is null. */
public record RefundPayment(PaymentId payment, BigDecimal amount, String reason) {
}
