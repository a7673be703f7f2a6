package com.becflow.workspace.invoicing;

import com.becflow.clients.Client;
import com.becflow.contracts.Contract;
import com.becflow.invoicing.recurring.Recurrence;
import com.becflow.invoicing.recurring.RecurrenceSchedule;
import com.becflow.invoicing.recurring.RecurringInvoice;
import com.becflow.workspace.FieldErrors;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The form of a recurring invoice: the invoice each day issues, in the invoice form itself ({@link InvoiceEditor},
 * its own buttons hidden), and the schedule. Every change of the schedule is previewed ("Next invoices on ...") by the
 * core's own rules, and a rule it breaks shows on its field at once; for a retainer, the hours included
 * ({@link RetainerTermsFields}). On save it raises {@link SaveEvent} with the
 * {@link RecurringInvoiceDraft}, and the view hands the service's refusals back to {@link #showErrors}.
 */
public class RecurringInvoiceForm extends VerticalLayout {

    /** How many days the preview names: enough to see the rhythm, few enough to read at a glance. */
    static final int PREVIEW_DAYS = 5;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    private final InvoiceEditor invoice;
    private final Select<Recurrence> frequency = new Select<>();
    private final DatePicker startOn = PlanProposalForm.datePicker("First invoice on", null, null);
    private final DatePicker endOn = PlanProposalForm.datePicker("Last day (optional)", null, null);
    private final IntegerField count = new IntegerField("Number of invoices (optional)");
    private final RecurringDateRows dates = new RecurringDateRows(this::refresh);
    private final RetainerTermsFields retainer = new RetainerTermsFields();
    private final Paragraph issueTime = new Paragraph();
    private final Paragraph preview = new Paragraph();
    private final Button save = new Button();
    private final Button cancel = new Button("Cancel");
    private final Map<String, HasValidation> scheduleFields = new LinkedHashMap<>();
    /** Only to tell an unreadable count ("1e") from an empty one, which would mean "no limit". */
    private final Binder.Binding<RecurringInvoiceDraft, Integer> countInput;
    private RecurringInvoiceDraft draft = new RecurringInvoiceDraft();
    private RecurringInvoice stored;
    /** The workspace's today, as the view read it from the server's clock when it showed the form. */
    private LocalDate today;
    private boolean loading;

    /**
     * @param clients         the active clients, searched by the typed text
     * @param signedContracts the signed contracts of a client, any of which the invoices may name
     */
    public RecurringInvoiceForm(CallbackDataProvider.FetchCallback<Client, String> clients,
                                Function<Client, List<Contract>> signedContracts) {
        invoice = new InvoiceEditor(clients, signedContracts);
        invoice.setActionsVisible(false);
        invoice.addContractListener(retainer::contractChosen);
        setId("recurring-invoice-form");
        setPadding(false);
        frequency.setId("recurring-frequency");
        frequency.setLabel("How often");
        frequency.setItems(Recurrence.values());
        frequency.setItemLabelGenerator(f -> capitalized(f.label()));
        startOn.setId("recurring-start");
        endOn.setId("recurring-end");
        endOn.setHelperText("Empty: until you end it");
        count.setId("recurring-count");
        // No min or max here: the schedule's own rule names the range, and a field's limit would speak first.
        count.setHelperText("Empty: as many as the days");
        count.setI18n(new IntegerField.IntegerFieldI18n().setBadInputErrorMessage("Enter a whole number"));
        frequency.setManualValidation(true);
        count.setManualValidation(true);
        countInput = new Binder<RecurringInvoiceDraft>().forField(count)
                .bind(RecurringInvoiceDraft::getCount, RecurringInvoiceDraft::setCount);
        for (HasSize field : new HasSize[] {frequency, startOn, endOn, count}) {
            field.setWidth("14em");
        }
        scheduleFields.put("frequency", frequency);
        scheduleFields.put("startOn", startOn);
        scheduleFields.put("endOn", endOn);
        scheduleFields.put("count", count);
        scheduleFields.put("dates", dates.asField());
        frequency.addValueChangeListener(e -> refresh());
        startOn.addValueChangeListener(e -> refresh());
        endOn.addValueChangeListener(e -> refresh());
        count.addValueChangeListener(e -> refresh());

        issueTime.setId("recurring-issue-time");
        issueTime.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "0");
        preview.setId("recurring-preview");
        preview.getStyle().set("font-weight", "500").set("margin", "var(--lumo-space-xs) 0");
        save.setId("save-recurring-invoice");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> read().ifPresent(d -> fireEvent(new SaveEvent(this, d))));
        cancel.setId("cancel-recurring-invoice");
        cancel.addClickListener(e -> fireEvent(new CancelEvent(this)));

        FlexLayout schedule = new FlexLayout(frequency, startOn, endOn, count);
        schedule.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        schedule.getStyle().set("gap", "0 var(--lumo-space-m)");
        add(invoice, new H4("Schedule"), schedule, dates, issueTime, preview, retainer,
                new HorizontalLayout(save, cancel));
    }

    /** An empty form for a new series, monthly from today. */
    public void start(LocalDate today, ZoneId zone, int defaultNetDays) {
        show(RecurringInvoiceDraft.startingOn(today), null, today, zone, true, defaultNetDays);
        save.setText("Start recurring invoice");
    }

    /** A stored series, to change the invoices still to come; it keeps its client. */
    public void change(RecurringInvoice series, Client client, Contract contract, LocalDate today, ZoneId zone,
                       boolean writable, int defaultNetDays) {
        show(RecurringInvoiceDraft.of(series, client, contract), series, today, zone, writable, defaultNetDays);
        save.setText("Save changes");
    }

    private void show(RecurringInvoiceDraft shown, RecurringInvoice series, LocalDate today, ZoneId zone,
                      boolean writable, int defaultNetDays) {
        this.draft = shown;
        this.stored = series;
        this.today = today;
        loading = true;
        invoice.edit(shown.getInvoice(), series == null, writable, defaultNetDays);
        LocalDate earliest = RecurringPreview.earliest(series, today);
        LocalDate latestStart = today.plusYears(RecurrenceSchedule.MAX_YEARS_AHEAD);
        startOn.setMin(earliest);
        startOn.setMax(latestStart);
        endOn.setMin(earliest);
        frequency.setValue(shown.getFrequency());
        startOn.setValue(shown.getStartOn());
        endOn.setValue(shown.getEndOn());
        count.setValue(shown.getCount());
        dates.show(shown.getDates(), earliest, latestStart.plusYears(RecurrenceSchedule.MAX_YEARS_AHEAD), !writable);
        retainer.show(shown, writable);
        retainer.contractChosen(shown.getInvoice().getContract());
        frequency.setReadOnly(!writable);
        startOn.setReadOnly(!writable);
        endOn.setReadOnly(!writable);
        count.setReadOnly(!writable);
        save.setEnabled(writable);
        issueTime.setText("Each invoice is issued and emailed to the client at "
                + RecurringInvoice.ISSUE_TIME + " on its day, " + zone.getId() + " time"
                + (series == null ? "." : "; issued invoices stay as they are."));
        loading = false;
        refresh();
    }

    /**
     * The series as typed; empty (and the unreadable inputs marked) when a field holds something its type cannot read.
     */
    public Optional<RecurringInvoiceDraft> read() {
        Optional<InvoiceDraft> fields = invoice.read();
        refresh();
        boolean countReadable = !countInput.validate().isError();
        boolean retainerReadable = retainer.writeTo(draft);
        return fields.isPresent() && countReadable && retainerReadable ? Optional.of(draft) : Optional.empty();
    }

    /** Marks what this form has an input for, the invoice's fields, lines and retainer included, and returns the rest. */
    public Map<String, String> showErrors(Map<String, String> errors) {
        Map<String, String> rest = new LinkedHashMap<>();
        invoice.showErrors(errors).forEach((field, message) -> {
            HasValidation target = scheduleFields.get(field);
            if (target != null && shownFor(field)) {
                FieldErrors.show(scheduleFields, field, message);
            } else {
                rest.put(field, message);
            }
        });
        return retainer.showErrors(rest);
    }

    /** Previews the schedule as the fields now stand, and marks what it breaks; nothing is stored. */
    private void refresh() {
        if (loading) {
            return;
        }
        typedSchedule();
        boolean custom = draft.customDates();
        startOn.setVisible(!custom);
        endOn.setVisible(!custom);
        count.setVisible(!custom);
        dates.setVisible(custom);
        FieldErrors.clear(scheduleFields.values());
        RecurringPreview next = RecurringPreview.of(draft, stored, today, PREVIEW_DAYS);
        next.errors().forEach((field, message) -> {
            if (shownFor(field)) {
                FieldErrors.show(scheduleFields, field, message);
            }
        });
        preview.setText(next.days().isEmpty()
                ? (next.errors().isEmpty() ? "No invoice to come." : "Next invoices on: mend the marked fields to see them.")
                : "Next invoices on: " + next.days().stream().map(DAY::format).collect(Collectors.joining(", "))
                        + (next.days().size() == PREVIEW_DAYS ? ", …" : "."));
    }

    private void typedSchedule() {
        draft.setFrequency(frequency.getValue());
        draft.setStartOn(startOn.getValue());
        draft.setEndOn(endOn.getValue());
        draft.setCount(count.getValue());
        draft.setDates(dates.dates());
    }

    /** Whether the field for an error key is on screen with the frequency chosen. */
    private boolean shownFor(String field) {
        if (field.equals("dates")) {
            return dates.isVisible();
        }
        return !(scheduleFields.get(field) instanceof Component shown) || shown.isVisible();
    }

    private static String capitalized(String label) {
        return Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }

    public static class SaveEvent extends ComponentEvent<RecurringInvoiceForm> {
        private final RecurringInvoiceDraft draft;

        SaveEvent(RecurringInvoiceForm source, RecurringInvoiceDraft draft) {
            super(source, false);
            this.draft = draft;
        }

        public RecurringInvoiceDraft draft() {
            return draft;
        }
    }

    public static class CancelEvent extends ComponentEvent<RecurringInvoiceForm> {
        CancelEvent(RecurringInvoiceForm source) {
            super(source, false);
        }
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    public Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }
}
