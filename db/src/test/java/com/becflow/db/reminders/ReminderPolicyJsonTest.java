package com.becflow.db.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.reminders.EndlessReminder;
import com.becflow.reminders.ReminderMedium;
import com.becflow.reminders.ReminderPolicy;
import com.becflow.reminders.ReminderStep;
import com.becflow.reminders.ReminderTemplate;
import com.becflow.reminders.ReminderTone;
import java.util.List;
import java.util.Map;
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

    @Test
    void translationsOfOwnTextsReadBackAndAPolicyStoredBeforeThemHasNone() {
        ReminderTemplate main = new ReminderTemplate("Invoice {{invoiceNumber}}", "Pay: {{payLink}}");
        ReminderPolicy policy = new ReminderPolicy(List.of(new ReminderStep(7, ReminderTone.FIRM, ReminderMedium.EMAIL,
                main, Map.of("de", new ReminderTemplate("Rechnung {{invoiceNumber}}", "Zahlen: {{payLink}}"),
                "fr", new ReminderTemplate("Facture « {{invoiceNumber}} »", "Payer : {{payLink}}")))),
                new EndlessReminder(7, 3, ReminderTone.FORMAL, ReminderMedium.EMAIL, main,
                        Map.of("es", new ReminderTemplate("Factura", "Pagar: {{payLink}}"))));

        assertThat(ReminderPolicyJson.read(ReminderPolicyJson.write(policy))).isEqualTo(policy);

        String stored = "{\"steps\":[{\"offsetDays\":7,\"tone\":\"FIRM\",\"medium\":\"EMAIL\",\"template\":"
                + "{\"subject\":\"Invoice {{invoiceNumber}}\",\"body\":\"Pay: {{payLink}}\"}}],\"endless\":{\"everyDays\":7,"
                + "\"limit\":3,\"tone\":\"FORMAL\",\"medium\":\"EMAIL\"}}";
        ReminderPolicy old = ReminderPolicyJson.read(stored);
        assertThat(old.steps().get(0).template()).isEqualTo(main);
        assertThat(old.steps().get(0).translations()).isEmpty();
        assertThat(old.endless().translations()).isEmpty();
    }
}
