package com.becflow.invoicing.plans;

import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceContent;
import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.InvoiceKind;
import com.becflow.invoicing.InvoiceLine;
import com.becflow.invoicing.InvoiceLines;
import com.becflow.clients.ClientId;
import com.becflow.shared.money.Money;
import com.becflow.shared.tenant.Actor;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Installments are settled from the invoice's own ledger, in due-date order; the plan keeps no money of its own. */
class InstallmentAllocationTest {

    static final Instant NOW = Instant.parse("2027-01-04T10:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2027, 1, 4);
    static final Currency EUR = Currency.getInstance("EUR");

    static Invoice issuedInvoice(String total) {
        Invoice invoice = Invoice.draft(InvoiceId.newId(), InvoiceKind.INVOICE, ClientId.newId(), null, null,
                new InvoiceContent(EUR, new InvoiceLines(List.of(InvoiceLine.of("Logo design", "1", total))), null, null,
                        30, true, null), NOW);
        invoice.issue("INV-1", TODAY, "ada@engines.test", NOW);
        return invoice;
    }

    static PaymentPlan fourMonthly(Invoice invoice) {
        PlanTerms terms = PlanBuilder.propose(invoice.total(), Money.zero(EUR), 4, PlanFrequency.MONTHLY, TODAY, false);
        return PaymentPlan.proposed(invoice.id(), terms, Actor.system("test"), NOW);
    }

    @Test
    void aPaymentLargerThanTheFirstInstallmentSettlesTheNextInPart() {
        Invoice invoice = issuedInvoice("1000.00");
        PaymentPlan plan = fourMonthly(invoice);
        invoice.receivePayment(Money.of("300.00", EUR), NOW);

        PlanStatement statement = PlanStatement.of(plan, invoice.ledger(), TODAY);

        assertThat(statement.installments()).extracting(i -> i.paid().amount().toPlainString())
                .containsExactly("250.00", "50.00", "0.00", "0.00");
        assertThat(statement.installments()).extracting(Installment::status).containsExactly(InstallmentStatus.PAID,
                InstallmentStatus.PARTIALLY_PAID, InstallmentStatus.DUE, InstallmentStatus.DUE);
        assertThat(statement.installments().get(1).remaining().amount()).isEqualByComparingTo("200.00");
        assertThat(statement.addsUp()).isTrue();
    }

    @Test
    void anUnpaidInstallmentPastItsDueDateIsOverdueOnTheClientsCalendar() {
        Invoice invoice = issuedInvoice("1000.00");
        PlanStatement statement = PlanStatement.of(fourMonthly(invoice), invoice.ledger(), TODAY.plusMonths(1).plusDays(1));
        assertThat(statement.installments()).extracting(Installment::status).containsExactly(InstallmentStatus.OVERDUE,
                InstallmentStatus.OVERDUE, InstallmentStatus.DUE, InstallmentStatus.DUE);
    }

    @Test
    void anInstallmentWhoseDebitIsOnItsWayIsShownSoButStaysUnpaidAndAPaidOneStaysPaid() {
        Invoice invoice = issuedInvoice("1000.00");
        invoice.receivePayment(Money.of("250.00", EUR), NOW);
        PlanStatement statement = PlanStatement.of(fourMonthly(invoice), invoice.ledger(), TODAY.plusMonths(1).plusDays(1));

        PlanStatement shown = statement.withDebitOnItsWay(2);

        assertThat(shown.installments()).extracting(Installment::status).containsExactly(InstallmentStatus.PAID,
                InstallmentStatus.ON_ITS_WAY, InstallmentStatus.DUE, InstallmentStatus.DUE);
        assertThat(shown.installments().get(1).remaining().amount()).isEqualByComparingTo("250.00");
        assertThat(shown.addsUp()).isTrue();
        assertThat(statement.withDebitOnItsWay(1).installments()).extracting(Installment::status)
                .as("a debit for an installment the ledger settles changes nothing")
                .isEqualTo(statement.installments().stream().map(Installment::status).toList());
    }

    @Test
    void lateFeesAreOwedOutsideThePlanAndAreSettledAfterItsInstallments() {
        Invoice invoice = issuedInvoice("1000.00");
        PaymentPlan plan = fourMonthly(invoice);
        invoice.chargeLateFee(Money.of("40.00", EUR), NOW);
        invoice.receivePayment(Money.of("250.00", EUR), NOW);

        PlanStatement statement = PlanStatement.of(plan, invoice.ledger(), TODAY);

        assertThat(statement.installments().get(0).status()).isEqualTo(InstallmentStatus.PAID);
        assertThat(statement.outsidePlan().amount()).isEqualByComparingTo("40.00");
        assertThat(statement.remaining().amount()).isEqualByComparingTo("750.00");
        assertThat(statement.addsUp()).isTrue();
    }

    @Test
    void moneyReceivedBeyondWhatIsOwedIsOutsideThePlanAsANegativeAmount() {
        Invoice invoice = issuedInvoice("1000.00");
        PaymentPlan plan = fourMonthly(invoice);
        invoice.receivePayment(Money.of("1010.00", EUR), NOW);

        PlanStatement statement = PlanStatement.of(plan, invoice.ledger(), TODAY);

        assertThat(statement.installments()).allMatch(i -> i.status() == InstallmentStatus.PAID);
        assertThat(statement.outsidePlan().amount()).isEqualByComparingTo("-10.00");
        assertThat(statement.addsUp()).isTrue();
    }

    @Test
    void aRefundWithItsCreditNoteLeavesTheInstallmentsAsTheyWereWhileAChargebackReopensThem() {
        Invoice invoice = issuedInvoice("1000.00");
        PaymentPlan plan = fourMonthly(invoice);
        invoice.receivePayment(Money.of("500.00", EUR), NOW);
        invoice.chargeBack(Money.of("200.00", EUR), NOW);

        PlanStatement statement = PlanStatement.of(plan, invoice.ledger(), TODAY);

        assertThat(statement.settled().amount()).isEqualByComparingTo("300.00");
        assertThat(statement.installments().get(1).paid().amount()).isEqualByComparingTo("50.00");
        assertThat(statement.addsUp()).isTrue();
    }

    @Test
    void installmentsAreSettledByDueDateWhateverOrderTheyAreGivenIn() {
        Money fifty = Money.of("50.00", EUR);
        var installments = InstallmentAllocation.allocate(List.of(
                new ScheduledInstallment(2, TODAY.plusDays(10), fifty), new ScheduledInstallment(1, TODAY, fifty)),
                Money.of("60.00", EUR), TODAY);
        assertThat(installments).extracting(Installment::number).containsExactly(1, 2);
        assertThat(installments.get(1).paid().amount()).isEqualByComparingTo("10.00");
    }

    @Test
    void theHistoryNamesWhatAPaymentSettledOfEachInstallment() {
        Invoice invoice = issuedInvoice("1000.00");
        PaymentPlan plan = fourMonthly(invoice);
        assertThat(InstallmentSettlement.describe(plan, Money.of("100.00", EUR), Money.of("550.00", EUR), TODAY))
                .contains("Payment plan: settles installment 1; settles installment 2; EUR 50.00 of installment 3, "
                        + "EUR 200.00 left");
        assertThat(InstallmentSettlement.describe(plan, Money.of("1000.00", EUR), Money.of("1000.00", EUR), TODAY)).isEmpty();
    }
}
