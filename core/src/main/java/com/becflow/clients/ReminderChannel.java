package com.becflow.clients;

/** How a client prefers to be reminded of money due. */
public enum ReminderChannel {
    EMAIL,
    SMS,
    NONE
}
