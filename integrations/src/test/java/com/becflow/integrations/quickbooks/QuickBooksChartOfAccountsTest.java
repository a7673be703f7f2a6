package com.becflow.integrations.quickbooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.becflow.accounting.BooksAccounts;
import com.becflow.accounting.BooksChoices;
import com.becflow.accounting.BooksContact;
import com.becflow.accounting.BooksGateway;
import com.becflow.accounting.BooksGrant;
import com.becflow.accounting.BooksInvoice;
import com.becflow.accounting.BooksLine;
import com.becflow.accounting.BooksOrganisation;
import com.becflow.accounting.BooksPayment;
import com.becflow.accounting.BooksRefused;
import com.becflow.accounting.BooksSession;
import com.becflow.clients.ClientId;
import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.PaymentId;
import com.becflow.shared.money.Money;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Choosing where the sync posts in QuickBooks, and invoices in other currencies, through Intuit's SDK and the fake. */
class QuickBooksChartOfAccountsTest {

    private static FakeQuickBooks quickBooks;
    private static QuickBooksBooks books;

    @BeforeAll
    static void start() {
        quickBooks = FakeQuickBooks.start();
        books = new QuickBooksBooks(quickBooks.settings(), Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        quickBooks.close();
    }

    @Test
    void theChoicesAreTheItemsToSellAsTheBankAccountsAndTheSalesTaxCodes() {
        BooksSession session = connect();
        BooksChoices choices = books.choices(session);

        assertThat(choices.salesAccounts()).extracting(BooksChoices.Choice::name)
                .containsExactlyInAnyOrder("Consulting (Consulting Income)", "Services (Services)");
        assertThat(choices.salesAccounts()).extracting(BooksChoices.Choice::id).contains(session.accounts().salesAccount());
        assertThat(choices.bankAccounts()).extracting(BooksChoices.Choice::id).containsExactly("35", "36");
        assertThat(choices.taxRates()).extracting(BooksChoices.TaxRate::id)
                .as("sales tax codes only").containsExactly("3", "9", "10");
        assertThat(choices.taxRates().get(0).percent()).isEqualByComparingTo("20");
        assertThat(choices.items()).isEmpty();
        assertThat(choices.defaultTaxRates(List.of(new BigDecimal("20.00"), BigDecimal.ZERO)))
                .containsExactlyInAnyOrderEntriesOf(Map.of(new BigDecimal("20"), "3", BigDecimal.ZERO, "10"));
    }

    @Test
    void linesAreSoldAsTheChosenItemWithTheChosenTaxCodeAndPaymentsGoToTheChosenBank() {
        BooksSession bare = connect();
        BooksSession session = new BooksSession(bare.organisationId(), bare.accessToken(), new BooksAccounts("21", "36",
                null, Map.of(new BigDecimal("20"), "3", BigDecimal.ZERO, "10")));
        String customer = books.pushContact(session, contact("Chosen Items Ltd", null), Optional.empty(), "m-c1");
        BooksGateway.PushedInvoice pushed = books.pushInvoice(session, invoice("INV-Q1", customer, "EUR"), Optional.empty(),
                "m-i1");
        books.pushPayment(session, new BooksPayment(PaymentId.newId(), pushed.id(), LocalDate.of(2026, 12, 3),
                Money.of("450.00", "EUR"), "transfer"), "m-p1");

        JsonNode lines = quickBooks.invoices(session.organisationId()).get(0).path("Line");
        assertThat(lines.get(0).path("SalesItemLineDetail").path("ItemRef").path("value").asText()).isEqualTo("21");
        assertThat(lines.get(0).path("SalesItemLineDetail").path("TaxCodeRef").path("value").asText()).isEqualTo("3");
        assertThat(lines.get(1).path("SalesItemLineDetail").path("TaxCodeRef").path("value").asText())
                .as("the untaxed line").isEqualTo("10");
        assertThat(pushed.total()).isEqualTo(Money.of("1450.00", "EUR"));
        ObjectNode payment = quickBooks.payments(session.organisationId()).get(0);
        assertThat(payment.path("DepositToAccountRef").path("value").asText()).isEqualTo("36");
    }

    @Test
    void aTaxCodeTheCompanyDoesNotHaveIsRefused() {
        BooksSession bare = connect();
        BooksSession session = new BooksSession(bare.organisationId(), bare.accessToken(), new BooksAccounts(
                bare.accounts().salesAccount(), "35", null, Map.of(new BigDecimal("20"), "999")));
        String customer = books.pushContact(session, contact("Wrong Code Ltd", null), Optional.empty(), "m-c2");

        assertThatThrownBy(() -> books.pushInvoice(session, invoice("INV-Q2", customer, "EUR"), Optional.empty(), "m-i2"))
                .isInstanceOf(BooksRefused.class).hasMessageContaining("TaxCode element id 999 not found");
    }

    @Test
    void aClientInAnotherCurrencyIsACustomerInItAndItsInvoicesTakeTheCompanysRateOfTheDay() {
        BooksSession session = connect();
        String customer = books.pushContact(session, contact("Dollar Client Inc", Currency.getInstance("USD")),
                Optional.empty(), "m-c3");

        BooksGateway.PushedInvoice pushed = books.pushInvoice(session, invoice("INV-Q3", customer, "USD"), Optional.empty(),
                "m-i3");

        assertThat(quickBooks.customers(session.organisationId()).get(0).path("CurrencyRef").path("value").asText())
                .isEqualTo("USD");
        ObjectNode inQuickBooks = quickBooks.invoices(session.organisationId()).get(0);
        assertThat(inQuickBooks.path("CurrencyRef").path("value").asText()).isEqualTo("USD");
        assertThat(new BigDecimal(inQuickBooks.path("ExchangeRate").asText())).isEqualByComparingTo("0.9223");
        assertThat(new BigDecimal(inQuickBooks.path("HomeTotalAmt").asText())).isEqualByComparingTo("1337.34");
        assertThat(pushed.total()).isEqualTo(Money.of("1450.00", "USD"));
        String sent = quickBooks.calls().stream().filter(c -> c.path().endsWith("/invoice")).reduce((a, b) -> b)
                .orElseThrow().body();
        assertThat(sent).as("the rate is left to QuickBooks").doesNotContain("ExchangeRate");
    }

    @Test
    void anInvoiceInACurrencyOtherThanItsCustomersIsRefused() {
        BooksSession session = connect();
        String customer = books.pushContact(session, contact("Euro Client GmbH", Currency.getInstance("EUR")),
                Optional.empty(), "m-c4");

        assertThatThrownBy(() -> books.pushInvoice(session, invoice("INV-Q4", customer, "GBP"), Optional.empty(), "m-i4"))
                .isInstanceOf(BooksRefused.class).hasMessageContaining("must match the customer's currency EUR");
    }

    private static BooksSession connect() {
        com.becflow.accounting.BooksConsent consent = QuickBooksBooksTestAccess.consent(books);
        BooksGrant grant = books.exchange(consent);
        BooksOrganisation organisation = books.organisations(grant, consent).get(0);
        BooksSession bare = new BooksSession(organisation.id(), grant.accessToken(), new BooksAccounts("", ""));
        return new BooksSession(organisation.id(), grant.accessToken(), books.defaultAccounts(bare));
    }

    private static BooksContact contact(String name, Currency currency) {
        return new BooksContact(ClientId.newId(), name, null, "books@example.test", null, "GB", false, currency);
    }

    /** 5 h at 200.00 with 20 % tax, and advice for 250.00 without tax: 1,450.00. */
    private static BooksInvoice invoice(String number, String customerId, String currency) {
        List<BooksLine> lines = List.of(
                new BooksLine("Design hours", new BigDecimal("5"), new BigDecimal("200.00"), null, new BigDecimal("200.00"),
                        "VAT", new BigDecimal("20")),
                new BooksLine("Advice", BigDecimal.ONE, new BigDecimal("250.00"), null, BigDecimal.ZERO, null, null));
        return new BooksInvoice(InvoiceId.newId(), number, customerId, LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 16),
                lines, Money.of("1450.00", currency), null, false);
    }
}
