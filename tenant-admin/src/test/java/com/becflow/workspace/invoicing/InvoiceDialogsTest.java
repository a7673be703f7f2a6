package com.becflow.workspace.invoicing;

import static com.becflow.workspace.invoicing.InvoiceFixtures.NOW;
import static com.becflow.workspace.invoicing.InvoiceFixtures.click;
import static com.becflow.workspace.invoicing.InvoiceFixtures.text;
import static com.becflow.workspace.invoicing.InvoiceFixtures.value;
import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.InvoiceKind;
import com.becflow.invoicing.InvoiceLine;
import com.becflow.invoicing.Payment;
import com.becflow.invoicing.PaymentId;
import com.becflow.invoicing.PaymentKind;
import com.becflow.invoicing.PaymentMethod;
import com.becflow.invoicing.app.IssueCreditNote;
import com.becflow.invoicing.app.RecordPayment;
import com.becflow.invoicing.app.RefundPayment;
import com.becflow.shared.money.Money;
import com.becflow.shared.tenant.Actor;
import com.becflow.shared.tenant.UserId;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The forms around an issued invoice without a browser: payment, refund and credit note, and the ledger rows. */
class InvoiceDialogsTest {

    private static final InvoiceId INVOICE = InvoiceId.newId();

    /** Held here: the current UI is only weakly referenced, and a collected one fails the dialog's open(). */
    private final UI ui = new UI();

    @BeforeEach
    void aUiToOpenDialogsIn() {
        UI.setCurrent(ui);
    }

    @AfterEach
    void noUiLeftBehind() {
        UI.setCurrent(null);
    }

    @Test
    void aPaymentOffersTheOpenBalanceReceivedTodayByTransfer() {
        RecordPaymentDialog dialog = new RecordPaymentDialog();
        List<RecordPayment> recorded = new ArrayList<>();
        dialog.addSaveListener(e -> recorded.add(e.draft().toCommand()));

        dialog.open(Money.of("1509.75", "EUR"), LocalDate.of(2027, 2, 1));

        assertThat(value(dialog, "payment-amount").getValue()).isEqualTo(new BigDecimal("1509.75"));
        assertThat(value(dialog, "payment-method").getValue()).isEqualTo(PaymentMethod.BANK_TRANSFER);
        assertThat(value(dialog, "payment-date").getValue()).isEqualTo(LocalDate.of(2027, 2, 1));
        @SuppressWarnings("unchecked")
        ComboBox<PaymentMethod> methods = (ComboBox<PaymentMethod>) InvoiceFixtures.field(dialog, "payment-method");
        assertThat(methods.getListDataView().getItems()).as("online payments come from Stripe by themselves")
                .containsExactly(PaymentMethod.BANK_TRANSFER, PaymentMethod.CASH, PaymentMethod.CHECK, PaymentMethod.OTHER,
                        PaymentMethod.CLIENT_CREDIT);

        value(dialog, "payment-amount").setValue(new BigDecimal("500"));
        value(dialog, "payment-method").setValue(PaymentMethod.CASH);
        value(dialog, "payment-reference").setValue("Envelope 7");
        click(dialog, "payment-save");

        assertThat(recorded).containsExactly(new RecordPayment(new BigDecimal("500"), "CASH", LocalDate.of(2027, 2, 1),
                "Envelope 7"));
    }

    @Test
    void aPaymentsErrorsLandOnItsFields() {
        RecordPaymentDialog dialog = new RecordPaymentDialog();

        Map<String, String> rest = dialog.showErrors(Map.of("amount", "More than the open balance of 1509.75 EUR",
                "receivedOn", "That date has not come yet", "method", "How was it paid?", "paymentId", "Odd"));

        assertThat(rest).containsOnlyKeys("paymentId");
        assertThat(((HasValidation) InvoiceFixtures.field(dialog, "payment-amount")).getErrorMessage())
                .isEqualTo("More than the open balance of 1509.75 EUR");
        assertThat(((HasValidation) InvoiceFixtures.field(dialog, "payment-date")).isInvalid()).isTrue();
    }

    @Test
    void aRefundOffersWhatIsLeftOfThePaymentAndSaysWhoReturnsTheMoney() {
        Payment card = received(PaymentMethod.CARD, "300");
        RefundDialog dialog = new RefundDialog();
        List<RefundPayment> refunds = new ArrayList<>();
        dialog.addSaveListener(e -> refunds.add(e.draft().toCommand(e.payment().id())));

        dialog.open(card, Money.of("200", "EUR"));

        assertThat(value(dialog, "refund-amount").getValue()).isEqualTo(new BigDecimal("200"));
        assertThat(text(dialog, "refund-explanation")).startsWith("Stripe returns the money");
        value(dialog, "refund-reason").setValue("Cancelled workshop");
        click(dialog, "refund-save");
        assertThat(refunds).containsExactly(new RefundPayment(card.id(), new BigDecimal("200"), "Cancelled workshop"));

        dialog.open(received(PaymentMethod.CASH, "50"), Money.of("50", "EUR"));
        assertThat(text(dialog, "refund-explanation")).startsWith("Record money you have given back yourself");
    }

    @Test
    void aCreditNotesLinesAreSummedInTheInvoicesCurrencyAndComeBackAsACommand() {
        CreditNoteDialog dialog = new CreditNoteDialog();
        List<IssueCreditNote> issued = new ArrayList<>();
        dialog.addSaveListener(e -> issued.add(e.draft().toCommand()));

        dialog.open("INV-2027-0001", Money.of("1509.75", "EUR"));
        value(dialog, "credit-line-description-0").setValue("Logo revision not delivered");
        value(dialog, "credit-line-quantity-0").setValue(new BigDecimal("1"));
        value(dialog, "credit-line-unit-price-0").setValue(new BigDecimal("100"));
        value(dialog, "credit-line-tax-rate-0").setValue(new BigDecimal("20"));
        value(dialog, "credit-note-reason").setValue("Scope reduced");

        assertThat(text(dialog, "credit-note-total-preview")).isEqualTo("EUR 120.00");
        assertThat(dialog.showErrors(Map.of("lines[0].taxRate", "Odd rate", "reason", "Too long"))).isEmpty();
        click(dialog, "credit-note-save");

        assertThat(issued).containsExactly(new IssueCreditNote(List.of(new InvoiceLine("Logo revision not delivered",
                new BigDecimal("1"), new BigDecimal("100"), null, new BigDecimal("20"), null)), "Scope reduced"));
    }

    @Test
    void ledgerRowsAreNumberedInOrderAndOnlyPaymentsHaveSomethingLeftToRefund() {
        Payment cash = received(PaymentMethod.CASH, "500");
        Payment card = received(PaymentMethod.CARD, "300");
        Payment partRefund = Payment.refundOf(card, Money.of("120", "EUR"), DAY, null, "re_1", null, STRIPE, NOW);
        Payment chargeback = Payment.chargebackOf(card, "dp_1", Money.of("180", "EUR"), DAY, null, STRIPE, NOW);
        List<Payment> ledger = List.of(cash, card, partRefund, chargeback);

        List<InvoiceActivityPanel.PaymentRow> rows = InvoiceActivityPanel.rows(ledger);

        assertThat(rows).extracting(InvoiceActivityPanel.PaymentRow::index).containsExactly(0, 1, 2, 3);
        assertThat(rows).extracting(r -> r.leftToRefund().amount().toPlainString())
                .containsExactly("500", "180", "0", "0");
    }

    @Test
    void documentFileNamesKeepToSafeCharacters() {
        assertThat(InvoiceActions.fileName(InvoiceKind.INVOICE, "INV-2027-0001")).isEqualTo("invoice-INV-2027-0001");
        assertThat(InvoiceActions.fileName(InvoiceKind.CREDIT_NOTE, "CN/2027 #3")).isEqualTo("credit-note-CN-2027-3");
    }

    private static final LocalDate DAY = LocalDate.of(2027, 1, 20);
    private static final Actor STRIPE = Actor.provider("Stripe");

    private static Payment received(PaymentMethod method, String amount) {
        return method.online()
                ? Payment.receivedOnline(INVOICE, method, Money.of(amount, "EUR"), DAY, "pi_" + amount, STRIPE, NOW)
                : Payment.receivedByHand(INVOICE, method, Money.of(amount, "EUR"), DAY, null,
                        Actor.freelancer(new UserId("ada")), NOW);
    }
}
