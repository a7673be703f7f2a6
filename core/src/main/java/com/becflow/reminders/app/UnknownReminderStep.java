package com.becflow.reminders.app;

import com.becflow.shared.error.DomainException;
import com.becflow.shared.error.ErrorCode;
import java.util.Map;

/** A step the invoice's policy does not have. */
public class UnknownReminderStep extends DomainException {

    public UnknownReminderStep(String step) {
        super(ErrorCode.badRequest("reminder.step-unknown"), "The invoice's reminder policy has no step " + step,
                Map.of("step", "Not a step of the invoice's policy (such as D-3, D+0, D+7)"));
    }
}
