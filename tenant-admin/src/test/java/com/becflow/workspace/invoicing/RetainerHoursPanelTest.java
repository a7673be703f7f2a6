package com.becflow.workspace.invoicing;

import static com.becflow.workspace.invoicing.InvoiceFixtures.NOW;
import static com.becflow.workspace.invoicing.InvoiceFixtures.click;
import static com.becflow.workspace.invoicing.InvoiceFixtures.field;
import static com.becflow.workspace.invoicing.InvoiceFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.clients.ClientId;
import com.becflow.invoicing.InvoiceContent;
import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.InvoiceLine;
import com.becflow.invoicing.InvoiceLines;
import com.becflow.invoicing.InvoiceStateConflict;
import com.becflow.invoicing.recurring.InvalidRecurringInvoice;
import com.becflow.invoicing.recurring.Recurrence;
import com.becflow.invoicing.recurring.RecurrenceSchedule;
import com.becflow.invoicing.recurring.RecurringInvoice;
import com.becflow.invoicing.recurring.RecurringInvoiceId;
import com.becflow.invoicing.recurring.RecurringStatus;
import com.becflow.invoicing.recurring.Retainer;
import com.becflow.invoicing.recurring.RetainerHours;
import com.becflow.invoicing.recurring.app.LogHours;
import com.becflow.invoicing.recurring.app.RetainerTimesheet;
import com.becflow.shared.tenant.TenantContext;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A retainer's hours on its page without a browser: the period's standing as the timesheet reads it, the entries with
 * the invoice that billed each, and logging a day's hours, the timesheet's refusals on their fields.
 */
class RetainerHoursPanelTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 2, 10);

    /** The timesheet, keeping what was logged; it answers with the standing it is given, or refuses as told. */
    static final class FakeTimesheet extends RetainerTimesheet {
        final List<String> logged = new ArrayList<>();
        RetainerTimesheet.Standing standing;
        RuntimeException refusal;
        int standingsRead;

        @Override
        public RetainerHours.Entry log(RecurringInvoiceId id, LogHours command, TenantContext ctx) {
            if (refusal != null) {
                throw refusal;
            }
            logged.add(id + " " + command);
            return new RetainerHours.Entry(UUID.randomUUID(), id, command.workedOn(), command.hours(),
                    command.description(), NOW, Optional.empty());
        }

        @Override
        public Standing standing(RecurringInvoiceId id, TenantContext ctx) {
            standingsRead++;
            return standing;
        }
    }

    /** Held here: the current UI is only weakly referenced, and notifications need one. */
    private final UI ui = new UI();
    private final FakeTimesheet timesheet = new FakeTimesheet();
    private final InvoiceId january = InvoiceId.newId();
    private final RetainerHoursPanel panel = new RetainerHoursPanel(timesheet, () -> null,
            invoice -> new Span(invoice.equals(january) ? "INV-0007" : "unknown"));
    private final RecurringInvoice retainer = retainer(RecurringStatus.ACTIVE);
    private final RetainerHours.Entry billed = entry(LocalDate.of(2027, 1, 20), "6", "Onboarding", january);
    private final RetainerHours.Entry open = entry(LocalDate.of(2027, 2, 3), "23.5", "Checkout redesign", null);

    @BeforeEach
    void aUiToNotifyIn() {
        UI.setCurrent(ui);
        timesheet.standing = new RetainerTimesheet.Standing(new BigDecimal("23.5"), new BigDecimal("20"),
                new BigDecimal("5"), List.of(open, billed));
    }

    @AfterEach
    void noUiLeftBehind() {
        UI.setCurrent(null);
    }

    @Test
    void theStandingNamesTheUnbilledHoursAgainstTheAllowanceAndWhatGoesBeyond() {
        panel.show(retainer, true, TODAY);

        assertThat(text(panel, "retainer-standing")).isEqualTo("23.5 h worked and not billed yet, of 20 h this period"
                + " (15 h included + 5 h carried in)");
        assertThat(text(panel, "retainer-beyond")).isEqualTo("3.5 h beyond the allowance: billed on the next invoice"
                + " (Sun 31 Jan 2027) at EUR 95.00 an hour.");
    }

    @Test
    void withinTheAllowanceNothingIsSaidToGoBeyond() {
        timesheet.standing = new RetainerTimesheet.Standing(new BigDecimal("4.25"), new BigDecimal("15"),
                BigDecimal.ZERO, List.of());

        panel.show(retainer, true, TODAY);

        assertThat(text(panel, "retainer-standing")).isEqualTo("4.25 h worked and not billed yet, of 15 h this period");
        assertThat(field(panel, "retainer-beyond").isVisible()).isFalse();
        assertThat(field(panel, "retainer-entries").isVisible()).as("no entries, no empty grid").isFalse();
    }

    @Test
    void eachEntryNamesTheInvoiceThatBilledItOrThisPeriod() {
        panel.show(retainer, true, TODAY);

        @SuppressWarnings("unchecked")
        Grid<RetainerHours.Entry> grid = (Grid<RetainerHours.Entry>) field(panel, "retainer-entries");
        assertThat(grid.getGenericDataView().getItems()).containsExactly(open, billed);
        assertThat(((Span) panel.billedBy(billed)).getText()).isEqualTo("INV-0007");
        assertThat(((Span) panel.billedBy(open)).getText()).isEqualTo("this period");
    }

    @Test
    void loggingSendsTheTypedDayToTheTimesheetAndReadsTheStandingAgain() {
        panel.show(retainer, true, TODAY);
        assertThat(value("retainer-worked-on").getValue()).as("today is offered").isEqualTo(TODAY);

        value("retainer-worked-on").setValue(LocalDate.of(2027, 2, 8));
        value("retainer-hours-worked").setValue(new BigDecimal("2.5"));
        value("retainer-description").setValue("Fixed the invoice mail");
        click(panel, "log-retainer-hours");

        assertThat(timesheet.logged).containsExactly(retainer.id() + " "
                + new LogHours(LocalDate.of(2027, 2, 8), new BigDecimal("2.5"), "Fixed the invoice mail"));
        assertThat(timesheet.standingsRead).isEqualTo(2);
        assertThat(value("retainer-hours-worked").getValue()).as("emptied for the next entry").isNull();
    }

    @Test
    void theTimesheetsRefusalsLandOnTheirFields() {
        panel.show(retainer, true, TODAY);
        timesheet.refusal = new InvalidRecurringInvoice(Map.of("hours", "Hours must be above zero",
                "workedOn", "Hours are logged once worked; today is 2027-02-10",
                "description", "At most 500 characters"));

        value("retainer-hours-worked").setValue(BigDecimal.ZERO);
        click(panel, "log-retainer-hours");

        assertInvalid("retainer-hours-worked", "Hours must be above zero");
        assertInvalid("retainer-worked-on", "Hours are logged once worked; today is 2027-02-10");
        assertInvalid("retainer-description", "At most 500 characters");
        assertThat(timesheet.standingsRead).as("nothing logged, nothing to read again").isEqualTo(1);

        timesheet.refusal = null;
        value("retainer-hours-worked").setValue(BigDecimal.ONE);
        click(panel, "log-retainer-hours");
        assertThat(validation("retainer-hours-worked").isInvalid()).as("cleared once logged").isFalse();
    }

    @Test
    void aConflictMarksNoFieldAndLogsNothing() {
        panel.show(retainer, true, TODAY);
        timesheet.refusal = new InvoiceStateConflict("recurring-invoice.hours.ended", "The retainer has ended");

        value("retainer-hours-worked").setValue(BigDecimal.ONE);
        click(panel, "log-retainer-hours");

        assertThat(validation("retainer-hours-worked").isInvalid()).isFalse();
        assertThat(timesheet.logged).isEmpty();
        assertThat(timesheet.standingsRead).as("nothing logged, nothing to read again").isEqualTo(1);
    }

    @Test
    void anEndedRetainerOrAReadOnlyWorkspaceOffersNoLogForm() {
        panel.show(retainer(RecurringStatus.ENDED), true, TODAY);
        assertThat(field(panel, "retainer-log-form").isVisible()).isFalse();

        panel.show(retainer, false, TODAY);
        assertThat(field(panel, "retainer-log-form").isVisible()).isFalse();

        panel.show(retainer, true, TODAY);
        assertThat(field(panel, "retainer-log-form").isVisible()).isTrue();
    }

    /** Monthly from 31 January 2027, nothing issued yet; 15 hours included, EUR 95.00 beyond, rolling over. */
    private static RecurringInvoice retainer(RecurringStatus status) {
        InvoiceContent content = new InvoiceContent(Currency.getInstance("EUR"),
                new InvoiceLines(List.of(InvoiceLine.of("Support", "1", "1200"))), null, null, 30, false, null);
        return new RecurringInvoice(RecurringInvoiceId.newId(), ClientId.newId(), null, content,
                new RecurrenceSchedule(Recurrence.MONTHLY, LocalDate.of(2027, 1, 31), null, null, null), status, 0, 0,
                null, null, new Retainer(new BigDecimal("15"), new BigDecimal("95"), true), new BigDecimal("5"),
                NOW, NOW);
    }

    private RetainerHours.Entry entry(LocalDate day, String hours, String description, InvoiceId billedBy) {
        return new RetainerHours.Entry(UUID.randomUUID(), retainer.id(), day, new BigDecimal(hours), description, NOW,
                Optional.ofNullable(billedBy));
    }

    private void assertInvalid(String id, String message) {
        HasValidation field = validation(id);
        assertThat(field.isInvalid()).as(id + " invalid").isTrue();
        assertThat(field.getErrorMessage()).as(id + " message").isEqualTo(message);
    }

    private <V> HasValue<?, V> value(String id) {
        return InvoiceFixtures.value(panel, id);
    }

    private HasValidation validation(String id) {
        return InvoiceFixtures.validation(panel, id);
    }
}
