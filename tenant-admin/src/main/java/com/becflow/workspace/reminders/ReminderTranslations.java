package com.becflow.workspace.reminders;

import com.becflow.reminders.ReminderTemplate;
import com.becflow.reminders.ReminderTone;
import com.becflow.reminders.StandardReminderTexts;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * An own text's translations, one subject and text per language: a client reading that language gets it, any other
 * client the own text above as written. A translation added starts from the built-in text of its language and the
 * reminder's tone, as the own text starts from the English one.
 */
final class ReminderTranslations extends Div {

    /** The languages reminders are written in, by code, as the freelancer reads their names. */
    static final Map<String, String> LANGUAGES = languages();

    private record Translation(TextField subject, TextArea body, Button remove, Div block) {
    }

    private final String idPrefix;
    private final Supplier<ReminderTone> tone;
    private final IntSupplier builtInOffset;
    private final Map<String, Translation> shown = new LinkedHashMap<>();
    private final Div list = new Div();
    private final Select<String> language = new Select<>();
    private final Button add = new Button("Add a translation");
    private boolean enabled = true;

    ReminderTranslations(String idPrefix, Supplier<ReminderTone> tone, IntSupplier builtInOffset) {
        this.idPrefix = idPrefix;
        this.tone = tone;
        this.builtInOffset = builtInOffset;
        setId(idPrefix + "-translations");
        language.setId(idPrefix + "-translation-language");
        language.setLabel("Translation into");
        language.setItemLabelGenerator(LANGUAGES::get);
        language.setWidth("10em");
        add.setId(idPrefix + "-add-translation");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.addClickListener(e -> {
            if (language.getValue() != null) {
                ReminderTemplate start = StandardReminderTexts.of(tone.get(), builtInOffset.getAsInt(),
                        Locale.forLanguageTag(language.getValue()));
                put(language.getValue(), start);
                offerLanguages();
            }
        });
        FlexLayout adding = new FlexLayout(language, add);
        adding.setAlignItems(FlexComponent.Alignment.BASELINE);
        adding.getStyle().set("gap", "0 var(--lumo-space-m)");
        add(list, adding);
        offerLanguages();
    }

    void show(Map<String, ReminderTemplate> translations) {
        shown.clear();
        list.removeAll();
        translations.forEach(this::put);
        offerLanguages();
    }

    /** The translations as typed, by language code. */
    Map<String, ReminderTemplate> values() {
        Map<String, ReminderTemplate> values = new LinkedHashMap<>();
        shown.forEach((code, t) -> values.put(code, new ReminderTemplate(t.subject().getValue(), t.body().getValue())));
        return values;
    }

    /** The field a broken rule's path names after the step's prefix: {@code translations.de.subject}, {@code .body}, or the text. */
    Optional<HasValidation> fieldOf(String rest) {
        for (Map.Entry<String, Translation> entry : shown.entrySet()) {
            String at = "translations." + entry.getKey();
            if (rest.equals(at + ".subject")) {
                return Optional.of(entry.getValue().subject());
            }
            if (rest.equals(at) || rest.equals(at + ".body")) {
                return Optional.of(entry.getValue().body());
            }
        }
        return Optional.empty();
    }

    void clearProblems() {
        shown.values().forEach(t -> {
            for (HasValidation field : List.<HasValidation>of(t.subject(), t.body())) {
                field.setInvalid(false);
                field.setErrorMessage(null);
            }
        });
    }

    void writable(boolean enabled) {
        this.enabled = enabled;
        shown.values().forEach(t -> {
            t.subject().setReadOnly(!enabled);
            t.body().setReadOnly(!enabled);
            t.remove().setEnabled(enabled);
        });
        offerLanguages();
    }

    private void put(String code, ReminderTemplate text) {
        String id = idPrefix + "-translation-" + code;
        String name = LANGUAGES.getOrDefault(code, code);
        TextField subject = new TextField("Subject (" + name + ")");
        subject.setId(id + "-subject");
        subject.setWidthFull();
        subject.setMaxLength(200);
        subject.setValue(text.subject());
        TextArea body = new TextArea("Text (" + name + ")");
        body.setId(id + "-body");
        body.setWidthFull();
        body.setMaxLength(4000);
        body.setValue(text.body());
        subject.setManualValidation(true);
        body.setManualValidation(true);
        subject.setReadOnly(!enabled);
        body.setReadOnly(!enabled);
        Button remove = new Button("Remove the " + name + " translation");
        remove.setId(id + "-remove");
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setEnabled(enabled);
        Div block = new Div(subject, body, remove);
        block.setId(id);
        remove.addClickListener(e -> {
            shown.remove(code);
            list.remove(block);
            offerLanguages();
        });
        shown.put(code, new Translation(subject, body, remove, block));
        list.add(block);
    }

    /** Only the languages not translated yet can be added; English last, as the own text usually is English. */
    private void offerLanguages() {
        List<String> open = LANGUAGES.keySet().stream().filter(code -> !shown.containsKey(code))
                .sorted(Comparator.comparing("en"::equals)).toList();
        language.setItems(open);
        language.setValue(open.isEmpty() ? null : open.get(0));
        language.setEnabled(enabled && !open.isEmpty());
        add.setEnabled(enabled && !open.isEmpty());
    }

    private static Map<String, String> languages() {
        Map<String, String> languages = new LinkedHashMap<>();
        languages.put("en", "English");
        languages.put("de", "Deutsch");
        languages.put("fr", "Français");
        languages.put("es", "Español");
        return languages;
    }
}
