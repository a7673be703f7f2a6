package com.becflow.workspace.invoicing;

import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.recurring.RecurringInvoice;
import com.becflow.invoicing.recurring.RecurringStatus;
import com.becflow.invoicing.recurring.Retainer;
import com.becflow.invoicing.recurring.RetainerHours;
import com.becflow.invoicing.recurring.app.LogHours;
import com.becflow.invoicing.recurring.app.RetainerTimesheet;
import com.becflow.shared.money.Money;
import com.becflow.shared.money.MoneyText;
import com.becflow.shared.tenant.TenantContext;
import com.becflow.workspace.FieldErrors;
import com.becflow.workspace.Notices;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A retainer's hours on its page: where the current period stands (the hours worked and not billed yet, against the
 * allowance, with the hours carried in), a small form to log a day's hours, and every entry with the invoice that
 * billed it. {@link RetainerTimesheet} decides what may be logged; its refusals land on the fields.
 */
final class RetainerHoursPanel extends VerticalLayout {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    /** The log form's inputs as typed; only read to tell an unreadable number ("1e") from an empty one. */
    private static final class Typed {
        LocalDate workedOn;
        BigDecimal hours;
        String description;
    }

    private final RetainerTimesheet timesheet;
    private final Supplier<TenantContext> tenant;
    private final Function<InvoiceId, Component> invoiceLink;
    private final Paragraph standing = new Paragraph();
    private final Paragraph beyond = new Paragraph();
    private final DatePicker workedOn = PlanProposalForm.datePicker("Day", null, null);
    private final BigDecimalField hours = new BigDecimalField("Hours");
    private final TextField description = new TextField("What was done (optional)");
    private final Button log = new Button("Log hours");
    private final FlexLayout logForm = new FlexLayout(workedOn, hours, description, log);
    private final Grid<RetainerHours.Entry> entries = new Grid<>();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final Binder<Typed> binder = new Binder<>();
    private RecurringInvoice series;

    /**
     * @param invoiceLink a link to the page of an invoice that billed hours, named by its number
     */
    RetainerHoursPanel(RetainerTimesheet timesheet, Supplier<TenantContext> tenant,
                       Function<InvoiceId, Component> invoiceLink) {
        this.timesheet = timesheet;
        this.tenant = tenant;
        this.invoiceLink = invoiceLink;
        setId("retainer-hours");
        setPadding(false);
        standing.setId("retainer-standing");
        standing.getStyle().set("font-weight", "500").set("margin", "0");
        beyond.setId("retainer-beyond");
        beyond.getStyle().set("margin", "0");
        workedOn.setId("retainer-worked-on");
        hours.setId("retainer-hours-worked");
        hours.setI18n(new BigDecimalField.BigDecimalFieldI18n().setBadInputErrorMessage("Enter a number"));
        hours.setWidth("8em");
        description.setId("retainer-description");
        description.setMaxLength(RetainerHours.Entry.DESCRIPTION_LENGTH);
        description.setWidth("24em");
        log.setId("log-retainer-hours");
        log.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        log.addClickListener(e -> log());
        binder.forField(workedOn).bind(t -> t.workedOn, (t, v) -> t.workedOn = v);
        binder.forField(hours).bind(t -> t.hours, (t, v) -> t.hours = v);
        binder.forField(description).bind(t -> t.description, (t, v) -> t.description = v);
        fields.put("workedOn", workedOn);
        fields.put("hours", hours);
        fields.put("description", description);
        logForm.setId("retainer-log-form");
        logForm.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        logForm.setAlignItems(FlexComponent.Alignment.BASELINE);
        logForm.getStyle().set("gap", "0 var(--lumo-space-m)");

        entries.setId("retainer-entries");
        entries.setAllRowsVisible(true);
        entries.addThemeVariants(GridVariant.LUMO_COMPACT);
        entries.addColumn(e -> DAY.format(e.workedOn())).setHeader("Day").setAutoWidth(true);
        entries.addColumn(e -> hoursText(e.hours())).setHeader("Hours").setAutoWidth(true);
        entries.addColumn(e -> e.description() == null ? "" : e.description()).setHeader("What was done")
                .setFlexGrow(1);
        entries.addComponentColumn(this::billedBy).setHeader("Billed on").setAutoWidth(true);
        add(standing, beyond, logForm, entries);
    }

    /**
     * Shows a retainer's hours as they stand now; the form only while hours may still be logged.
     *
     * @param today the workspace's today, the day the form offers first
     */
    void show(RecurringInvoice retainer, boolean writable, LocalDate today) {
        this.series = retainer;
        logForm.setVisible(writable && retainer.status() != RecurringStatus.ENDED);
        FieldErrors.clear(fields.values());
        Typed empty = new Typed();
        empty.workedOn = today;
        binder.readBean(empty);
        redraw();
    }

    /** The invoice that billed an entry, or "this period" for hours still to bill. */
    Component billedBy(RetainerHours.Entry entry) {
        return entry.billedBy().map(invoiceLink).orElseGet(() -> new Span("this period"));
    }

    private void redraw() {
        RetainerTimesheet.Standing now = timesheet.standing(series.id(), tenant.get());
        Retainer terms = series.retainer().orElseThrow();
        standing.setText(hoursText(now.unbilled()) + " h worked and not billed yet, of " + hoursText(now.allowance())
                + " h this period" + (now.carried().signum() > 0 ? " (" + hoursText(terms.includedHours())
                + " h included + " + hoursText(now.carried()) + " h carried in)" : ""));
        BigDecimal extra = now.unbilled().subtract(now.allowance());
        beyond.setVisible(extra.signum() > 0);
        beyond.setText(extra.signum() <= 0 ? "" : hoursText(extra) + " h beyond the allowance: billed on the next"
                + " invoice" + series.nextIssueDay().map(d -> " (" + DAY.format(d) + ")").orElse("") + " at "
                + MoneyText.of(new Money(terms.extraHourRate(), series.content().currency())) + " an hour.");
        entries.setItems(now.entries());
        entries.setVisible(!now.entries().isEmpty());
    }

    private void log() {
        Typed typed = new Typed();
        FieldErrors.clear(fields.values());
        if (!binder.writeBeanIfValid(typed)) {
            return;
        }
        RetainerHours.Entry[] logged = new RetainerHours.Entry[1];
        if (Notices.attempt(() -> logged[0] = timesheet.log(series.id(),
                new LogHours(typed.workedOn, typed.hours, typed.description), tenant.get()), this::showErrors)) {
            Notices.success("Logged " + hoursText(logged[0].hours()) + " h on " + DAY.format(logged[0].workedOn()));
            Typed next = new Typed();
            next.workedOn = typed.workedOn;
            binder.readBean(next);
            try {
                redraw();
            } catch (RuntimeException e) {
                Notices.unexpected(e);
            }
        }
    }

    /** Marks the log form's fields, and returns what has none. */
    private Map<String, String> showErrors(Map<String, String> errors) {
        Map<String, String> rest = new LinkedHashMap<>();
        errors.forEach((field, message) -> {
            if (fields.containsKey(field)) {
                FieldErrors.show(fields, field, message);
            } else {
                rest.put(field, message);
            }
        });
        return rest;
    }

    static String hoursText(BigDecimal hours) {
        return hours.setScale(Retainer.HOUR_DECIMALS, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
