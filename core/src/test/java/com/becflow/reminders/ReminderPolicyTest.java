package com.becflow.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReminderPolicyTest {

    private static final ReminderTemplate WITH_LINK = new ReminderTemplate("Invoice {{invoiceNumber}}",
            "Hello {{clientName}}, please pay {{amountDue}} here: {{payLink}}");

    @Test
    void theStandardPolicyRemindsBeforeOnAndAfterTheDueDateThenFourMoreTimesEveryFortnight() {
        List<ReminderOccurrence> all = ReminderPolicy.standard().validated().occurrences();

        assertThat(all).extracting(ReminderOccurrence::key)
                .containsExactly("D-3", "D+0", "D+7", "D+21", "D+35", "D+49", "D+63", "D+77");
        assertThat(all).extracting(ReminderOccurrence::tone).containsExactly(ReminderTone.FRIENDLY, ReminderTone.FRIENDLY,
                ReminderTone.FIRM, ReminderTone.FORMAL, ReminderTone.FORMAL, ReminderTone.FORMAL, ReminderTone.FORMAL,
                ReminderTone.FORMAL);
        assertThat(all).extracting(ReminderOccurrence::repeat).containsExactly(0, 0, 0, 0, 1, 2, 3, 4);
    }

    @Test
    void stepsAreOrderedByTheirDayWhateverOrderTheyWereGivenIn() {
        ReminderPolicy policy = new ReminderPolicy(List.of(ReminderStep.email(10, ReminderTone.FIRM),
                ReminderStep.email(-1, ReminderTone.FRIENDLY)), null);

        assertThat(policy.validated().occurrences()).extracting(ReminderOccurrence::offsetDays).containsExactly(-1, 10);
    }

    @Test
    void twoStepsOnTheSameDayOverlapAndTheSecondIsNamed() {
        ReminderPolicy policy = new ReminderPolicy(List.of(ReminderStep.email(7, ReminderTone.FIRM),
                ReminderStep.email(0, ReminderTone.FRIENDLY), ReminderStep.email(7, ReminderTone.FORMAL)), null);

        InvalidReminderPolicy e = catchThrowableOfType(policy::validated, InvalidReminderPolicy.class);

        assertThat(e.code().key()).isEqualTo("reminder-policy.steps-overlap");
        assertThat(e.code().status()).isEqualTo(400);
        assertThat(e.fieldErrors()).containsOnlyKeys("steps[2].offsetDays");
        assertThat(e.fieldErrors().get("steps[2].offsetDays")).contains("steps[0]");
    }

    @Test
    void anOffsetPastAYearOrTooFarBeforeTheDueDateIsRefused() {
        ReminderPolicy policy = new ReminderPolicy(List.of(ReminderStep.email(ReminderPolicy.MIN_OFFSET - 1,
                ReminderTone.FRIENDLY), ReminderStep.email(ReminderPolicy.MAX_OFFSET + 1, ReminderTone.FORMAL)), null);

        InvalidReminderPolicy e = catchThrowableOfType(policy::validated, InvalidReminderPolicy.class);

        assertThat(e.code().key()).isEqualTo("reminder-policy.offset-out-of-range");
        assertThat(e.fieldErrors()).containsOnlyKeys("steps[0].offsetDays", "steps[1].offsetDays");
    }

    @Test
    void theLimitsThemselvesAreAccepted() {
        ReminderPolicy policy = new ReminderPolicy(List.of(ReminderStep.email(ReminderPolicy.MIN_OFFSET,
                ReminderTone.FRIENDLY), ReminderStep.email(ReminderPolicy.MAX_OFFSET, ReminderTone.FORMAL)),
                new EndlessReminder(ReminderPolicy.MAX_EVERY_DAYS, ReminderPolicy.MAX_REPEATS, ReminderTone.FORMAL,
                        ReminderMedium.EMAIL, null));

        assertThat(policy.validated().occurrences()).hasSize(2 + ReminderPolicy.MAX_REPEATS);
    }

    @Test
    void anUnknownMergeFieldIsRefusedNamingTheFieldAndTheKnownOnes() {
        ReminderPolicy policy = new ReminderPolicy(List.of(new ReminderStep(3, ReminderTone.FIRM, ReminderMedium.EMAIL,
                new ReminderTemplate("Invoice {{invoiceNumber}}", "Dear {{ customerName }}, pay here: {{payLink}}"))), null);

        InvalidReminderPolicy e = catchThrowableOfType(policy::validated, InvalidReminderPolicy.class);

        assertThat(e.code().key()).isEqualTo("reminder-policy.unknown-merge-field");
        assertThat(e.fieldErrors()).containsOnlyKeys("steps[0].template");
        assertThat(e.fieldErrors().get("steps[0].template")).contains("{{customerName}}").contains("{{clientName}}");
    }

    @Test
    void aWrittenTemplateWithoutThePayLinkIsRefusedButACallTaskNeedsNone() {
        ReminderTemplate noLink = new ReminderTemplate("Invoice {{invoiceNumber}}", "Please pay {{amountDue}}.");
        ReminderPolicy mail = new ReminderPolicy(List.of(new ReminderStep(3, ReminderTone.FIRM, ReminderMedium.EMAIL,
                noLink)), new EndlessReminder(7, 2, ReminderTone.FORMAL, ReminderMedium.SMS, noLink));
        ReminderPolicy call = new ReminderPolicy(List.of(new ReminderStep(3, ReminderTone.FIRM, ReminderMedium.PHONE_CALL,
                noLink)), null);

        InvalidReminderPolicy e = catchThrowableOfType(mail::validated, InvalidReminderPolicy.class);

        assertThat(e.code().key()).isEqualTo("reminder-policy.pay-link-missing");
        assertThat(e.fieldErrors()).containsOnlyKeys("steps[0].template.body", "endless.template.body");
        assertThat(call.validated()).isSameAs(call);
    }

    @Test
    void everyBrokenFieldIsNamedAndTheCodeIsTheFirstRuleBroken() {
        ReminderPolicy policy = new ReminderPolicy(List.of(ReminderStep.email(400, ReminderTone.FIRM),
                new ReminderStep(5, ReminderTone.FIRM, ReminderMedium.EMAIL, new ReminderTemplate(" ", "{{payLink}}"))),
                new EndlessReminder(0, 50, ReminderTone.FORMAL, ReminderMedium.EMAIL, null));

        InvalidReminderPolicy e = catchThrowableOfType(policy::validated, InvalidReminderPolicy.class);

        assertThat(e.code().key()).isEqualTo("reminder-policy.offset-out-of-range");
        assertThat(e.violations()).extracting(InvalidReminderPolicy.Violation::rule).containsExactly(
                ReminderPolicyRule.OFFSET_OUT_OF_RANGE, ReminderPolicyRule.TEMPLATE_LENGTH,
                ReminderPolicyRule.OFFSET_OUT_OF_RANGE, ReminderPolicyRule.ENDLESS_LIMIT_OUT_OF_RANGE);
        assertThat(e.fieldErrors()).containsOnlyKeys("steps[0].offsetDays", "steps[1].template.subject",
                "endless.everyDays", "endless.limit");
    }

    @Test
    void anEndlessReminderNeedsAStepToRepeat() {
        ReminderPolicy policy = new ReminderPolicy(List.of(), new EndlessReminder(14, 4, ReminderTone.FORMAL,
                ReminderMedium.EMAIL, null));

        assertThatThrownBy(policy::validated).isInstanceOf(InvalidReminderPolicy.class)
                .extracting(e -> ((InvalidReminderPolicy) e).code().key())
                .isEqualTo("reminder-policy.endless-without-steps");
    }

    @Test
    void keysNameTheDayRelativeToTheDueDateAndReadBack() {
        assertThat(ReminderOccurrence.key(-3)).isEqualTo("D-3");
        assertThat(ReminderOccurrence.key(0)).isEqualTo("D+0");
        assertThat(ReminderOccurrence.offsetOf("D+21")).isEqualTo(21);
        assertThat(ReminderOccurrence.offsetOf("D-3")).isEqualTo(-3);
        assertThatThrownBy(() -> ReminderOccurrence.offsetOf("21")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReminderOccurrence.offsetOf("D+1000")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTemplateWithAValidPayLinkIsAccepted() {
        ReminderPolicy policy = new ReminderPolicy(List.of(new ReminderStep(1, ReminderTone.FRIENDLY,
                ReminderMedium.EMAIL, WITH_LINK)), null);

        assertThat(policy.validated().occurrences()).singleElement().extracting(ReminderOccurrence::template)
                .isEqualTo(WITH_LINK);
    }

    @Test
    void eachTranslationKeepsTheRulesOfTheOwnTextAndItsErrorsNameItsLanguage() {
        Map<String, ReminderTemplate> translations = Map.of(
                "de", new ReminderTemplate("Rechnung {{invoiceNumber}}", "Hallo {{kunde}}: {{payLink}}"),
                "fr", new ReminderTemplate("Facture", "Payez {{amountDue}}, s'il vous plaît."),
                "es", new ReminderTemplate(" ", "{{payLink}}"));
        ReminderPolicy policy = new ReminderPolicy(List.of(new ReminderStep(3, ReminderTone.FIRM, ReminderMedium.EMAIL,
                WITH_LINK, translations)), new EndlessReminder(7, 2, ReminderTone.FORMAL, ReminderMedium.EMAIL, WITH_LINK,
                Map.of("de", new ReminderTemplate("Mahnung", "Bitte zahlen."))));

        InvalidReminderPolicy e = catchThrowableOfType(policy::validated, InvalidReminderPolicy.class);

        assertThat(e.fieldErrors()).containsOnlyKeys("steps[0].translations.de", "steps[0].translations.es.subject",
                "steps[0].translations.fr.body", "endless.translations.de.body");
        assertThat(e.fieldErrors().get("steps[0].translations.de")).contains("{{kunde}}");
        assertThat(e.fieldErrors().get("steps[0].translations.fr.body")).contains("{{payLink}}");
        assertThat(e.violations()).extracting(InvalidReminderPolicy.Violation::rule).contains(
                ReminderPolicyRule.UNKNOWN_MERGE_FIELD, ReminderPolicyRule.PAY_LINK_MISSING,
                ReminderPolicyRule.TEMPLATE_LENGTH);
    }

    @Test
    void aTranslationIntoALanguageWeDoNotWriteOrWithoutAnOwnTextIsRefused() {
        ReminderTemplate italian = new ReminderTemplate("Fattura", "Paghi qui: {{payLink}}");
        ReminderPolicy policy = new ReminderPolicy(List.of(new ReminderStep(3, ReminderTone.FIRM, ReminderMedium.EMAIL,
                WITH_LINK, Map.of("it", italian)), new ReminderStep(9, ReminderTone.FORMAL, ReminderMedium.EMAIL, null,
                Map.of("de", new ReminderTemplate("Mahnung", "Bitte zahlen: {{payLink}}")))), null);

        InvalidReminderPolicy e = catchThrowableOfType(policy::validated, InvalidReminderPolicy.class);

        assertThat(e.code().key()).isEqualTo("reminder-policy.language-not-supported");
        assertThat(e.fieldErrors()).containsOnlyKeys("steps[0].translations.it", "steps[1].template");
        assertThat(e.fieldErrors().get("steps[0].translations.it")).contains("de, en, es, fr");
        assertThat(e.violations().get(1).rule()).isEqualTo(ReminderPolicyRule.TRANSLATION_WITHOUT_TEXT);
    }

    @Test
    void translationsGoWithTheirStepAndTheEndlessRepetitions() {
        ReminderTemplate german = new ReminderTemplate("Rechnung {{invoiceNumber}}", "Bitte zahlen: {{payLink}}");
        ReminderPolicy policy = new ReminderPolicy(List.of(new ReminderStep(1, ReminderTone.FRIENDLY,
                ReminderMedium.EMAIL, WITH_LINK, Map.of("de", german))), new EndlessReminder(7, 1, ReminderTone.FORMAL,
                ReminderMedium.EMAIL, WITH_LINK, Map.of("de", german)));

        assertThat(policy.validated().occurrences()).extracting(o -> o.ownTemplate(java.util.Locale.GERMAN))
                .containsExactly(german, german);
    }
}
