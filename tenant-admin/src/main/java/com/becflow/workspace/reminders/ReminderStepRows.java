package com.becflow.workspace.reminders;

import com.becflow.reminders.ReminderMedium;
import com.becflow.reminders.ReminderPolicy;
import com.becflow.reminders.ReminderStep;
import com.becflow.reminders.ReminderTemplate;
import com.becflow.reminders.ReminderTone;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A policy's steps as rows: the day from the due date, the tone, the medium and the text of each. Rows are numbered as
 * the policy's steps are, so a rule broken by {@code steps[2].offsetDays} lands on the third row's days.
 */
final class ReminderStepRows extends Div {

    private static final Pattern PATH = Pattern.compile("steps\\[(\\d+)]\\.(.+)");

    private record Row(IntegerField days, ReminderVoice voice) {

        ReminderStep step() {
            return new ReminderStep(days.getValue(), voice.tone.getValue(), voice.medium.getValue(), voice.template(),
                    voice.translated());
        }

        Typed typed() {
            return new Typed(days.getValue(), voice.tone.getValue(), voice.medium.getValue(), voice.template(),
                    voice.translated());
        }
    }

    /** A row's values as they stand, its days possibly empty. */
    private record Typed(Integer days, ReminderTone tone, ReminderMedium medium, ReminderTemplate template,
                         Map<String, ReminderTemplate> translations) {
    }

    private final IntConsumer preview;
    private final List<Row> rows = new ArrayList<>();
    private final Div list = new Div();
    private final Button add = new Button("Add a step");
    private boolean enabled = true;

    /** @param preview asked to show the step on this many days from the due date */
    ReminderStepRows(IntConsumer preview) {
        this.preview = preview;
        setId("reminder-steps");
        add.setId("reminder-add-step");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.addClickListener(e -> {
            List<Typed> typed = new ArrayList<>(typed());
            int after = typed.stream().mapToInt(t -> t.days() == null ? 0 : t.days()).max().orElse(-7);
            typed.add(new Typed(after + 7, typed.isEmpty() ? ReminderTone.FRIENDLY : typed.get(typed.size() - 1).tone(),
                    ReminderMedium.EMAIL, null, Map.of()));
            redraw(typed);
        });
        add(list, add);
    }

    void show(List<ReminderStep> steps) {
        redraw(steps.stream().map(s -> new Typed(s.offsetDays(), s.tone(), s.medium(), s.template(), s.translations()))
                .toList());
    }

    /** Draws a row per step; rows keep ids by position, so after a removal they are drawn again from their values. */
    private void redraw(List<Typed> steps) {
        rows.clear();
        list.removeAll();
        steps.forEach(step -> list.add(row(rows.size(), step)));
        add.setEnabled(enabled && rows.size() < ReminderPolicy.MAX_STEPS);
    }

    /** The steps as typed; empty, with the fields marked, while a row has no days. */
    Optional<List<ReminderStep>> steps() {
        boolean complete = true;
        for (Row row : rows) {
            if (row.days().getValue() == null) {
                row.days().setErrorMessage("Enter the days from the due date, such as -3, 0 or 7");
                row.days().setInvalid(true);
                complete = false;
            }
        }
        return complete ? Optional.of(rows.stream().map(Row::step).toList()) : Optional.empty();
    }

    /** The field a rule's path such as {@code steps[1].offsetDays} names, when that row is shown. */
    Optional<HasValidation> fieldOf(String path) {
        Matcher m = PATH.matcher(path);
        if (!m.matches() || Integer.parseInt(m.group(1)) >= rows.size()) {
            return Optional.empty();
        }
        Row row = rows.get(Integer.parseInt(m.group(1)));
        return m.group(2).equals("offsetDays") ? Optional.of(row.days()) : row.voice().fieldOf(m.group(2));
    }

    void clearProblems() {
        rows.forEach(r -> {
            r.days().setInvalid(false);
            r.days().setErrorMessage(null);
            r.voice().clearProblems();
        });
    }

    void writable(boolean enabled) {
        this.enabled = enabled;
        redraw(typed());
    }

    private List<Typed> typed() {
        return rows.stream().map(Row::typed).toList();
    }

    private Div row(int index, Typed step) {
        String id = "reminder-step-" + (index + 1);
        IntegerField days = new IntegerField("Days from the due date");
        days.setId(id + "-days");
        days.setMin(ReminderPolicy.MIN_OFFSET);
        days.setMax(ReminderPolicy.MAX_OFFSET);
        days.setStepButtonsVisible(true);
        days.setManualValidation(true);
        days.setWidth("12em");
        days.setHelperText("-3: 3 days before; 0: on it");
        days.setI18n(new IntegerField.IntegerFieldI18n().setBadInputErrorMessage("Enter a whole number"));
        days.setValue(step.days());
        ReminderVoice voice = new ReminderVoice(id, () -> days.getValue() == null ? 0 : days.getValue());
        voice.show(step.tone(), step.medium(), step.template(), step.translations());
        voice.setEnabled(enabled);
        days.setEnabled(enabled);
        Button show = new Button("Preview", e -> {
            if (days.getValue() != null) {
                preview.accept(days.getValue());
            }
        });
        show.setId(id + "-preview");
        show.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button remove = new Button("Remove", e -> {
            List<Typed> typed = new ArrayList<>(typed());
            typed.remove(index);
            redraw(typed);
        });
        remove.setId(id + "-remove");
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setEnabled(enabled);
        rows.add(new Row(days, voice));
        FlexLayout line = new FlexLayout(days, voice.tone, voice.medium, voice.ownText, show, remove);
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        line.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        line.getStyle().set("gap", "0 var(--lumo-space-m)");
        Div row = new Div(line, voice.subject, voice.body, voice.translations);
        row.setId(id);
        row.getStyle().set("border-bottom", "1px solid var(--lumo-contrast-10pct)")
                .set("padding-bottom", "var(--lumo-space-s)");
        return row;
    }
}
