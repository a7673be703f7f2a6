package com.becflow.portal;

import com.becflow.invoicing.plans.AutopayRule;
import com.becflow.invoicing.plans.PlanAcceptanceRefused;
import com.becflow.invoicing.plans.PlanFrequency;
import com.becflow.invoicing.plans.PlanOutsideLimits;
import com.becflow.invoicing.plans.PlanViolation;
import com.becflow.invoicing.plans.ScheduledInstallment;
import com.becflow.invoicing.plans.app.AcceptPlan;
import com.becflow.invoicing.plans.app.PlanPortal;
import com.becflow.invoicing.plans.app.ProposePlan;
import com.becflow.shared.error.DomainException;
import com.becflow.shared.money.Money;
import com.becflow.shared.money.MoneyText;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "Pay in installments" on an invoice whose freelancer offers plans. The client picks how often, how many and from when
 * (or, where custom dates are allowed, each date and amount), and may set the first installment's amount; the preview
 * follows every change and always sums to the total, and each rule a choice breaks shows on its field. "Accept plan",
 * after "I agree to pay on these dates", accepts exactly the terms previewed (their hash), kept as evidence.
 */
final class PlanBuilderPanel {

    static final String CONSENT_LABEL = "I agree to pay on these dates";

    private final String token;
    private final PlanPortal plans;
    private final PlanPortal.Offer offer;
    private final Runnable accepted;
    private final Select<PlanFrequency> frequency = new Select<>();
    private final IntegerField count = new IntegerField("Number of installments");
    private final DatePicker firstDate = new DatePicker("First payment on");
    private final BigDecimalField firstAmount;
    private final CustomDates customDates;
    private final Checkbox autopay = new Checkbox("Charge each installment automatically on its due date");
    private final Div preview = new Div();
    private final Paragraph problems = new Paragraph();
    private final Checkbox consent = new Checkbox(CONSENT_LABEL);
    private final Button accept = new Button("Accept plan");
    /** The terms last previewed: accepting names their hash, so what is accepted is what was shown. */
    private PlanPortal.Preview shown;

    private PlanBuilderPanel(String token, PlanPortal plans, PlanPortal.Offer offer, Runnable accepted) {
        this.token = token;
        this.plans = plans;
        this.offer = offer;
        this.accepted = accepted;
        String currency = offer.total().currency().getCurrencyCode();
        firstAmount = new BigDecimalField("First installment (" + currency + ")");
        customDates = new CustomDates(currency, offer.clientToday(), offer.latestFinalDate(), this::refresh);
    }

    /** The panel for an invoice whose limits offer plans to the client. */
    static Component of(String token, PlanPortal plans, PlanPortal.Offer offer, Runnable accepted) {
        return new PlanBuilderPanel(token, plans, offer, accepted).panel();
    }

    private Component panel() {
        H2 title = new H2("Pay in installments");
        title.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("margin-top", "0");
        Paragraph intro = new Paragraph(introduction());
        intro.setId("plan-offer");
        intro.getStyle().set("margin", "0 0 var(--lumo-space-s) 0");

        frequency.setId("plan-frequency");
        frequency.setLabel("How often");
        frequency.setItems(offer.limits().frequencies().stream().sorted().toList());
        frequency.setItemLabelGenerator(PlanBuilderPanel::label);
        frequency.setValue(offer.limits().allows(PlanFrequency.MONTHLY) ? PlanFrequency.MONTHLY
                : frequency.getListDataView().getItem(0));
        count.setId("plan-count");
        count.setMin(2);
        count.setMax(offer.limits().maxInstallments());
        count.setStepButtonsVisible(true);
        count.setValue(Math.min(3, offer.limits().maxInstallments()));
        count.setHelperText("From 2 to " + offer.limits().maxInstallments());
        firstDate.setId("plan-first-date");
        firstDate.setMin(offer.clientToday());
        firstDate.setMax(offer.latestFinalDate());
        firstDate.setValue(offer.clientToday());
        // One unambiguous way to write a day, as the agreement writes it: 3/12 is March to some and December to others.
        firstDate.setI18n(new DatePicker.DatePickerI18n().setDateFormat("yyyy-MM-dd"));
        firstDate.setHelperText("As year-month-day");
        firstAmount.setId("plan-first-amount");
        firstAmount.setHelperText(firstAmountHelp());
        autopay.setId("plan-autopay");
        autopay.setValue(offer.limits().autopay() == AutopayRule.REQUIRED);
        autopay.setReadOnly(true);
        autopay.setVisible(offer.limits().autopay() == AutopayRule.REQUIRED);
        for (HasValidation field : List.of(frequency, count, firstDate, firstAmount)) {
            field.setManualValidation(true);
        }
        frequency.addValueChangeListener(e -> {
            customDates.startFrom(e.getValue() == PlanFrequency.CUSTOM_DATES && shown != null
                    ? shown.terms().installments() : List.of());
            refresh();
        });
        count.addValueChangeListener(e -> refresh());
        firstDate.addValueChangeListener(e -> refresh());
        firstAmount.addValueChangeListener(e -> refresh());

        for (HasSize field : new HasSize[] {frequency, count, firstDate, firstAmount}) {
            field.setWidth("13em");
        }
        FlexLayout choices = new FlexLayout(frequency, count, firstDate, firstAmount);
        choices.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        choices.getStyle().set("gap", "0 var(--lumo-space-m)");
        preview.setId("plan-preview");
        problems.setId("plan-problems");
        problems.getElement().setAttribute("role", "alert");
        problems.getStyle().set("color", "var(--lumo-error-text-color)").set("white-space", "pre-line").set("margin", "0");
        consent.setId("plan-consent");
        consent.getStyle().set("display", "block").set("margin", "var(--lumo-space-s) 0");
        consent.addValueChangeListener(e -> consent.setInvalid(false));
        accept.setId("plan-accept");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.addClickListener(e -> accept());
        Div panel = PortalLayout.card(title, intro, choices, customDates.component(), autopay, preview, problems,
                consent, accept);
        panel.setId("plan-panel");
        refresh();
        return panel;
    }

    private String introduction() {
        StringBuilder text = new StringBuilder("Rather than all at once, you can pay " + MoneyText.of(offer.total().rounded())
                + " in up to " + offer.limits().maxInstallments() + " installments");
        if (offer.limits().minimumDepositOn(offer.total()).isPositive()) {
            text.append("; the first at least ").append(MoneyText.of(offer.limits().minimumDepositOn(offer.total())));
        }
        offer.limits().minimumInstallmentIn(offer.total().currency())
                .ifPresent(m -> text.append("; each at least ").append(MoneyText.of(m)));
        return text.append(", the last due by ").append(InstallmentTable.DAY.format(offer.latestFinalDate())).append('.')
                .toString();
    }

    private String firstAmountHelp() {
        Money deposit = offer.limits().minimumDepositOn(offer.total());
        return "Optional" + (deposit.isPositive() ? "; at least " + MoneyText.of(deposit) : "")
                + ". Empty: equal installments";
    }

    static String label(PlanFrequency f) {
        return switch (f) {
            case WEEKLY -> "Weekly";
            case BIWEEKLY -> "Every two weeks";
            case MONTHLY -> "Monthly";
            case CUSTOM_DATES -> "On dates I choose";
        };
    }

    private ProposePlan command() {
        boolean custom = frequency.getValue() == PlanFrequency.CUSTOM_DATES;
        return new ProposePlan(frequency.getValue() == null ? null : frequency.getValue().name(),
                custom ? null : firstAmount.getValue(), custom ? null : count.getValue(),
                custom ? null : firstDate.getValue(), custom ? customDates.items() : null, autopay.getValue());
    }

    /** Previews the plan as the fields now stand; nothing is stored. */
    private void refresh() {
        boolean custom = frequency.getValue() == PlanFrequency.CUSTOM_DATES;
        count.setVisible(!custom);
        firstDate.setVisible(!custom);
        firstAmount.setVisible(!custom);
        customDates.component().setVisible(custom);
        clearProblems();
        preview.removeAll();
        shown = null;
        try {
            shown = plans.preview(token, command());
        } catch (PlanOutsideLimits e) {
            show(e.violations());
        } catch (DomainException e) {
            problems.setText(e.getMessage());
        }
        if (shown != null) {
            List<ScheduledInstallment> installments = shown.terms().installments();
            Grid<ScheduledInstallment> table = InstallmentTable.terms("plan-preview-table", installments,
                    shown.terms().sum());
            Paragraph sum = new Paragraph(installments.size() + " installments adding up to "
                    + MoneyText.of(shown.terms().sum().rounded()) + (shown.terms().sum().isSameAs(offer.total())
                    ? ", the invoice's total." : ", not the invoice's total of " + MoneyText.of(offer.total().rounded())));
            sum.setId("plan-preview-sum");
            sum.getStyle().set("font-weight", "500").set("margin", "var(--lumo-space-xs) 0");
            preview.add(table, sum);
            show(shown.violations());
        }
        accept.setEnabled(shown != null && shown.violations().isEmpty());
    }

    private void accept() {
        if (shown == null) {
            return;
        }
        if (!consent.getValue()) {
            consent.setInvalid(true);
            problems.setText("Tick \"" + CONSENT_LABEL + "\" to accept the plan.");
            return;
        }
        try {
            plans.build(token, command(), new AcceptPlan(shown.agreed().sha256(), consent.getValue()),
                    PortalSignatureContext.ofCurrentRequest());
            accepted.run();
        } catch (PlanOutsideLimits e) {
            clearProblems();
            show(e.violations());
        } catch (PlanAcceptanceRefused e) {
            refresh();
            problems.setText(e.getMessage());
        } catch (PortalLinkNotFound e) {
            throw e;
        } catch (DomainException e) {
            problems.setText(e.getMessage());
        }
    }

    private void clearProblems() {
        problems.setText("");
        for (HasValidation field : List.of(frequency, count, firstDate, firstAmount)) {
            field.setInvalid(false);
            field.setErrorMessage(null);
        }
        customDates.clearProblems();
    }

    /** Each rule broken on the field it is about; the rest in the panel's own message. */
    private void show(List<PlanViolation> violations) {
        Map<HasValidation, String> onFields = new LinkedHashMap<>();
        Set<String> elsewhere = new LinkedHashSet<>();
        for (PlanViolation v : violations) {
            HasValidation field = fieldOf(v.field());
            if (field == null) {
                elsewhere.add(v.message());
            } else {
                onFields.merge(field, v.message(), (a, b) -> a.contains(b) ? a : a + " " + b);
            }
        }
        onFields.forEach((field, message) -> {
            field.setErrorMessage(message);
            field.setInvalid(true);
        });
        problems.setText(String.join("\n", elsewhere));
    }

    private HasValidation fieldOf(String name) {
        boolean custom = frequency.getValue() == PlanFrequency.CUSTOM_DATES;
        if (custom && name.startsWith("installments[")) {
            return customDates.fieldOf(name);
        }
        return switch (name) {
            case "frequency" -> frequency;
            case "count", "installments" -> custom ? null : count;
            case "firstDueDate", "installments[0].dueDate" -> firstDate;
            case "deposit", "installments[0].amount" -> firstAmount;
            // With a regular schedule, fewer or more installments is what mends a late last date or a small installment.
            default -> name.startsWith("installments[") && !custom ? count : null;
        };
    }
}
