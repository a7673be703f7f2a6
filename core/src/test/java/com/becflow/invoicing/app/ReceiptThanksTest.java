package com.becflow.invoicing.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.clients.ClientId;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceContent;
import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.InvoiceKind;
import com.becflow.invoicing.InvoiceLine;
import com.becflow.invoicing.InvoiceLines;
import com.becflow.invoicing.Payment;
import com.becflow.invoicing.PaymentMethod;
import com.becflow.invoicing.thanks.ThankYouDiscount;
import com.becflow.shared.money.Money;
import com.becflow.shared.tenant.Actor;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A receipt that settles an invoice thanks the client, more warmly when they paid by the due date, and names the
 * thank-you discount it earned.
 */
class ReceiptThanksTest {

    private static final Instant NOW = Instant.parse("2027-01-04T10:00:00Z");
    private static final LocalDate ISSUED = LocalDate.of(2027, 1, 4);

    @Test
    void paidByTheDueDateTheThanksSayItCameOnTimeAndAfterItJustThankYou() {
        Invoice invoice = Invoice.draft(InvoiceId.newId(), InvoiceKind.INVOICE, ClientId.newId(), null, null,
                new InvoiceContent(Currency.getInstance("EUR"), new InvoiceLines(List.of(InvoiceLine.of("Logo", "1",
                        "100.00"))), null, null, 14, true, null), NOW);
        invoice.issue("INV-1", ISSUED, "ada@engines.test", NOW);

        assertThat(thanksFor(invoice, ISSUED.plusDays(14))).isEqualTo("The invoice is paid in full. Thank you for"
                + " paying on time: Hopper Studio really appreciates it.");
        assertThat(thanksFor(invoice, ISSUED.plusDays(15))).isEqualTo("The invoice is paid in full. Thank you!");
    }

    @Test
    void aThankYouDiscountGrantedIsOfferedInOneSentence() {
        ThankYouDiscount granted = ThankYouDiscount.restore(UUID.randomUUID(), ClientId.newId(), InvoiceId.newId(),
                "INV-1", new BigDecimal("5.00"), NOW, LocalDate.of(2027, 4, 4), null, null);

        assertThat(InvoiceMails.offered(granted, "Hopper Studio")).isEqualTo("As a thank you, your next invoice from"
                + " Hopper Studio will be 5% off (until 4 April 2027).");
    }

    private static String thanksFor(Invoice invoice, LocalDate paidOn) {
        Payment payment = Payment.receivedByHand(invoice.id(), PaymentMethod.BANK_TRANSFER,
                Money.of("100.00", "EUR"), paidOn, null, Actor.system("test"), NOW);
        return InvoiceMails.thanks(invoice, payment, "Hopper Studio");
    }
}
