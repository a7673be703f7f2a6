package com.becflow.clients;

/** How a client prefers to be reminded of money due: as the policy says, by text message, by a call, or not at all. */
public enum ReminderChannel {
    EMAIL,
    SMS,
    /** The freelancer calls: each reminder becomes a call on their task list, and no mail goes out. */
    PHONE_CALL,
    NONE
}
