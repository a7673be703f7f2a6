package com.becflow.reminders;

/**
 * How one step reaches the client. {@link #PHONE_CALL} sends nothing: it puts a call on the freelancer's task list.
 * SMS goes through its own {@link ReminderSender}; until one is installed, an SMS step is sent by email.
 */
public enum ReminderMedium {
    EMAIL, SMS, PHONE_CALL;

    /** Whether the client receives a text from us, which must then carry the pay link. */
    public boolean written() {
        return this != PHONE_CALL;
    }
}
