package com.becflow.workspace.invoicing;

import com.becflow.invoicing.packages.Milestone;
import com.becflow.invoicing.packages.PackageDeal;
import com.becflow.invoicing.packages.PackageDeal.MilestoneDraft;
import com.becflow.workspace.FieldErrors;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The milestones of a package as typed: a title and, billed per milestone, a share of the price per row, in order.
 * Ids carry each row's position ({@code milestone-amount-1}), which is also how the service names a row's errors
 * ({@code milestones[1].amount}); removing a row draws the rest again from their values, so ids and error paths stay in
 * step. Under the rows, one line says whether the shares add up to the price, and carries the service's verdict on the
 * milestones as a whole ({@code milestones}).
 */
final class PackageMilestoneRows extends Div {

    private static final Pattern ROW = Pattern.compile("milestones\\[(\\d+)]\\.(title|amount)");

    private final Runnable changed;
    private final List<Row> rows = new ArrayList<>();
    private final Div list = new Div();
    private final Button add;
    private final Span sum = new Span();
    private boolean sharesShown = true;
    private boolean readOnly;
    private String listError;

    PackageMilestoneRows(Runnable changed) {
        this.changed = changed;
        setId("package-milestones");
        setWidthFull();
        add = new Button("Add milestone", e -> {
            List<MilestoneDraft> typed = new ArrayList<>(milestones());
            typed.add(new MilestoneDraft("", null));
            redraw(typed);
            changed.run();
        });
        add.setId("add-milestone");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        sum.setId("milestones-sum");
        sum.getStyle().set("display", "block").set("font-weight", "500").set("margin", "var(--lumo-space-xs) 0");
        add(list, add, sum);
    }

    /** Rows for these milestones, or one empty row, with every mark cleared. */
    void show(List<MilestoneDraft> milestones, boolean readOnly) {
        this.readOnly = readOnly;
        redraw(milestones);
        add.setVisible(!readOnly);
    }

    /** The rows as typed, in the order shown; an empty share is a null. */
    List<MilestoneDraft> milestones() {
        return rows.stream().map(r -> new MilestoneDraft(r.title.getValue(), r.amount.getValue())).toList();
    }

    /** Shares belong to billing per milestone only; hidden, they keep what was typed. */
    void showShares(boolean shown) {
        sharesShown = shown;
        rows.forEach(r -> r.amount.setVisible(shown));
    }

    /** The line under the rows: the service's verdict while there is one, else how the shares compare to the price. */
    void showSum(String line) {
        boolean error = listError != null;
        sum.setText(error ? listError : line == null ? "" : line);
        sum.setVisible(error || line != null);
        sum.getStyle().set("color", error ? "var(--lumo-error-text-color)" : "var(--lumo-body-text-color)");
        sum.getElement().setAttribute("role", error ? "alert" : "status");
    }

    /** Whether every share holds something that reads as a number; marks those that do not. */
    boolean validateInput() {
        boolean ok = true;
        for (Row row : rows) {
            ok &= !row.sharesShownAndUnreadable();
        }
        return ok;
    }

    /** The service's verdict on the milestones as a whole no longer holds once they are typed again. */
    void dropVerdict() {
        listError = null;
    }

    void clearErrors() {
        rows.forEach(r -> FieldErrors.clear(List.of(r.title, r.amount)));
        listError = null;
    }

    /**
     * Marks one error keyed {@code milestones} or {@code milestones[i].title|amount}; false when it is about something
     * else, a row that is not there or a share that is hidden.
     */
    boolean showError(String key, String message) {
        if (key.equals("milestones")) {
            listError = message;
            return true;
        }
        Matcher at = ROW.matcher(key);
        if (!at.matches() || Integer.parseInt(at.group(1)) >= rows.size()) {
            return false;
        }
        Row row = rows.get(Integer.parseInt(at.group(1)));
        if (at.group(2).equals("amount") && !sharesShown) {
            return false;
        }
        FieldErrors.show(Map.of("title", row.title, "amount", row.amount), at.group(2), message);
        return true;
    }

    private void redraw(List<MilestoneDraft> milestones) {
        rows.clear();
        list.removeAll();
        List<MilestoneDraft> shown = milestones.isEmpty() ? List.of(new MilestoneDraft("", null)) : milestones;
        for (MilestoneDraft m : shown) {
            Row row = new Row(rows.size(), m);
            rows.add(row);
            list.add(row);
        }
        rows.forEach(r -> r.remove.setEnabled(rows.size() > 1));
        add.setEnabled(rows.size() < PackageDeal.MAX_MILESTONES);
    }

    /** One milestone: its title, its share, and a button to take it out. */
    private final class Row extends FlexLayout {
        private final TextField title = new TextField();
        private final BigDecimalField amount = new BigDecimalField("Share of the price");
        private final Button remove = new Button("Remove");
        /** Only to tell an unreadable share ("1e") from an empty one, which the service names itself. */
        private final Binder.Binding<PackageDraft, BigDecimal> amountInput;

        Row(int index, MilestoneDraft typed) {
            title.setLabel("Milestone " + (index + 1));
            title.setId("milestone-title-" + index);
            title.setMaxLength(Milestone.TITLE_LENGTH);
            title.setMinWidth("18em");
            title.setValueChangeMode(ValueChangeMode.LAZY);
            title.setValue(typed.title() == null ? "" : typed.title());
            title.setReadOnly(readOnly);
            amount.setId("milestone-amount-" + index);
            amount.setWidth("10em");
            amount.setValueChangeMode(ValueChangeMode.LAZY);
            amount.setI18n(new BigDecimalField.BigDecimalFieldI18n().setBadInputErrorMessage("Enter a number"));
            amount.setValue(typed.amount());
            amount.setReadOnly(readOnly);
            amount.setVisible(sharesShown);
            amountInput = new Binder<PackageDraft>().forField(amount).bind(d -> null, (d, v) -> { });
            amount.addValueChangeListener(e -> changed.run());
            remove.setId("remove-milestone-" + index);
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            remove.setVisible(!readOnly);
            remove.addClickListener(e -> {
                List<MilestoneDraft> typedNow = new ArrayList<>(milestones());
                typedNow.remove(index);
                redraw(typedNow);
                changed.run();
            });
            setAlignItems(FlexComponent.Alignment.BASELINE);
            setFlexWrap(FlexWrap.WRAP);
            getStyle().set("gap", "0 var(--lumo-space-m)");
            setFlexGrow(1, title);
            add(title, amount, remove);
        }

        boolean sharesShownAndUnreadable() {
            return amount.isVisible() && amountInput.validate().isError();
        }
    }
}
