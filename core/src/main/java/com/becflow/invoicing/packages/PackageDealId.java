package com.becflow.invoicing.packages;

import java.util.Objects;
import java.util.UUID;

public record PackageDealId(UUID value) {

    public PackageDealId {
        Objects.requireNonNull(value, "value");
    }

    public static PackageDealId newId() {
        return new PackageDealId(UUID.randomUUID());
    }

    public static PackageDealId parse(String text) {
        return new PackageDealId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
