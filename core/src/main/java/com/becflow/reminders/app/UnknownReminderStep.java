package com.becflow.reminders.app;

import com.becflow.shared.error.DomainException;
import com.becflow.shared.error.ErrorCode;
import java.util.Map;

/** A step the policy asked about (an invoice's, or one being edited) does not have. */
public class UnknownReminderStep extends DomainException {

    public UnknownReminderStep(String step) {
        super(ErrorCode.badRequest("reminder.step-unknown"), "The reminder policy has no step " + step,
                Map.of("step", "Not a step of the policy (such as D-3, D+0, D+7)"));
    }
}
