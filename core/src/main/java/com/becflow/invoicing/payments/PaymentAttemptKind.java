package com.becflow.invoicing.payments;

public enum PaymentAttemptKind { CHECKOUT, REFUND }
