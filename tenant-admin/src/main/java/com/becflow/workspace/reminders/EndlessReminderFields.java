package com.becflow.workspace.reminders;

import com.becflow.reminders.EndlessReminder;
import com.becflow.reminders.ReminderMedium;
import com.becflow.reminders.ReminderPolicy;
import com.becflow.reminders.ReminderTone;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The reminder repeated after the last step until the invoice is paid: how often, how many times, and how it speaks. */
final class EndlessReminderFields extends Div {

    private final Checkbox on = new Checkbox("Keep reminding after the last step, until the invoice is paid");
    private final IntegerField everyDays = number("Every (days)", "reminder-endless-every", ReminderPolicy.MAX_EVERY_DAYS);
    private final IntegerField limit = number("At most (times)", "reminder-endless-limit", ReminderPolicy.MAX_REPEATS);
    private final ReminderVoice voice = new ReminderVoice("reminder-endless", () -> 30);
    private final Button preview = new Button("Preview");
    private final FlexLayout details;

    /** @param preview asked to show the first repetition */
    EndlessReminderFields(Runnable preview) {
        setId("reminder-endless");
        on.setId("reminder-endless-on");
        on.addValueChangeListener(e -> showDetails());
        this.preview.setId("reminder-endless-preview");
        this.preview.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        this.preview.addClickListener(e -> preview.run());
        details = new FlexLayout(everyDays, limit, voice.tone, voice.medium, voice.ownText, this.preview);
        details.setAlignItems(FlexComponent.Alignment.BASELINE);
        details.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        details.getStyle().set("gap", "0 var(--lumo-space-m)");
        add(on, details, voice.subject, voice.body, voice.translations);
    }

    void show(Optional<EndlessReminder> endless) {
        on.setValue(endless.isPresent());
        everyDays.setValue(endless.map(EndlessReminder::everyDays).orElse(14));
        limit.setValue(endless.map(EndlessReminder::limit).orElse(4));
        voice.show(endless.map(EndlessReminder::tone).orElse(ReminderTone.FORMAL),
                endless.map(EndlessReminder::medium).orElse(ReminderMedium.EMAIL),
                endless.map(EndlessReminder::template).orElse(null),
                endless.map(EndlessReminder::translations).orElse(Map.of()));
        showDetails();
    }

    /** Whether what is ticked can be read; an empty number is marked. */
    boolean complete() {
        boolean complete = true;
        for (IntegerField field : List.of(everyDays, limit)) {
            if (on.getValue() && field.getValue() == null) {
                field.setErrorMessage("Enter a whole number");
                field.setInvalid(true);
                complete = false;
            }
        }
        return complete;
    }

    /** The repetition as typed; null when it is off. Read after {@link #complete()}. */
    EndlessReminder endless() {
        return on.getValue() ? new EndlessReminder(everyDays.getValue(), limit.getValue(), voice.tone.getValue(),
                voice.medium.getValue(), voice.template(), voice.translated()) : null;
    }

    /** The field a rule's path such as {@code endless.everyDays} names. */
    Optional<HasValidation> fieldOf(String path) {
        return switch (path) {
            case "endless.everyDays" -> Optional.of(everyDays);
            case "endless.limit" -> Optional.of(limit);
            default -> path.startsWith("endless.") ? voice.fieldOf(path.substring("endless.".length())) : Optional.empty();
        };
    }

    void clearProblems() {
        for (IntegerField field : List.of(everyDays, limit)) {
            field.setInvalid(false);
            field.setErrorMessage(null);
        }
        voice.clearProblems();
    }

    void writable(boolean enabled) {
        on.setEnabled(enabled);
        everyDays.setEnabled(enabled);
        limit.setEnabled(enabled);
        voice.setEnabled(enabled);
    }

    private void showDetails() {
        details.setVisible(on.getValue());
        voice.showText(on.getValue());
    }

    private static IntegerField number(String label, String id, int max) {
        IntegerField field = new IntegerField(label);
        field.setId(id);
        field.setMin(1);
        field.setMax(max);
        field.setStepButtonsVisible(true);
        field.setManualValidation(true);
        field.setWidth("9em");
        field.setI18n(new IntegerField.IntegerFieldI18n().setBadInputErrorMessage("Enter a whole number"));
        return field;
    }
}
