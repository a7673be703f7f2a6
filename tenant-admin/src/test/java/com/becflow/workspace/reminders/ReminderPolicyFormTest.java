package com.becflow.workspace.reminders;

import static com.becflow.workspace.Components.click;
import static com.becflow.workspace.Components.find;
import static com.becflow.workspace.Components.text;
import static com.becflow.workspace.Components.validation;
import static com.becflow.workspace.Components.value;
import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.reminders.BusinessHours;
import com.becflow.reminders.ReminderFacts;
import com.becflow.reminders.ReminderMedium;
import com.becflow.reminders.ReminderOccurrence;
import com.becflow.reminders.ReminderPolicy;
import com.becflow.reminders.ReminderSettings;
import com.becflow.reminders.ReminderStep;
import com.becflow.reminders.ReminderTone;
import com.becflow.reminders.app.ReminderPolicies;
import com.becflow.reminders.app.UnknownReminderStep;
import com.becflow.shared.money.Money;
import com.becflow.shared.tenant.TenantAccess;
import com.becflow.shared.tenant.TenantContext;
import com.becflow.shared.tenant.TenantId;
import com.becflow.shared.tenant.UserId;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The reminder policy page without a server: the saved policy shown as rows, a step previewed as typed, the policy's
 * own rules marked on the fields they name, and what is saved. The service is a stand-in that judges policies by the
 * real rules and writes previews with the real texts.
 */
class ReminderPolicyFormTest {

    private static final LocalDate DUE = LocalDate.of(2027, 3, 15);

    private final UI ui = new UI();
    private final List<ReminderSettings> saved = new ArrayList<>();
    private final List<String> previewed = new ArrayList<>();
    private ReminderSettings stored = new ReminderSettings(null, BusinessHours.STANDARD);
    private TenantAccess access = TenantAccess.FULL;

    private final ReminderPolicies policies = new ReminderPolicies() {
        @Override
        public ReminderSettings settings(TenantContext ctx) {
            return stored;
        }

        @Override
        public ReminderSettings save(TenantContext ctx, ReminderSettings settings) {
            if (settings.policy() != null) {
                settings.policy().validated();
            }
            saved.add(settings);
            stored = settings;
            return settings;
        }

        @Override
        public Preview sample(TenantContext ctx, ReminderPolicy policy, String step, Locale language) {
            ReminderOccurrence occurrence = policy.validated().occurrences().stream()
                    .filter(o -> o.key().equals(step)).findFirst().orElseThrow(() -> new UnknownReminderStep(step));
            previewed.add(step + " " + language.getLanguage());
            ReminderFacts facts = new ReminderFacts("Alex Example", "INV-2027-0042", Money.of("1200.00", "EUR"), DUE,
                    DUE.plusDays(occurrence.offsetDays()), "https://becflow.test/portal/invoice/(personal link)",
                    "Studio Nord", "hello@studio-nord.test", language);
            return new Preview(step, "alex@example.com", occurrence.medium(), facts.write(occurrence));
        }
    };

    private final ReminderPolicyForm form = new ReminderPolicyForm(policies, () -> new TenantContext(TenantId.newId(),
            new UserId("u-1"), ZoneId.of("Europe/Berlin"), Currency.getInstance("EUR"), access));

    @BeforeEach
    void aUiForNotifications() {
        UI.setCurrent(ui);
    }

    @AfterEach
    void noUiLeftBehind() {
        UI.setCurrent(null);
    }

    @Test
    void theStandardRemindersAreShownAsRowsAndTheFirstStepIsPreviewedInTheClientsWords() {
        form.load();

        assertThat(text(form, "reminder-policy-state")).startsWith("You follow the standard reminders");
        assertThat(List.of(days(1), days(2), days(3), days(4))).containsExactly(-3, 0, 7, 21);
        assertThat(find(form, "reminder-step-5")).isEmpty();
        assertThat(value(form, "reminder-step-3-tone").getValue()).isEqualTo(ReminderTone.FIRM);
        assertThat(value(form, "reminder-endless-on").getValue()).isEqualTo(true);
        assertThat(value(form, "reminder-endless-every").getValue()).isEqualTo(14);
        assertThat(value(form, "reminder-hours-opens").getValue()).isEqualTo(LocalTime.of(9, 0));
        assertThat(text(form, "reminder-preview-heading")).isEqualTo("Step D-3, by email to alex@example.com, about a"
                + " made-up invoice:");
        assertThat(text(form, "reminder-preview-subject")).isEqualTo("Invoice INV-2027-0042 is due on March 15, 2027");
        assertThat(text(form, "reminder-preview-body")).contains("Hello Alex Example", "in 3 days",
                "https://becflow.test/portal/invoice/(personal link)", "Studio Nord");
    }

    @Test
    void aStepIsPreviewedAsTypedBeforeItIsSavedAndInTheLanguageChosen() {
        form.load();
        value(form, "reminder-step-3-days").setValue(10);
        value(form, "reminder-step-3-own-text").setValue(true);
        value(form, "reminder-step-3-subject").setValue("{{invoiceNumber}}: {{daysOverdue}} days late");
        value(form, "reminder-step-3-body").setValue("Dear {{clientName}}, please pay {{amountDue}}: {{payLink}}");

        click(form, "reminder-step-3-preview");

        assertThat(text(form, "reminder-preview-heading")).startsWith("Step D+10, by email");
        assertThat(text(form, "reminder-preview-subject")).isEqualTo("INV-2027-0042: 10 days late");
        assertThat(text(form, "reminder-preview-body")).isEqualTo("Dear Alex Example, please pay EUR 1,200.00:"
                + " https://becflow.test/portal/invoice/(personal link)");

        click(form, "reminder-step-4-preview");
        value(form, "reminder-preview-language").setValue("de");
        assertThat(text(form, "reminder-preview-subject")).isEqualTo("Mahnung: Rechnung INV-2027-0042 überfällig");
        click(form, "reminder-endless-preview");
        assertThat(previewed).containsExactly("D-3 en", "D+10 en", "D+21 en", "D+21 de", "D+35 de");
        assertThat(saved).isEmpty();
    }

    @Test
    void eachBrokenRuleIsMarkedOnTheFieldItNamesAndNothingIsSaved() {
        form.load();
        value(form, "reminder-step-2-days").setValue(-3);
        value(form, "reminder-step-3-own-text").setValue(true);
        value(form, "reminder-step-3-subject").setValue("Overdue");
        value(form, "reminder-step-3-body").setValue("Please pay {{amountOwed}}.");
        value(form, "reminder-endless-limit").setValue(50);
        value(form, "reminder-step-4-days").clear();

        click(form, "reminder-policy-save");
        assertThat(validation(form, "reminder-step-4-days").getErrorMessage()).startsWith("Enter the days");

        value(form, "reminder-step-4-days").setValue(21);
        click(form, "reminder-policy-save");

        assertThat(validation(form, "reminder-step-2-days").getErrorMessage()).isEqualTo("Falls on the same day as step 1"
                + " (steps[0])");
        assertThat(validation(form, "reminder-step-3-body").getErrorMessage()).contains("Unknown merge field "
                + "{{amountOwed}}", "must contain {{payLink}}");
        assertThat(validation(form, "reminder-endless-limit").isInvalid()).isTrue();
        assertThat(validation(form, "reminder-step-4-days").isInvalid()).isFalse();
        assertThat(saved).isEmpty();
    }

    @Test
    void aPolicyOfOneOwnSavesAndTheStandardOneSavesAsNoneOfItsOwn() {
        form.load();
        click(form, "reminder-step-1-remove");
        click(form, "reminder-add-step");
        assertThat(days(4)).isEqualTo(28);
        value(form, "reminder-step-4-medium").setValue(ReminderMedium.PHONE_CALL);
        value(form, "reminder-endless-on").setValue(false);
        value(form, "reminder-hours-opens").setValue(LocalTime.of(10, 0));

        click(form, "reminder-policy-save");

        ReminderPolicy own = saved.get(0).policy();
        assertThat(own.steps()).extracting(ReminderStep::offsetDays).containsExactly(0, 7, 21, 28);
        assertThat(own.steps().get(3).medium()).isEqualTo(ReminderMedium.PHONE_CALL);
        assertThat(own.endlessStep()).isEmpty();
        assertThat(saved.get(0).hours().opens()).isEqualTo(LocalTime.of(10, 0));
        assertThat(text(form, "reminder-policy-state")).isEqualTo("Your own reminders.");
        click(form, "reminder-step-4-preview");
        assertThat(text(form, "reminder-preview-heading")).startsWith("Step D+28, a call: nothing is sent");

        click(form, "reminder-policy-standard");
        click(form, "reminder-policy-save");
        assertThat(saved.get(1).policy()).isNull();
        assertThat(text(form, "reminder-policy-state")).startsWith("You follow the standard reminders");
    }

    @Test
    void aReadOnlyWorkspaceSeesItsRemindersAndCanPreviewButNotChangeThem() {
        access = TenantAccess.READ_ONLY;
        form.load();

        assertThat(((Button) find(form, "reminder-policy-save").orElseThrow()).isVisible()).isFalse();
        assertThat(((Button) find(form, "reminder-add-step").orElseThrow()).isEnabled()).isFalse();
        assertThat(((Button) find(form, "reminder-step-1-remove").orElseThrow()).isEnabled()).isFalse();
        click(form, "reminder-step-2-preview");
        assertThat(previewed).containsExactly("D-3 en", "D+0 en");
    }

    @Test
    void anOwnTextGetsATranslationStartingFromTheBuiltInTextOfItsLanguageAndThePreviewInThatLanguageShowsIt() {
        form.load();
        value(form, "reminder-step-3-own-text").setValue(true);
        value(form, "reminder-step-3-subject").setValue("Invoice {{invoiceNumber}} is late");
        value(form, "reminder-step-3-body").setValue("Please pay {{amountDue}}: {{payLink}}");
        assertThat(value(form, "reminder-step-3-translation-language").getValue()).isEqualTo("de");

        click(form, "reminder-step-3-add-translation");

        assertThat(value(form, "reminder-step-3-translation-de-subject").getValue())
                .isEqualTo("Zahlungserinnerung: Rechnung {{invoiceNumber}} seit {{daysOverdue}} Tagen überfällig");
        assertThat((String) value(form, "reminder-step-3-translation-de-body").getValue()).startsWith("Hallo {{clientName}}");
        assertThat(value(form, "reminder-step-3-translation-language").getValue()).isEqualTo("fr");
        value(form, "reminder-step-3-translation-de-subject").setValue("Rechnung {{invoiceNumber}} ist überfällig");
        value(form, "reminder-step-3-translation-de-body").setValue("Bitte zahlen Sie {{amountDue}}: {{payLink}}");

        click(form, "reminder-step-3-preview");
        assertThat(text(form, "reminder-preview-subject")).isEqualTo("Invoice INV-2027-0042 is late");
        value(form, "reminder-preview-language").setValue("de");
        assertThat(text(form, "reminder-preview-subject")).isEqualTo("Rechnung INV-2027-0042 ist überfällig");
        assertThat(text(form, "reminder-preview-body")).isEqualTo("Bitte zahlen Sie EUR 1,200.00:"
                + " https://becflow.test/portal/invoice/(personal link)");
        value(form, "reminder-preview-language").setValue("fr");
        assertThat(text(form, "reminder-preview-subject")).as("no French own text: the own text as written")
                .isEqualTo("Invoice INV-2027-0042 is late");

        click(form, "reminder-policy-save");

        ReminderStep third = saved.get(0).policy().steps().get(2);
        assertThat(third.template().subject()).isEqualTo("Invoice {{invoiceNumber}} is late");
        assertThat(third.translations()).containsOnlyKeys("de");
        assertThat(third.translations().get("de").subject()).isEqualTo("Rechnung {{invoiceNumber}} ist überfällig");
        assertThat(value(form, "reminder-step-3-translation-de-subject").getValue()).as("shown again after saving")
                .isEqualTo("Rechnung {{invoiceNumber}} ist überfällig");
    }

    @Test
    void aBrokenTranslationIsMarkedOnItsOwnFieldsAndNothingIsSaved() {
        form.load();
        value(form, "reminder-step-2-own-text").setValue(true);
        value(form, "reminder-step-2-subject").setValue("Due today: {{invoiceNumber}}");
        value(form, "reminder-step-2-body").setValue("Pay here: {{payLink}}");
        click(form, "reminder-step-2-add-translation");
        value(form, "reminder-step-2-translation-de-body").setValue("Bitte zahlen Sie {{betrag}}.");
        value(form, "reminder-endless-own-text").setValue(true);
        value(form, "reminder-endless-subject").setValue("Overdue");
        value(form, "reminder-endless-body").setValue("Pay: {{payLink}}");
        value(form, "reminder-endless-translation-language").setValue("es");
        click(form, "reminder-endless-add-translation");
        value(form, "reminder-endless-translation-es-subject").setValue(" ");

        click(form, "reminder-policy-save");

        assertThat(validation(form, "reminder-step-2-translation-de-body").getErrorMessage())
                .contains("Unknown merge field {{betrag}}", "must contain {{payLink}}");
        assertThat(validation(form, "reminder-endless-translation-es-subject").getErrorMessage())
                .startsWith("A subject of 1 to");
        assertThat(validation(form, "reminder-step-2-body").isInvalid()).isFalse();
        assertThat(saved).isEmpty();

        click(form, "reminder-step-2-translation-de-remove");
        click(form, "reminder-endless-translation-es-remove");
        click(form, "reminder-policy-save");
        assertThat(saved.get(0).policy().steps().get(1).translations()).isEmpty();
        assertThat(saved.get(0).policy().endless().translations()).isEmpty();
    }

    private int days(int row) {
        return (Integer) value(form, "reminder-step-" + row + "-days").getValue();
    }
}
