package com.becflow.integrations.xero;

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
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Choosing where the sync posts in Xero, and invoices in other currencies, through the real SDK against the fake. */
class XeroChartOfAccountsTest {

    private static FakeXero xero;
    private static XeroBooks books;

    @BeforeAll
    static void start() {
        xero = FakeXero.start();
        books = new XeroBooks(xero.settings(), Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        xero.close();
    }

    @Test
    void theChoicesAreWhatTheOrganisationOffersForSales() {
        BooksChoices choices = books.choices(connect(new BooksAccounts("", "")));

        assertThat(choices.salesAccounts()).extracting(BooksChoices.Choice::id).containsExactly("200", "260");
        assertThat(choices.salesAccounts().get(0).name()).isEqualTo("200 Sales");
        assertThat(choices.bankAccounts()).extracting(BooksChoices.Choice::id).containsExactly("090", "091");
        assertThat(choices.taxRates()).extracting(BooksChoices.TaxRate::id)
                .as("only rates that apply to revenue").containsExactly("OUTPUT2", "RROUTPUT", "ZERORATEDOUTPUT", "NONE");
        assertThat(choices.taxRates().get(0).percent()).isEqualByComparingTo("20");
        assertThat(choices.items()).containsExactly(new BooksChoices.Choice("DESIGN", "Design work"));
        assertThat(choices.defaultTaxRates(List.of(new BigDecimal("20"), BigDecimal.ZERO, new BigDecimal("19"))))
                .containsExactlyInAnyOrderEntriesOf(Map.of(new BigDecimal("20"), "OUTPUT2", BigDecimal.ZERO, "ZERORATEDOUTPUT"));
        assertThat(XeroSpecification.assertAccountingRequestsConform(xero.calls())).isPositive();
    }

    @Test
    void linesCarryTheChosenAccountTaxRateAndItemAndPaymentsGoToTheChosenBank() {
        BooksSession session = connect(new BooksAccounts("260", "091", "DESIGN",
                Map.of(new BigDecimal("20"), "OUTPUT2", BigDecimal.ZERO, "NONE")));
        String contact = books.pushContact(session, contact("Chosen Accounts Ltd"), Optional.empty(), "m-c1");
        BooksInvoice invoice = invoice("INV-M1", contact, Money.of("1450.00", "EUR"));
        BooksGateway.PushedInvoice pushed = books.pushInvoice(session, invoice, Optional.empty(), "m-i1");
        books.pushPayment(session, new BooksPayment(PaymentId.newId(), pushed.id(), LocalDate.of(2026, 12, 3),
                Money.of("450.00", "EUR"), "transfer"), "m-p1");

        JsonNode lines = xero.invoices(session.organisationId()).get(0).path("LineItems");
        assertThat(lines.get(0).path("AccountCode").asText()).isEqualTo("260");
        assertThat(lines.get(0).path("TaxType").asText()).isEqualTo("OUTPUT2");
        assertThat(lines.get(0).path("ItemCode").asText()).isEqualTo("DESIGN");
        assertThat(lines.get(1).path("TaxType").asText()).as("the untaxed line").isEqualTo("NONE");
        assertThat(xero.payments(session.organisationId()).get(0).path("Account").path("Code").asText()).isEqualTo("091");
        assertThat(pushed.total()).isEqualTo(invoice.total());
        XeroSpecification.assertAccountingRequestsConform(xero.calls());
    }

    @Test
    void aTaxRateTheOrganisationDoesNotHaveIsRefusedInXerosWords() {
        BooksSession session = connect(new BooksAccounts("200", "090", null, Map.of(new BigDecimal("20"), "INPUT2")));
        String contact = books.pushContact(session, contact("Wrong Rate GmbH"), Optional.empty(), "m-c2");

        assertThatThrownBy(() -> books.pushInvoice(session, invoice("INV-M2", contact, Money.of("1450.00", "EUR")),
                Optional.empty(), "m-i2"))
                .isInstanceOf(BooksRefused.class)
                .hasMessageContaining("The TaxType code 'INPUT2' does not exist or cannot be used for this type of transaction");
    }

    @Test
    void anInvoiceInAnotherCurrencyIsPushedInItAtXerosRateOfTheDay() throws Exception {
        BooksSession session = connect(new BooksAccounts("200", "090"));
        String contact = books.pushContact(session, contact("Dollar Client Inc"), Optional.empty(), "m-c3");
        int before = xero.calls().size();

        BooksGateway.PushedInvoice pushed = books.pushInvoice(session, invoice("INV-M3", contact,
                Money.of("1450.00", "USD")), Optional.empty(), "m-i3");

        ObjectNode inXero = xero.invoices(session.organisationId()).get(0);
        assertThat(inXero.path("CurrencyCode").asText()).isEqualTo("USD");
        assertThat(new BigDecimal(inXero.path("CurrencyRate").asText())).isEqualByComparingTo("1.0842");
        assertThat(pushed.total()).isEqualTo(Money.of("1450.00", "USD"));
        JsonNode sent = new ObjectMapper().readTree(xero.calls().get(before).body()).path("Invoices").get(0);
        assertThat(sent.path("CurrencyCode").asText()).isEqualTo("USD");
        assertThat(sent.has("CurrencyRate")).as("the rate is left to Xero").isFalse();
        XeroSpecification.assertAccountingRequestsConform(xero.calls());
    }

    @Test
    void aCurrencyTheOrganisationHasNotAddedIsRefused() {
        BooksSession session = connect(new BooksAccounts("200", "090"));
        String contact = books.pushContact(session, contact("Yen Client KK"), Optional.empty(), "m-c4");

        assertThatThrownBy(() -> books.pushInvoice(session, invoice("INV-M4", contact, Money.of("1450", "JPY")),
                Optional.empty(), "m-i4"))
                .isInstanceOf(BooksRefused.class).hasMessageContaining("Organisation is not subscribed to currency JPY");
    }

    private static BooksSession connect(BooksAccounts accounts) {
        com.becflow.accounting.BooksConsent consent = consent();
        BooksGrant grant = books.exchange(consent);
        BooksOrganisation organisation = books.organisations(grant, consent).get(0);
        return new BooksSession(organisation.id(), grant.accessToken(), accounts);
    }

    private static com.becflow.accounting.BooksConsent consent() {
        try {
            java.net.URI callback = java.net.URI.create("http://127.0.0.1:1/api/v1/integrations/books/xero/callback");
            String html = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    books.authorizationPage("s", callback)).build(), java.net.http.HttpResponse.BodyHandlers.ofString()).body();
            String back = html.replaceAll("(?s).*id=\"allow-access\" href=\"([^\"]+)\".*", "$1").replace("&amp;", "&");
            String code = java.net.URLDecoder.decode(back.replaceAll(".*code=([^&]+).*", "$1"),
                    java.nio.charset.StandardCharsets.UTF_8);
            return new com.becflow.accounting.BooksConsent(code, callback, java.util.Map.of("code", code));
        } catch (java.io.IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private static BooksContact contact(String name) {
        return new BooksContact(ClientId.newId(), name, null, "books@example.test", null, "GB", false);
    }

    /** 5 h at 200.00 with 20 % tax, and advice for 250.00 without tax: 1,450.00. */
    private static BooksInvoice invoice(String number, String contactId, Money total) {
        List<BooksLine> lines = List.of(
                new BooksLine("Design hours", new BigDecimal("5"), new BigDecimal("200.00"), null, new BigDecimal("200.00"),
                        "VAT", new BigDecimal("20")),
                new BooksLine("Advice", BigDecimal.ONE, new BigDecimal("250.00"), null, BigDecimal.ZERO, null, null));
        return new BooksInvoice(InvoiceId.newId(), number, contactId, LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 16),
                lines, total, null, false);
    }
}
