package com.becflow.workspace.reminders;

import com.becflow.reminders.BusinessHours;
import com.becflow.reminders.ReminderMedium;
import com.becflow.reminders.ReminderOccurrence;
import com.becflow.reminders.ReminderPolicy;
import com.becflow.reminders.ReminderSettings;
import com.becflow.reminders.ReminderStep;
import com.becflow.reminders.app.ReminderPolicies;
import com.becflow.shared.tenant.TenantAccess;
import com.becflow.shared.tenant.TenantContext;
import com.becflow.workspace.Notices;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The workspace's reminder policy as the freelancer edits it: the steps, the repetition after them, the business hours,
 * and a preview of any step, as typed and not yet saved, exactly as a client would receive it about a made-up invoice,
 * in the language picked (its own translation, if the step has one).
 * The service judges the policy, for the preview as for saving; each broken rule is marked on the field it names.
 */
final class ReminderPolicyForm extends VerticalLayout {

    private final ReminderPolicies policies;
    private final Supplier<TenantContext> tenant;
    private final Paragraph state = new Paragraph();
    private final ReminderStepRows steps = new ReminderStepRows(days -> preview(ReminderOccurrence.key(days)));
    private final EndlessReminderFields endless = new EndlessReminderFields(this::previewFirstRepetition);
    private final TimePicker opens = timePicker("From", "reminder-hours-opens");
    private final TimePicker closes = timePicker("Until", "reminder-hours-closes");
    private final Button save = new Button("Save reminders");
    private final Button standard = new Button("Start again from the standard reminders");
    private final Select<String> language = new Select<>();
    private final Paragraph previewHeading = new Paragraph();
    private final Paragraph previewSubject = new Paragraph();
    private final Pre previewBody = new Pre();
    private String previewed;

    ReminderPolicyForm(ReminderPolicies policies, Supplier<TenantContext> tenant) {
        this.policies = policies;
        this.tenant = tenant;
        setId("reminder-policy");
        setPadding(false);
        state.setId("reminder-policy-state");
        save.setId("reminder-policy-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        standard.setId("reminder-policy-standard");
        standard.addClickListener(e -> {
            ReminderPolicy policy = ReminderPolicy.standard();
            steps.show(policy.steps());
            endless.show(policy.endlessStep());
        });
        Paragraph why = new Paragraph("Each open invoice is reminded on these days from its due date (under a payment "
                + "plan, from the installment's), at the opening of the hours below on the client's own clock, never "
                + "twice for the same day. None goes while a payment is on its way, while a promised day has not "
                + "passed, or while you pause an invoice's reminders.");
        why.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "0");
        HorizontalLayout hours = new HorizontalLayout(opens, closes);
        hours.setAlignItems(Alignment.BASELINE);
        add(state, why, new H3("Steps"), steps, new H3("After the last step"), endless,
                new H3("Business hours, on each client's clock"), hours, new FlexLayout(save, standard), previewPanel());
    }

    /** Shows the saved settings, and the first step's preview. */
    void load() {
        ReminderSettings settings = policies.settings(tenant.get());
        ReminderPolicy policy = settings.effectivePolicy();
        state.setText(settings.policy() == null ? "You follow the standard reminders: change any step and save to make"
                + " them your own." : "Your own reminders.");
        steps.show(policy.steps());
        endless.show(policy.endlessStep());
        opens.setValue(settings.hours().opens());
        closes.setValue(settings.hours().closes());
        boolean writable = tenant.get().access() == TenantAccess.FULL;
        steps.writable(writable);
        endless.writable(writable);
        opens.setReadOnly(!writable);
        closes.setReadOnly(!writable);
        save.setVisible(writable);
        standard.setVisible(writable);
        policy.occurrences().stream().findFirst().ifPresent(first -> preview(first.key()));
    }

    private void save() {
        Optional<ReminderPolicy> policy = typedPolicy();
        if (policy.isEmpty() || !hoursComplete()) {
            Notices.refused(1, Map.of());
            return;
        }
        ReminderPolicy own = policy.get().equals(ReminderPolicy.standard()) ? null : policy.get();
        if (Notices.attempt(() -> policies.save(tenant.get(), new ReminderSettings(own,
                new BusinessHours(opens.getValue(), closes.getValue()))), this::placeProblems)) {
            Notices.success(own == null ? "Saved: you follow the standard reminders"
                    : "Saved: open invoices are reminded by these steps from now on");
            load();
        }
    }

    private void preview(String step) {
        previewed = step;
        Optional<ReminderPolicy> policy = typedPolicy();
        if (policy.isEmpty()) {
            return;
        }
        Notices.attempt(() -> show(policies.sample(tenant.get(), policy.get(), step,
                Locale.forLanguageTag(language.getValue()))), this::placeProblems);
    }

    private void previewFirstRepetition() {
        typedPolicy().flatMap(p -> p.occurrences().stream().filter(o -> o.repeat() == 1).findFirst())
                .ifPresent(o -> preview(o.key()));
    }

    private void show(ReminderPolicies.Preview preview) {
        String how = preview.medium() == ReminderMedium.PHONE_CALL
                ? "a call: nothing is sent, a task reminds you to call, and this is what to say"
                : "by " + ReminderVoice.label(preview.medium()).toLowerCase(Locale.ROOT) + " to " + preview.to();
        previewHeading.setText("Step " + preview.step() + ", " + how + ", about a made-up invoice:");
        previewSubject.setText(preview.text().subject());
        previewBody.setText(preview.text().body());
    }

    /** The policy as typed, problems of earlier attempts cleared; empty, with the fields marked, while a number is missing. */
    private Optional<ReminderPolicy> typedPolicy() {
        steps.clearProblems();
        endless.clearProblems();
        Optional<List<ReminderStep>> typed = steps.steps();
        if (!endless.complete() || typed.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ReminderPolicy(typed.get(), endless.endless()));
    }

    private boolean hoursComplete() {
        boolean complete = true;
        for (TimePicker picker : List.of(opens, closes)) {
            picker.setInvalid(picker.getValue() == null);
            picker.setErrorMessage(picker.getValue() == null ? "Choose a time" : null);
            complete &= picker.getValue() != null;
        }
        return complete;
    }

    /** Marks the fields these errors name; returns those it could not place. */
    private Map<String, String> placeProblems(Map<String, String> errors) {
        Map<String, String> rest = new LinkedHashMap<>();
        errors.forEach((path, message) -> {
            Optional<HasValidation> field = path.equals("businessHours") ? Optional.of(opens)
                    : steps.fieldOf(path).or(() -> endless.fieldOf(path));
            field.ifPresentOrElse(f -> {
                f.setErrorMessage(f.isInvalid() ? f.getErrorMessage() + "; " + message : message);
                f.setInvalid(true);
            }, () -> rest.put(path, message));
        });
        return rest;
    }

    private Div previewPanel() {
        language.setId("reminder-preview-language");
        language.setLabel("In");
        language.setItems(ReminderTranslations.LANGUAGES.keySet());
        language.setItemLabelGenerator(ReminderTranslations.LANGUAGES::get);
        language.setValue("en");
        language.addValueChangeListener(e -> {
            if (previewed != null) {
                preview(previewed);
            }
        });
        previewHeading.setId("reminder-preview-heading");
        previewHeading.getStyle().set("margin", "0");
        previewSubject.setId("reminder-preview-subject");
        previewSubject.getStyle().set("font-weight", "600").set("margin", "var(--lumo-space-s) 0 0 0");
        previewBody.setId("reminder-preview-body");
        previewBody.getStyle().set("white-space", "pre-wrap").set("font-family", "inherit").set("margin", "0");
        Div panel = new Div(new H3("Preview"), language, previewHeading, previewSubject, previewBody);
        panel.setId("reminder-preview");
        panel.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius",
                "var(--lumo-border-radius-m)").set("padding", "var(--lumo-space-m)").set("width", "100%")
                .set("box-sizing", "border-box");
        return panel;
    }

    private static TimePicker timePicker(String label, String id) {
        TimePicker picker = new TimePicker(label);
        picker.setId(id);
        picker.setStep(Duration.ofMinutes(30));
        picker.setLocale(Locale.UK);
        picker.setManualValidation(true);
        picker.setWidth("9em");
        return picker;
    }
}
