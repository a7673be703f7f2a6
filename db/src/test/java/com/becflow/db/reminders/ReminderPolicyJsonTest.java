package com.becflow.db.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.reminders.EndlessReminder;
import com.becflow.reminders.ReminderMedium;
import com.becflow.reminders.ReminderPolicy;
import com.becflow.reminders.ReminderStep;
import com.becflow.reminders.ReminderTemplate;
import com.becflow.reminders.ReminderTone;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReminderPolicyJsonTest {

    @Test
    void aPolicyReadsBackAsItWasWrittenWithTemplatesAndTheEndlessStep() {
        ReminderPolicy policy = new ReminderPolicy(List.of(ReminderStep.email(-2, ReminderTone.FRIENDLY),
                new ReminderStep(10, ReminderTone.FIRM, ReminderMedium.PHONE_CALL, null),
                new ReminderStep(30, ReminderTone.FORMAL, ReminderMedium.EMAIL,
                        new ReminderTemplate("Überfällig: {{invoiceNumber}}", "\"Quoted\"\n{{payLink}}"))),
                new EndlessReminder(7, 3, ReminderTone.FORMAL, ReminderMedium.SMS, null));

        assertThat(ReminderPolicyJson.read(ReminderPolicyJson.write(policy))).isEqualTo(policy);
    }

    @Test
    void noPolicyIsKeptAsNull() {
        assertThat(ReminderPolicyJson.write(null)).isNull();
        assertThat(ReminderPolicyJson.read(null)).isNull();
        ReminderPolicy withoutEndless = new ReminderPolicy(List.of(ReminderStep.email(0, ReminderTone.FRIENDLY)), null);
        assertThat(ReminderPolicyJson.read(ReminderPolicyJson.write(withoutEndless))).isEqualTo(withoutEndless);
    }
}
