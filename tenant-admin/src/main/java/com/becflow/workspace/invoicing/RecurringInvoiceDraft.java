package com.becflow.workspace.invoicing;

import com.becflow.clients.Client;
import com.becflow.contracts.Contract;
import com.becflow.invoicing.recurring.Recurrence;
import com.becflow.invoicing.recurring.RecurrenceSchedule;
import com.becflow.invoicing.recurring.RecurringInvoice;
import com.becflow.invoicing.recurring.app.SaveRecurringInvoice;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The recurring invoice form's working copy: the invoice each day issues, as the invoice form's own
 * {@link InvoiceDraft}, and its schedule as typed. Only the fields the chosen frequency uses are sent: the start, end
 * and count of a regular schedule are hidden (not cleared) while custom dates are chosen, and the other way round,
 * so switching back and forth loses nothing, yet the service never sees a field the person cannot see. The same goes
 * for the retainer's hours: kept while "Hours included" is unticked, but sent only while it is ticked.
 */
public class RecurringInvoiceDraft {

    private InvoiceDraft invoice = new InvoiceDraft();
    private Recurrence frequency = Recurrence.MONTHLY;
    private LocalDate startOn;
    private LocalDate endOn;
    private Integer count;
    private List<LocalDate> dates = new ArrayList<>();
    private boolean retainer;
    private BigDecimal includedHours;
    private BigDecimal extraHourRate;
    private boolean rollover;

    /** A new monthly series whose first invoice is on {@code firstDay}. */
    public static RecurringInvoiceDraft startingOn(LocalDate firstDay) {
        RecurringInvoiceDraft d = new RecurringInvoiceDraft();
        d.startOn = firstDay;
        return d;
    }

    /** A stored series, for changing the invoices still to come. */
    public static RecurringInvoiceDraft of(RecurringInvoice series, Client client, Contract contract) {
        RecurringInvoiceDraft d = new RecurringInvoiceDraft();
        d.invoice = InvoiceDraft.of(series.content(), client, contract);
        RecurrenceSchedule schedule = series.schedule();
        d.frequency = schedule.recurrence();
        d.startOn = schedule.start();
        d.endOn = schedule.end();
        d.count = schedule.count();
        d.dates = new ArrayList<>(schedule.dates());
        series.retainer().ifPresent(r -> {
            d.retainer = true;
            d.includedHours = r.includedHours();
            d.extraHourRate = r.extraHourRate();
            d.rollover = r.rollover();
        });
        return d;
    }

    public SaveRecurringInvoice toCommand() {
        boolean custom = customDates();
        return new SaveRecurringInvoice(invoice.toCommand(), frequency == null ? null : frequency.name(),
                custom ? null : startOn, custom ? null : endOn, custom ? null : count,
                custom ? new ArrayList<>(dates) : List.of(),
                retainer ? new SaveRecurringInvoice.RetainerTerms(includedHours, extraHourRate, rollover) : null);
    }

    public boolean customDates() {
        return frequency == Recurrence.CUSTOM_DATES;
    }

    public InvoiceDraft getInvoice() { return invoice; }
    public Recurrence getFrequency() { return frequency; }
    public void setFrequency(Recurrence v) { frequency = v; }
    public LocalDate getStartOn() { return startOn; }
    public void setStartOn(LocalDate v) { startOn = v; }
    public LocalDate getEndOn() { return endOn; }
    public void setEndOn(LocalDate v) { endOn = v; }
    public Integer getCount() { return count; }
    public void setCount(Integer v) { count = v; }
    /** Set from the date rows, which hold each date themselves; an empty row is a null, for the service to name. */
    public List<LocalDate> getDates() { return dates; }
    public void setDates(List<LocalDate> v) { dates = v == null ? new ArrayList<>() : new ArrayList<>(v); }
    public boolean isRetainer() { return retainer; }
    public void setRetainer(boolean v) { retainer = v; }
    public BigDecimal getIncludedHours() { return includedHours; }
    public void setIncludedHours(BigDecimal v) { includedHours = v; }
    /** Empty: the extra hours are billed at the change rate of the contract the invoices name. */
    public BigDecimal getExtraHourRate() { return extraHourRate; }
    public void setExtraHourRate(BigDecimal v) { extraHourRate = v; }
    public boolean isRollover() { return rollover; }
    public void setRollover(boolean v) { rollover = v; }
}
