package com.becflow.invoicing.recurring.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.clients.ClientId;
import com.becflow.cockpit.PlannedReceipts;
import com.becflow.invoicing.InvoiceContent;
import com.becflow.invoicing.InvoiceLine;
import com.becflow.invoicing.InvoiceLines;
import com.becflow.invoicing.recurring.Recurrence;
import com.becflow.invoicing.recurring.RecurrenceSchedule;
import com.becflow.invoicing.recurring.RecurringInvoice;
import com.becflow.shared.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The forecast expects each invoice an active series will issue on that invoice's due date, within the days asked. */
class RecurringReceiptsTest {

    private static final Instant NOW = Instant.parse("2027-01-01T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2027, 1, 1);

    @Test
    void eachDayToComeIsExpectedOnItsDueDateWithTheSeriesTotalAndOnlyWhileActive() {
        RecurringInvoice monthly = series(new RecurrenceSchedule(Recurrence.MONTHLY, TODAY.plusDays(2), null, 12, List.of()));
        RecurringInvoice paused = series(new RecurrenceSchedule(Recurrence.WEEKLY, TODAY.plusDays(1), null, null, List.of()));
        paused.pause(NOW);

        List<PlannedReceipts.Receipt> receipts = RecurringReceipts.of(List.of(monthly, paused), TODAY, TODAY.plusDays(90));

        assertThat(receipts).containsExactly(
                new PlannedReceipts.Receipt(LocalDate.of(2027, 1, 17), Money.of("1785.00", "EUR")),
                new PlannedReceipts.Receipt(LocalDate.of(2027, 2, 17), Money.of("1785.00", "EUR")),
                new PlannedReceipts.Receipt(LocalDate.of(2027, 3, 17), Money.of("1785.00", "EUR")));
        assertThat(RecurringReceipts.of(List.of(monthly), TODAY.plusDays(20), TODAY.plusDays(50)))
                .extracting(PlannedReceipts.Receipt::on).containsExactly(LocalDate.of(2027, 2, 17));
    }

    private static RecurringInvoice series(RecurrenceSchedule schedule) {
        InvoiceContent content = new InvoiceContent(Currency.getInstance("EUR"),
                InvoiceLines.of(InvoiceLine.of("Retainer", "1", "1500.00").withTax("19", "VAT")), null, null, 14, false,
                null);
        return RecurringInvoice.start(new ClientId(UUID.randomUUID()), null, content, schedule, null, NOW);
    }
}
