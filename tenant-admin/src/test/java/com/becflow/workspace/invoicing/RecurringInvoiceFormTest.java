package com.becflow.workspace.invoicing;

import static com.becflow.workspace.invoicing.InvoiceFixtures.NOW;
import static com.becflow.workspace.invoicing.InvoiceFixtures.click;
import static com.becflow.workspace.invoicing.InvoiceFixtures.client;
import static com.becflow.workspace.invoicing.InvoiceFixtures.field;
import static com.becflow.workspace.invoicing.InvoiceFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.clients.Client;
import com.becflow.contracts.Contract;
import com.becflow.contracts.ContractContent;
import com.becflow.contracts.ContractId;
import com.becflow.contracts.ContractTerms;
import com.becflow.invoicing.InvoiceContent;
import com.becflow.invoicing.InvoiceLine;
import com.becflow.invoicing.InvoiceLines;
import com.becflow.invoicing.app.SaveInvoice;
import com.becflow.invoicing.recurring.Recurrence;
import com.becflow.invoicing.recurring.RecurrenceSchedule;
import com.becflow.invoicing.recurring.RecurringInvoice;
import com.becflow.invoicing.recurring.RecurringInvoiceId;
import com.becflow.invoicing.recurring.RecurringStatus;
import com.becflow.invoicing.recurring.Retainer;
import com.becflow.invoicing.recurring.app.SaveRecurringInvoice;
import com.becflow.invoicing.recurring.app.SaveRecurringInvoice.RetainerTerms;
import com.becflow.shared.money.Money;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The recurring invoice form without a browser: the invoice form inside it, the schedule previewed by the core's rules
 * as it is typed, each broken rule and each refusal on its field, the retainer's hours, and the command that goes to
 * the service.
 */
class RecurringInvoiceFormTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 1, 31);
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private final Client acme = client("Ada Lovelace", "EUR");
    /** Signed, with a change rate of EUR 95.00 an hour in its scope. */
    private final Contract rebrand = Contract.draft(ContractId.newId(), acme.id(), null, new ContractContent("Rebrand",
            "Logo and site", LocalDate.of(2027, 1, 10), null, Money.of("4000", "EUR"), "Between us.",
            new ContractTerms(new ContractTerms.PaymentTerms(14), null, null, null, null, null,
                    new ContractTerms.Scope("Logo and site", 2, new BigDecimal("95"))), false, 30), NOW);
    private final RecurringInvoiceForm form = new RecurringInvoiceForm(query -> Stream.of(acme),
            c -> c == acme ? List.of(rebrand) : List.of());
    private final List<SaveRecurringInvoice> saved = new ArrayList<>();

    RecurringInvoiceFormTest() {
        form.addSaveListener(e -> saved.add(e.draft().toCommand()));
    }

    @Test
    void aTypedSeriesComesBackAsTheStartCommand() {
        form.start(TODAY, ZONE, 30);
        value("invoice-client").setValue(acme);
        typeLine("Retainer", "1", "800");
        value("invoice-reference").setValue("PO-7");
        value("recurring-count").setValue(12);

        click(form, "save-recurring-invoice");

        assertThat(saved).containsExactly(new SaveRecurringInvoice(new SaveInvoice(acme.id(), null, "EUR",
                List.of(new InvoiceLine("Retainer", new BigDecimal("1"), new BigDecimal("800"), null, null, null)),
                "PO-7", "", null, false, null), "MONTHLY", TODAY, null, 12, List.of()));
        assertThat(text(form, "save-recurring-invoice")).isEqualTo("Start recurring invoice");
        assertThat(text(form, "recurring-issue-time")).contains("08:00", "Europe/Berlin");
    }

    @Test
    void thePreviewNamesTheNextDaysAsTheScheduleIsTyped() {
        form.start(TODAY, ZONE, 30);

        assertThat(text(form, "recurring-preview")).as("months count from the start, the 31st where there is one")
                .isEqualTo("Next invoices on: Sun 31 Jan 2027, Sun 28 Feb 2027, Wed 31 Mar 2027, Fri 30 Apr 2027,"
                        + " Mon 31 May 2027, …");

        value("recurring-count").setValue(2);
        assertThat(text(form, "recurring-preview")).isEqualTo("Next invoices on: Sun 31 Jan 2027, Sun 28 Feb 2027.");

        value("recurring-count").setValue(null);
        value("recurring-frequency").setValue(Recurrence.BIWEEKLY);
        value("recurring-start").setValue(LocalDate.of(2027, 2, 1));
        value("recurring-end").setValue(LocalDate.of(2027, 3, 1));
        assertThat(text(form, "recurring-preview"))
                .isEqualTo("Next invoices on: Mon 1 Feb 2027, Mon 15 Feb 2027, Mon 1 Mar 2027.");
    }

    @Test
    void aBrokenRuleShowsOnItsFieldAtOnceAndThePreviewWaits() {
        form.start(TODAY, ZONE, 30);

        value("recurring-start").setValue(TODAY.minusDays(1));
        value("recurring-count").setValue(0);

        assertInvalid("recurring-start", "The first invoice can't be issued in the past; the earliest is 2027-01-31");
        assertInvalid("recurring-count", "From 1 to 1000 invoices");
        assertThat(text(form, "recurring-preview")).isEqualTo("Next invoices on: mend the marked fields to see them.");

        value("recurring-start").setValue(TODAY.plusDays(1));
        value("recurring-count").setValue(1);

        assertThat(validation("recurring-start").isInvalid()).isFalse();
        assertThat(validation("recurring-count").isInvalid()).isFalse();
        assertThat(text(form, "recurring-preview")).isEqualTo("Next invoices on: Mon 1 Feb 2027.");
    }

    @Test
    void chosenDatesReplaceTheRegularFieldsAndAreSentAsTyped() {
        form.start(TODAY, ZONE, 30);
        value("invoice-client").setValue(acme);
        typeLine("Workshop", "1", "1500");
        value("recurring-count").setValue(3);

        value("recurring-frequency").setValue(Recurrence.CUSTOM_DATES);
        assertThat(field(form, "recurring-start").isVisible()).isFalse();
        assertThat(field(form, "recurring-count").isVisible()).isFalse();
        assertThat(field(form, "recurring-dates").isVisible()).isTrue();
        value("recurring-date-1").setValue(LocalDate.of(2027, 3, 15));
        click(form, "recurring-add-date");
        value("recurring-date-2").setValue(LocalDate.of(2027, 3, 15));

        assertThat(text(form, "recurring-dates-error")).isEqualTo("A date is named twice");

        value("recurring-date-2").setValue(LocalDate.of(2027, 2, 1));
        assertThat(text(form, "recurring-dates-error")).isEmpty();
        assertThat(text(form, "recurring-preview")).isEqualTo("Next invoices on: Mon 1 Feb 2027, Mon 15 Mar 2027.");

        click(form, "save-recurring-invoice");

        assertThat(saved).hasSize(1);
        assertThat(saved.get(0).frequency()).isEqualTo("CUSTOM_DATES");
        assertThat(saved.get(0).dates()).containsExactly(LocalDate.of(2027, 3, 15), LocalDate.of(2027, 2, 1));
        assertThat(saved.get(0).startOn()).as("hidden fields are not sent").isNull();
        assertThat(saved.get(0).count()).isNull();
    }

    @Test
    void theServicesRefusalsLandOnTheirFieldsAndTheRestIsHandedBack() {
        form.start(TODAY, ZONE, 30);

        Map<String, String> rest = form.showErrors(Map.of(
                "clientId", "Choose a client",
                "lines[0].quantity", "How many?",
                "frequency", "One of WEEKLY...",
                "startOn", "At most 5 years ahead",
                "endOn", "The end comes before the first invoice",
                "count", "From 1 to 1000 invoices",
                "dates", "Dates are named only with CUSTOM_DATES",
                "checkout", "Odd"));

        assertInvalid("invoice-client", "Choose a client");
        assertInvalid("line-quantity-0", "How many?");
        assertInvalid("recurring-frequency", "One of WEEKLY...");
        assertInvalid("recurring-start", "At most 5 years ahead");
        assertInvalid("recurring-end", "The end comes before the first invoice");
        assertInvalid("recurring-count", "From 1 to 1000 invoices");
        assertThat(rest).as("the dates are not on screen with a monthly schedule").containsOnlyKeys("dates", "checkout");
    }

    @Test
    void aChangedSeriesPreviewsOnlyTheInvoicesStillToComeAndKeepsItsClient() {
        RecurringInvoice series = series(RecurringStatus.ACTIVE);

        form.change(series, acme, null, LocalDate.of(2027, 1, 10), ZONE, true, 30);

        assertThat(value("invoice-client").isReadOnly()).isTrue();
        assertThat(value("line-description-0").getValue()).isEqualTo("Retainer");
        assertThat(text(form, "recurring-preview")).as("4 in all, 2 issued")
                .isEqualTo("Next invoices on: Sat 30 Jan 2027, Sun 28 Feb 2027.");

        value("recurring-count").setValue(2);
        assertInvalid("recurring-count", "2 invoices were issued already; choose more to go on, or end the series");

        value("recurring-count").setValue(5);
        click(form, "save-recurring-invoice");
        assertThat(saved).hasSize(1);
        assertThat(saved.get(0).invoice().clientId()).isEqualTo(acme.id());
        assertThat(saved.get(0).startOn()).as("the start stays, though it lies in the past").isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(text(form, "save-recurring-invoice")).isEqualTo("Save changes");
    }

    @Test
    void aPausedSeriesIsPreviewedAsItWouldRunOnceResumed() {
        form.change(series(RecurringStatus.PAUSED), acme, null, LocalDate.of(2027, 2, 10), ZONE, true, 30);

        assertThat(text(form, "recurring-preview")).as("30 January passed while paused and is skipped")
                .isEqualTo("Next invoices on: Sun 28 Feb 2027, Tue 30 Mar 2027.");
    }

    @Test
    void aTickedRetainerIsSentWithItsHoursAndAnUntickedOneNot() {
        form.start(TODAY, ZONE, 30);
        value("invoice-client").setValue(acme);
        typeLine("Support", "1", "1200");
        assertThat(field(form, "retainer-terms").isVisible()).as("hidden until ticked").isFalse();

        value("retainer-enabled").setValue(true);
        assertThat(field(form, "retainer-terms").isVisible()).isTrue();
        value("retainer-included-hours").setValue(new BigDecimal("10"));
        value("retainer-rollover").setValue(true);
        click(form, "save-recurring-invoice");

        value("retainer-enabled").setValue(false);
        click(form, "save-recurring-invoice");

        assertThat(saved).extracting(SaveRecurringInvoice::retainer).as("an empty rate is left to the contract")
                .containsExactly(new RetainerTerms(new BigDecimal("10"), null, true), null);
    }

    @Test
    void anEmptyRateNamesTheChosenContractsChangeRate() {
        form.start(TODAY, ZONE, 30);
        value("retainer-enabled").setValue(true);
        BigDecimalField rate = (BigDecimalField) field(form, "retainer-extra-hour-rate");
        assertThat(rate.getHelperText()).isEqualTo("Empty: the change rate of the signed contract chosen above");

        value("invoice-client").setValue(acme);
        value("invoice-contract").setValue(rebrand);

        assertThat(rate.getPlaceholder()).isEqualTo("Empty: EUR 95.00");
        assertThat(rate.getHelperText()).isEqualTo("Empty: the contract's change rate, EUR 95.00 per hour");

        value("invoice-contract").setValue(null);
        assertThat(rate.getPlaceholder()).isEqualTo("Empty: the contract's rate");
    }

    @Test
    void theRetainersRefusalsLandOnItsFieldsWhileShown() {
        form.start(TODAY, ZONE, 30);
        Map<String, String> refused = Map.of("retainer.includedHours", "Hours can't be negative",
                "retainer.extraHourRate", "Name the rate for extra hours, or tie the retainer to a signed contract");

        assertThat(form.showErrors(refused)).as("unticked, nothing of the retainer is on screen")
                .containsOnlyKeys("retainer.includedHours", "retainer.extraHourRate");

        value("retainer-enabled").setValue(true);
        assertThat(form.showErrors(refused)).isEmpty();
        assertInvalid("retainer-included-hours", "Hours can't be negative");
        assertInvalid("retainer-extra-hour-rate",
                "Name the rate for extra hours, or tie the retainer to a signed contract");

        value("retainer-included-hours").setValue(new BigDecimal("5"));
        click(form, "save-recurring-invoice");
        assertThat(validation("retainer-included-hours").isInvalid()).as("cleared on the next save").isFalse();
    }

    @Test
    void aChangedRetainerShowsItsTerms() {
        form.change(series(RecurringStatus.ACTIVE, new Retainer(new BigDecimal("20"), new BigDecimal("90"), true)),
                acme, null, LocalDate.of(2027, 1, 10), ZONE, true, 30);

        assertThat(value("retainer-enabled").getValue()).isEqualTo(true);
        assertThat(value("retainer-included-hours").getValue()).isEqualTo(new BigDecimal("20"));
        assertThat(value("retainer-extra-hour-rate").getValue()).isEqualTo(new BigDecimal("90"));
        click(form, "save-recurring-invoice");
        assertThat(saved.get(0).retainer())
                .isEqualTo(new RetainerTerms(new BigDecimal("20"), new BigDecimal("90"), true));
    }

    private RecurringInvoice series(RecurringStatus status) {
        return series(status, null);
    }

    /** Monthly from 30 Nov 2026, four invoices, two of them issued (30 Nov and 30 Dec). */
    private RecurringInvoice series(RecurringStatus status, Retainer retainer) {
        InvoiceContent content = new InvoiceContent(Currency.getInstance("EUR"),
                new InvoiceLines(List.of(InvoiceLine.of("Retainer", "1", "800"))), null, null, 30, false, null);
        return new RecurringInvoice(RecurringInvoiceId.newId(), acme.id(), null, content,
                new RecurrenceSchedule(Recurrence.MONTHLY, LocalDate.of(2026, 11, 30), null, 4, null), status, 2, 2,
                LocalDate.of(2026, 12, 30), null, retainer, null, NOW, NOW);
    }

    private void typeLine(String description, String quantity, String unitPrice) {
        value("line-description-0").setValue(description);
        value("line-quantity-0").setValue(new BigDecimal(quantity));
        value("line-unit-price-0").setValue(new BigDecimal(unitPrice));
    }

    private void assertInvalid(String id, String message) {
        HasValidation field = validation(id);
        assertThat(field.isInvalid()).as(id + " invalid").isTrue();
        assertThat(field.getErrorMessage()).as(id + " message").isEqualTo(message);
    }

    private <V> HasValue<?, V> value(String id) {
        return InvoiceFixtures.value(form, id);
    }

    private HasValidation validation(String id) {
        return InvoiceFixtures.validation(form, id);
    }
}
