package com.becflow.workspace.reminders;

import com.becflow.reminders.MergeField;
import com.becflow.reminders.ReminderMedium;
import com.becflow.reminders.ReminderTemplate;
import com.becflow.reminders.ReminderTone;
import com.becflow.reminders.StandardReminderTexts;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;

/**
 * How one reminder speaks, for a step or the endless repetition alike: its tone, its medium, and either the built-in
 * text for its tone in the client's language or a text of the freelancer's own. Ticking "Own text" starts from the
 * built-in English text, so the freelancer edits a reminder that already works rather than a blank page; the own text
 * can have {@link ReminderTranslations} for clients reading another language.
 */
final class ReminderVoice {

    static final String MERGE_FIELDS = Arrays.stream(MergeField.values()).map(MergeField::placeholder)
            .collect(Collectors.joining(" "));

    final Select<ReminderTone> tone = new Select<>();
    final Select<ReminderMedium> medium = new Select<>();
    final Checkbox ownText = new Checkbox("Own text");
    final TextField subject = new TextField("Subject");
    final TextArea body = new TextArea("Text");
    final ReminderTranslations translations;

    /**
     * @param idPrefix      each field's id starts with it, e.g. {@code reminder-step-2}
     * @param builtInOffset the day the built-in text is chosen for, when the own text starts from it
     */
    ReminderVoice(String idPrefix, IntSupplier builtInOffset) {
        tone.setLabel("Tone");
        tone.setItems(ReminderTone.values());
        tone.setItemLabelGenerator(ReminderVoice::label);
        tone.setId(idPrefix + "-tone");
        tone.setWidth("9em");
        medium.setLabel("By");
        medium.setItems(ReminderMedium.values());
        medium.setItemLabelGenerator(ReminderVoice::label);
        medium.setId(idPrefix + "-medium");
        medium.setWidth("10em");
        ownText.setId(idPrefix + "-own-text");
        subject.setId(idPrefix + "-subject");
        subject.setWidthFull();
        subject.setMaxLength(200);
        body.setId(idPrefix + "-body");
        body.setWidthFull();
        body.setMaxLength(4000);
        body.setHelperText("Merge fields: " + MERGE_FIELDS + ". A mail or text must contain {{payLink}}. Clients in a"
                + " language without a translation below receive this text.");
        translations = new ReminderTranslations(idPrefix, tone::getValue, builtInOffset);
        for (HasValidation field : List.<HasValidation>of(subject, body)) {
            field.setManualValidation(true);
        }
        ownText.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() && subject.isEmpty() && body.isEmpty()) {
                ReminderTemplate start = StandardReminderTexts.of(tone.getValue(), builtInOffset.getAsInt(),
                        Locale.ENGLISH);
                subject.setValue(start.subject());
                body.setValue(start.body());
            }
            showText();
        });
    }

    void show(ReminderTone tone, ReminderMedium medium, ReminderTemplate template,
              Map<String, ReminderTemplate> translated) {
        this.tone.setValue(tone);
        this.medium.setValue(medium);
        ownText.setValue(template != null);
        subject.setValue(template == null ? "" : template.subject());
        body.setValue(template == null ? "" : template.body());
        translations.show(translated);
        showText();
    }

    /** The own text, when ticked; null: the built-in text in the client's language. */
    ReminderTemplate template() {
        return ownText.getValue() ? new ReminderTemplate(subject.getValue(), body.getValue()) : null;
    }

    /** The own text's translations by language code; none while the own text is not ticked. */
    Map<String, ReminderTemplate> translated() {
        return ownText.getValue() ? translations.values() : Map.of();
    }

    /**
     * The field a broken rule's path names, after the step's own prefix: {@code template.subject},
     * {@code template.body}, or {@code template} (an unknown merge field, in the subject or the text), and the same
     * under {@code translations.de} for a translation.
     */
    Optional<HasValidation> fieldOf(String rest) {
        return switch (rest) {
            case "template.subject" -> Optional.of(subject);
            case "template.body", "template" -> Optional.of(body);
            default -> translations.fieldOf(rest);
        };
    }

    void clearProblems() {
        for (HasValidation field : List.<HasValidation>of(subject, body)) {
            field.setInvalid(false);
            field.setErrorMessage(null);
        }
        translations.clearProblems();
    }

    void setEnabled(boolean enabled) {
        tone.setEnabled(enabled);
        medium.setEnabled(enabled);
        ownText.setEnabled(enabled);
        subject.setReadOnly(!enabled);
        body.setReadOnly(!enabled);
        translations.writable(enabled);
    }

    /** Shows the own text and its translations while "Own text" is ticked and {@code shown} holds. */
    void showText(boolean shown) {
        subject.setVisible(shown && ownText.getValue());
        body.setVisible(shown && ownText.getValue());
        translations.setVisible(shown && ownText.getValue());
    }

    private void showText() {
        showText(true);
    }

    static String label(ReminderTone tone) {
        return switch (tone) {
            case FRIENDLY -> "Friendly";
            case FIRM -> "Firm";
            case FORMAL -> "Formal";
        };
    }

    static String label(ReminderMedium medium) {
        return switch (medium) {
            case EMAIL -> "Email";
            case SMS -> "Text message";
            case PHONE_CALL -> "A call (a task for you)";
        };
    }
}
