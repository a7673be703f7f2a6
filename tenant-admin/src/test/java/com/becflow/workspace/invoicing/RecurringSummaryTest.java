package com.becflow.workspace.invoicing;

import static com.becflow.workspace.invoicing.InvoiceFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.clients.ClientId;
import com.becflow.invoicing.InvoiceContent;
import com.becflow.invoicing.InvoiceLine;
import com.becflow.invoicing.InvoiceLines;
import com.becflow.invoicing.recurring.Recurrence;
import com.becflow.invoicing.recurring.RecurrenceSchedule;
import com.becflow.invoicing.recurring.RecurringInvoice;
import com.becflow.invoicing.recurring.Retainer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The line under a recurring invoice's title names a retainer's terms beside the price and the schedule. */
class RecurringSummaryTest {

    @Test
    void aRetainerSaysItsHoursAndRateAndAPlainSeriesSaysNothingOfThem() {
        InvoiceContent content = new InvoiceContent(Currency.getInstance("EUR"),
                InvoiceLines.of(InvoiceLine.of("Retainer", "1", "900.00")), null, null, 14, false, null);
        RecurrenceSchedule monthly = new RecurrenceSchedule(Recurrence.MONTHLY, LocalDate.of(2027, 1, 31), null, null,
                List.of());

        RecurringInvoice retainer = RecurringInvoice.start(ClientId.newId(), null, content, monthly,
                new Retainer(new BigDecimal("10"), new BigDecimal("95"), true), NOW);
        RecurringInvoice plain = RecurringInvoice.start(ClientId.newId(), null, content, monthly, null, NOW);

        assertThat(RecurringInvoiceView.summaryText(retainer)).isEqualTo("EUR 900.00 per invoice · monthly from"
                + " 2027-01-31 · retainer: 10 h included, EUR 95.00 an extra hour, unused hours roll over · none issued yet");
        assertThat(RecurringInvoiceView.summaryText(plain)).doesNotContain("retainer");
    }
}
