package com.becflow.contracts;

import java.util.Objects;
import java.util.UUID;

public record ContractId(UUID value) {

    public ContractId {
        Objects.requireNonNull(value, "id");
    }

    public static ContractId newId() {
        return new ContractId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
