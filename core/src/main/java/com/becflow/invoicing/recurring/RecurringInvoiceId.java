package com.becflow.invoicing.recurring;

import java.util.Objects;
import java.util.UUID;

public record RecurringInvoiceId(UUID value) {

    public RecurringInvoiceId {
        Objects.requireNonNull(value, "id");
    }

    public static RecurringInvoiceId newId() {
        return new RecurringInvoiceId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
