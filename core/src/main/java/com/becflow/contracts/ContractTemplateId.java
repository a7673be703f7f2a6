package com.becflow.contracts;

import java.util.Objects;
import java.util.UUID;

public record ContractTemplateId(UUID value) {

    public ContractTemplateId {
        Objects.requireNonNull(value, "id");
    }

    public static ContractTemplateId newId() {
        return new ContractTemplateId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
