package com.becflow.reminders.app;

import com.becflow.shared.error.DomainException;
import com.becflow.shared.error.ErrorCode;
import java.util.Map;

/** A pause or promise day in the past or too far ahead; nothing was changed. */
public class InvalidReminderHold extends DomainException {

    public InvalidReminderHold(String field, String message) {
        super(ErrorCode.badRequest("reminder.hold-day-out-of-range"), message, Map.of(field, message));
    }
}
