package com.becflow.shared.tenant;

import java.util.Objects;

/** The identity provider's subject of a person acting in Becflow. */
public record UserId(String value) {

    public UserId {
        Objects.requireNonNull(value, "user id");
        if (value.isBlank()) {
            throw new IllegalArgumentException("user id is empty");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
