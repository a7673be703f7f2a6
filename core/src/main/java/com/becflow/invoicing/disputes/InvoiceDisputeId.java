package com.becflow.invoicing.disputes;

import java.util.Objects;
import java.util.UUID;

public record InvoiceDisputeId(UUID value) {

    public InvoiceDisputeId {
        Objects.requireNonNull(value, "value");
    }

    public static InvoiceDisputeId newId() {
        return new InvoiceDisputeId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
