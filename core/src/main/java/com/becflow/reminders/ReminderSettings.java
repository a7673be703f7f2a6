package com.becflow.reminders;

import java.util.Objects;

/** A tenant's reminders: its own policy ({@code null} until it saves one: the standard policy) and business hours. */
public record ReminderSettings(ReminderPolicy policy, BusinessHours hours) {

    public ReminderSettings {
        Objects.requireNonNull(hours, "hours");
    }

    public ReminderPolicy effectivePolicy() {
        return policy == null ? ReminderPolicy.standard() : policy;
    }
}
