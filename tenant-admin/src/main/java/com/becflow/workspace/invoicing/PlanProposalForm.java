package com.becflow.workspace.invoicing;

import com.becflow.invoicing.plans.AutopayRule;
import com.becflow.invoicing.plans.PlanFrequency;
import com.becflow.invoicing.plans.PlanOutsideLimits;
import com.becflow.invoicing.plans.PlanViolation;
import com.becflow.invoicing.plans.ScheduledInstallment;
import com.becflow.invoicing.plans.app.PlanPortal;
import com.becflow.invoicing.plans.app.ProposePlan;
import com.becflow.shared.error.DomainException;
import com.becflow.shared.money.Money;
import com.becflow.shared.money.MoneyText;
import com.becflow.workspace.Notices;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * "Propose a payment plan" on an open invoice: how often, how many, from when and an optional first installment (or,
 * with custom dates, each date and amount), and whether installments are charged automatically. Every change is
 * previewed by the same reading and rules the client's portal uses, so the preview always sums to the invoice's total
 * and each rule broken shows on its field; "Propose" is refused while any is broken.
 */
final class PlanProposalForm extends Div {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    private final PlanPortal.Offer offer;
    private final Function<ProposePlan, PlanPortal.Preview> previews;
    private final Consumer<ProposePlan> propose;
    private final Select<PlanFrequency> frequency = new Select<>();
    private final IntegerField count = new IntegerField("Number of installments");
    private final DatePicker firstDate;
    private final BigDecimalField deposit;
    private final CustomInstallmentRows customDates;
    private final Checkbox autopay = new Checkbox("Charge each installment automatically on its due date");
    private final Div preview = new Div();
    private final Paragraph problems = new Paragraph();
    private PlanPortal.Preview shown;

    /**
     * @param previews the plan a command describes on this invoice, with the rules it breaks; stores nothing
     * @param propose  proposes the plan; a refusal is thrown as a {@link DomainException}
     */
    PlanProposalForm(PlanPortal.Offer offer, Function<ProposePlan, PlanPortal.Preview> previews,
                     Consumer<ProposePlan> propose, Runnable cancel) {
        this.offer = offer;
        this.previews = previews;
        this.propose = propose;
        String currency = offer.total().currency().getCurrencyCode();
        firstDate = datePicker("First installment due on", offer.clientToday(), offer.latestFinalDate());
        deposit = amountField("First installment (" + currency + ")");
        customDates = new CustomInstallmentRows(currency, offer.clientToday(), offer.latestFinalDate(), this::refresh);
        setId("plan-proposal-form");

        frequency.setId("proposal-frequency");
        frequency.setLabel("How often");
        frequency.setItems(offer.limits().frequencies().stream().sorted().toList());
        frequency.setItemLabelGenerator(PlanProposalForm::label);
        frequency.setValue(offer.limits().allows(PlanFrequency.MONTHLY) ? PlanFrequency.MONTHLY
                : frequency.getListDataView().getItem(0));
        count.setId("proposal-count");
        count.setMin(2);
        count.setMax(offer.limits().maxInstallments());
        count.setStepButtonsVisible(true);
        count.setValue(Math.min(3, offer.limits().maxInstallments()));
        count.setHelperText("From 2 to " + offer.limits().maxInstallments() + ", the first included");
        count.setI18n(new IntegerField.IntegerFieldI18n().setBadInputErrorMessage("Enter a whole number"));
        firstDate.setId("proposal-first-date");
        firstDate.setValue(offer.clientToday());
        firstDate.setHelperText("On the client's calendar, as year-month-day");
        deposit.setId("proposal-deposit");
        deposit.setHelperText(depositHelp());
        autopay.setId("proposal-autopay");
        autopay.setValue(offer.limits().autopay() == AutopayRule.REQUIRED);
        for (HasValidation field : List.of(frequency, count, firstDate, deposit, autopay)) {
            field.setManualValidation(true);
        }
        frequency.addValueChangeListener(e -> {
            customDates.startFrom(e.getValue() == PlanFrequency.CUSTOM_DATES && shown != null
                    ? shown.terms().installments() : List.of());
            refresh();
        });
        count.addValueChangeListener(e -> refresh());
        firstDate.addValueChangeListener(e -> refresh());
        deposit.addValueChangeListener(e -> refresh());
        autopay.addValueChangeListener(e -> refresh());
        for (HasSize field : new HasSize[] {frequency, count, firstDate, deposit}) {
            field.setWidth("14em");
        }
        FlexLayout choices = new FlexLayout(frequency, count, firstDate, deposit);
        choices.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        choices.getStyle().set("gap", "0 var(--lumo-space-m)");

        preview.setId("proposal-preview");
        preview.getStyle().set("max-width", "36em");
        problems.setId("proposal-problems");
        problems.getElement().setAttribute("role", "alert");
        problems.getStyle().set("color", "var(--lumo-error-text-color)").set("white-space", "pre-line").set("margin", "0");
        Button submit = new Button("Propose", e -> submit());
        submit.setId("proposal-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button back = new Button("Cancel", e -> cancel.run());
        back.setId("proposal-cancel");
        Paragraph intro = new Paragraph(introduction());
        intro.setId("proposal-limits");
        intro.getStyle().set("margin", "0").set("color", "var(--lumo-secondary-text-color)");
        autopay.getStyle().set("display", "block");
        add(intro, choices, customDates, autopay, preview, problems, new HorizontalLayout(submit, back));
        refresh();
    }

    static String label(PlanFrequency f) {
        return switch (f) {
            case WEEKLY -> "Weekly";
            case BIWEEKLY -> "Every two weeks";
            case MONTHLY -> "Monthly";
            case CUSTOM_DATES -> "Custom dates";
        };
    }

    static DatePicker datePicker(String label, LocalDate earliest, LocalDate latest) {
        DatePicker picker = new DatePicker(label);
        picker.setMin(earliest);
        picker.setMax(latest);
        // As the portal and the agreement write a day: 3/12 is March to some clients and December to others.
        picker.setI18n(new DatePicker.DatePickerI18n().setDateFormat("yyyy-MM-dd"));
        picker.setManualValidation(true);
        return picker;
    }

    static BigDecimalField amountField(String label) {
        BigDecimalField field = new BigDecimalField(label);
        field.setI18n(new BigDecimalField.BigDecimalFieldI18n().setBadInputErrorMessage("Enter a number"));
        field.setManualValidation(true);
        return field;
    }

    static void clear(HasValidation field) {
        field.setInvalid(false);
        field.setErrorMessage(null);
    }

    private String introduction() {
        StringBuilder text = new StringBuilder("The limits that bind this invoice: up to "
                + offer.limits().maxInstallments() + " installments");
        Money minimumDeposit = offer.limits().minimumDepositOn(offer.total());
        if (minimumDeposit.isPositive()) {
            text.append(", the first at least ").append(MoneyText.of(minimumDeposit));
        }
        offer.limits().minimumInstallmentIn(offer.total().currency())
                .ifPresent(m -> text.append(", each at least ").append(MoneyText.of(m)));
        if (offer.limits().autopay() == AutopayRule.REQUIRED) {
            text.append(", charged automatically");
        }
        return text.append(", the last due by ").append(DAY.format(offer.latestFinalDate())).append('.').toString();
    }

    private String depositHelp() {
        Money minimum = offer.limits().minimumDepositOn(offer.total());
        return "Optional" + (minimum.isPositive() ? "; at least " + MoneyText.of(minimum) : "")
                + ". Empty: equal installments";
    }

    private boolean custom() {
        return frequency.getValue() == PlanFrequency.CUSTOM_DATES;
    }

    private ProposePlan command() {
        boolean custom = custom();
        return new ProposePlan(frequency.getValue() == null ? null : frequency.getValue().name(),
                custom ? null : deposit.getValue(), custom ? null : count.getValue(),
                custom ? null : firstDate.getValue(), custom ? customDates.items() : null, autopay.getValue());
    }

    /** Previews the plan as the fields now stand; nothing is stored. */
    private void refresh() {
        boolean custom = custom();
        count.setVisible(!custom);
        firstDate.setVisible(!custom);
        deposit.setVisible(!custom);
        customDates.setVisible(custom);
        clearProblems();
        preview.removeAll();
        shown = null;
        try {
            shown = previews.apply(command());
        } catch (PlanOutsideLimits e) {
            show(e.violations());
        } catch (DomainException e) {
            problems.setText(e.getMessage());
        } catch (RuntimeException e) {
            Notices.unexpected(e);
        }
        if (shown != null) {
            preview.add(table(shown.terms().installments(), shown.terms().sum()), sum(shown.terms().sum()));
            show(shown.violations());
        }
    }

    private Grid<ScheduledInstallment> table(List<ScheduledInstallment> installments, Money sum) {
        Grid<ScheduledInstallment> grid = new Grid<>();
        grid.setId("proposal-preview-table");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(ScheduledInstallment::number).setHeader("#").setWidth("4em").setFlexGrow(0);
        grid.addColumn(i -> DAY.format(i.dueDate())).setHeader("Due date").setFlexGrow(2);
        Grid.Column<ScheduledInstallment> amount = grid.addColumn(i -> MoneyText.of(i.amount().rounded()))
                .setHeader("Amount").setTextAlign(ColumnTextAlign.END).setFlexGrow(1);
        grid.appendFooterRow().getCell(amount).setText("Total " + MoneyText.of(sum.rounded()));
        grid.setItems(installments);
        return grid;
    }

    private Paragraph sum(Money sum) {
        Paragraph line = new Paragraph(shown.terms().count() + " installments adding up to " + MoneyText.of(sum.rounded())
                + (sum.isSameAs(offer.total()) ? ", the invoice's total."
                : ", not the invoice's total of " + MoneyText.of(offer.total().rounded()) + "."));
        line.setId("proposal-preview-sum");
        line.getStyle().set("font-weight", "500").set("margin", "var(--lumo-space-xs) 0");
        return line;
    }

    /** Proposes the plan previewed, unless it breaks a rule: then the rules are named again and nothing is sent. */
    private void submit() {
        refresh();
        if (shown == null || !shown.violations().isEmpty()) {
            String marked = problems.getText().isEmpty() ? "" : "\n" + problems.getText();
            problems.setText("Not proposed: mend what is marked first." + marked);
            return;
        }
        try {
            propose.accept(command());
        } catch (PlanOutsideLimits e) {
            clearProblems();
            show(e.violations());
        } catch (DomainException e) {
            problems.setText(e.getMessage());
        } catch (RuntimeException e) {
            Notices.unexpected(e);
        }
    }

    private void clearProblems() {
        problems.setText("");
        List.of(frequency, count, firstDate, deposit, autopay).forEach(PlanProposalForm::clear);
        customDates.clearProblems();
    }

    /** Each rule broken on the field it is about; the rest under the preview. */
    private void show(List<PlanViolation> violations) {
        Map<HasValidation, String> onFields = new LinkedHashMap<>();
        Set<String> elsewhere = new LinkedHashSet<>();
        for (PlanViolation v : violations) {
            fieldOf(v.field()).ifPresentOrElse(
                    field -> onFields.merge(field, v.message(), (a, b) -> a.contains(b) ? a : a + " " + b),
                    () -> elsewhere.add(v.message()));
        }
        onFields.forEach((field, message) -> {
            field.setErrorMessage(message);
            field.setInvalid(true);
        });
        problems.setText(String.join("\n", elsewhere));
    }

    private Optional<HasValidation> fieldOf(String path) {
        if (custom()) {
            return path.equals("frequency") ? Optional.of(frequency) : path.equals("autopay") ? Optional.of(autopay)
                    : customDates.fieldOf(path);
        }
        return Optional.ofNullable(switch (path) {
            case "frequency" -> frequency;
            case "autopay" -> autopay;
            case "count", "installments" -> count;
            case "firstDueDate", "installments[0].dueDate" -> firstDate;
            case "deposit", "installments[0].amount" -> deposit;
            // With a regular schedule, more or fewer installments is what mends a late last date or a small installment.
            default -> path.startsWith("installments[") ? count : null;
        });
    }
}
