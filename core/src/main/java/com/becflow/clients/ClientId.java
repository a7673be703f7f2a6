package com.becflow.clients;

import java.util.Objects;
import java.util.UUID;

public record ClientId(UUID value) {

    public ClientId {
        Objects.requireNonNull(value, "client id");
    }

    public static ClientId newId() {
        return new ClientId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
