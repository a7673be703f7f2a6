package com.becflow.integrations.quickbooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.becflow.accounting.BooksAccessRevoked;
import com.becflow.accounting.BooksAccounts;
import com.becflow.accounting.BooksConsent;
import com.becflow.accounting.BooksContact;
import com.becflow.accounting.BooksGrant;
import com.becflow.accounting.BooksInvoice;
import com.becflow.accounting.BooksLine;
import com.becflow.accounting.BooksOrganisation;
import com.becflow.accounting.BooksPayment;
import com.becflow.accounting.BooksConflict;
import com.becflow.accounting.BooksGateway;
import com.becflow.accounting.BooksRefused;
import com.becflow.accounting.BooksRemoteContact;
import com.becflow.accounting.BooksRemotePayment;
import com.becflow.accounting.BooksSession;
import com.becflow.accounting.BooksUnavailable;
import com.becflow.clients.ClientId;
import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.PaymentId;
import com.becflow.shared.money.Money;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import com.becflow.accounting.BooksCreditNote;
import com.becflow.accounting.BooksRefund;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The QuickBooks Online adapter, through Intuit's real SDK, against the fake QuickBooks. */
class QuickBooksBooksTest {

    private static final URI CALLBACK = URI.create("http://127.0.0.1:1/api/v1/integrations/books/quickbooks/callback");

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
    void aFullCycleKeepsBecflowsNumberAndTotalsAndAPartialPaymentReducesTheBalance() {
        BooksSession session = connect();
        String serviceItem = quickBooks.items(session.organisationId()).stream()
                .filter(item -> "Services".equals(item.path("Name").asText())).findFirst().orElseThrow().path("Id").asText();
        assertThat(session.accounts()).isEqualTo(new BooksAccounts(serviceItem, "35"));

        String customerId = books.pushContact(session, contact("Bakery Müller & Söhne", "Anna Müller"), Optional.empty(), "k-c1");
        BooksInvoice invoice = invoice("INV-0042", customerId);
        BooksGateway.PushedInvoice pushed = books.pushInvoice(session, invoice, Optional.empty(), "k-i1");
        String invoiceId = pushed.id();
        assertThat(pushed.total()).as("QuickBooks' own total").isEqualTo(invoice.total());
        String paymentId = books.pushPayment(session, new BooksPayment(PaymentId.newId(), invoiceId,
                LocalDate.of(2026, 12, 3), Money.of("500.00", "EUR"), "bank transfer"), "k-p1");

        ObjectNode inBooks = quickBooks.invoices(session.organisationId()).get(0);
        assertThat(inBooks.path("Id").asText()).isEqualTo(invoiceId);
        assertThat(inBooks.path("DocNumber").asText()).isEqualTo("INV-0042");
        assertThat(inBooks.path("TxnDate").asText()).startsWith("2026-12-02");
        assertThat(inBooks.path("CustomerRef").path("value").asText()).isEqualTo(customerId);
        assertThat(new BigDecimal(inBooks.path("TotalAmt").asText())).isEqualByComparingTo(invoice.total().amount());
        assertThat(new BigDecimal(inBooks.path("Balance").asText())).isEqualByComparingTo("1404.00");
        assertThat(inBooks.path("Line").get(0).path("SalesItemLineDetail").path("ItemRef").path("value").asText())
                .isEqualTo(serviceItem);
        ObjectNode payment = quickBooks.payments(session.organisationId()).get(0);
        assertThat(payment.path("Id").asText()).isEqualTo(paymentId);
        assertThat(payment.path("CustomerRef").path("value").asText()).isEqualTo(customerId);
        assertThat(payment.path("DepositToAccountRef").path("value").asText()).isEqualTo("35");
        assertThat(payment.path("Line").get(0).path("LinkedTxn").get(0).path("TxnId").asText()).isEqualTo(invoiceId);
        ObjectNode customer = quickBooks.customers(session.organisationId()).get(0);
        assertThat(customer.path("DisplayName").asText()).isEqualTo("Bakery Müller & Söhne");
        assertThat(customer.path("GivenName").asText()).isEqualTo("Anna");
        assertThat(customer.path("FamilyName").asText()).isEqualTo("Müller");
        assertThat(customer.path("PrimaryEmailAddr").path("Address").asText()).isEqualTo("books@example.test");
    }

    @Test
    void aCreditMemoIsAppliedToItsInvoiceAndRefundsAndChargebacksAreRefundReceiptsOutOfTheBank() {
        BooksSession session = connect();
        String customerId = books.pushContact(session, contact("Credited GmbH", null), Optional.empty(), "m-c1");
        String invoiceId = books.pushInvoice(session, invoice("INV-0900", customerId), Optional.empty(), "m-i1").id();
        books.pushPayment(session, new BooksPayment(PaymentId.newId(), invoiceId, LocalDate.of(2026, 12, 3),
                Money.of("500.00", "EUR"), "transfer"), "m-p1");

        String memoId = books.pushCreditNote(session, new BooksCreditNote(InvoiceId.newId().value(), "CN-0001", customerId,
                invoiceId, LocalDate.of(2026, 12, 4), List.of(new BooksLine("Credit", BigDecimal.ONE,
                new BigDecimal("304.00"), null, BigDecimal.ZERO, null)), Money.of("304.00", "EUR"), null), "m-n1");
        String again = books.pushCreditNote(session, new BooksCreditNote(InvoiceId.newId().value(), "CN-0001", customerId,
                invoiceId, LocalDate.of(2026, 12, 4), List.of(new BooksLine("Credit", BigDecimal.ONE,
                new BigDecimal("304.00"), null, BigDecimal.ZERO, null)), Money.of("304.00", "EUR"), null), "m-n1");
        String refundId = books.pushRefund(session, new BooksRefund(PaymentId.newId(), invoiceId, customerId,
                LocalDate.of(2026, 12, 5), Money.of("120.00", "EUR"), "goodwill", false, null), "m-r1");
        String chargebackId = books.pushRefund(session, new BooksRefund(PaymentId.newId(), invoiceId, customerId,
                LocalDate.of(2026, 12, 9), Money.of("80.00", "EUR"), "dispute dp_1", true, null), "m-r2");

        assertThat(again).as("the same key makes no second credit memo").isEqualTo(memoId);
        ObjectNode memo = quickBooks.entities(session.organisationId(), "CreditMemo").get(0);
        assertThat(memo.path("DocNumber").asText()).isEqualTo("CN-0001");
        assertThat(new BigDecimal(memo.path("Balance").asText())).as("all its credit applied").isZero();
        ObjectNode credited = quickBooks.invoices(session.organisationId()).stream()
                .filter(i -> i.path("Id").asText().equals(invoiceId)).findFirst().orElseThrow();
        assertThat(new BigDecimal(credited.path("Balance").asText())).isEqualByComparingTo("1100.00");
        ObjectNode applied = quickBooks.payments(session.organisationId()).stream()
                .filter(p -> new BigDecimal(p.path("TotalAmt").asText()).signum() == 0).findFirst().orElseThrow();
        assertThat(applied.path("Line")).extracting(l -> l.path("LinkedTxn").get(0).path("TxnType").asText() + " "
                        + l.path("LinkedTxn").get(0).path("TxnId").asText())
                .containsExactly("Invoice " + invoiceId, "CreditMemo " + memoId);
        assertThat(books.paymentsChangedSince(session, java.time.Instant.now().minusSeconds(300)))
                .as("a credit applied is no money received").extracting(BooksRemotePayment::id)
                .doesNotContain(applied.path("Id").asText()).isNotEmpty();
        assertThat(quickBooks.entities(session.organisationId(), "RefundReceipt"))
                .extracting(r -> r.path("Id").asText() + " " + new BigDecimal(r.path("TotalAmt").asText()).setScale(2)
                        + " from " + r.path("DepositToAccountRef").path("value").asText())
                .containsExactly(refundId + " 120.00 from 35", chargebackId + " 80.00 from 35");
        assertThatThrownBy(() -> books.pushRefund(session, new BooksRefund(PaymentId.newId(), invoiceId, customerId,
                LocalDate.of(2026, 12, 9), Money.of("80.00", "EUR"), "with a note", false, memoId), "m-r3"))
                .isInstanceOf(BooksRefused.class).hasMessageContaining("credit memo");
    }

    @Test
    void aLateFeeIsAnInvoiceOfItsOwnDueAtOnceAndItsWaiverACreditMemoAppliedToIt() {
        BooksSession session = connect();
        String customerId = books.pushContact(session, contact("Late Payers GmbH", null), Optional.empty(), "f-c1");
        BooksInvoice invoice = invoice("INV-0950", customerId);
        String invoiceId = books.pushInvoice(session, invoice, Optional.empty(), "f-i1").id();
        com.becflow.invoicing.Payment fee = com.becflow.invoicing.Payment.lateFee(invoice.invoice(), "late-fee:1", 1,
                Money.of("40.00", "EUR"), LocalDate.of(2027, 1, 20), "§ 7", com.becflow.shared.tenant.Actor.system("t"),
                java.time.Instant.now());
        BooksInvoice feeTwin = com.becflow.accounting.BooksTwins.lateFee(fee, "INV-0950-FEE1", customerId);

        BooksGateway.PushedInvoice pushed = books.pushInvoice(session, feeTwin, Optional.empty(), "f-f1");
        ObjectNode feeBefore = invoiceIn(session, pushed.id()).deepCopy();
        String memoId = books.pushCreditNote(session, com.becflow.accounting.BooksTwins.waiver(
                com.becflow.invoicing.Payment.waiverOf(fee, LocalDate.of(2027, 1, 22), "goodwill",
                        com.becflow.shared.tenant.Actor.system("t"), java.time.Instant.now()),
                "INV-0950-FEE1", customerId, pushed.id()), "f-w1");

        assertThat(pushed.total()).isEqualTo(Money.of("40.00", "EUR"));
        assertThat(feeBefore.path("DocNumber").asText()).isEqualTo("INV-0950-FEE1");
        assertThat(feeBefore.path("CustomerRef").path("value").asText()).isEqualTo(customerId);
        assertThat(feeBefore.path("DueDate").asText()).isEqualTo("2027-01-20");
        assertThat(new BigDecimal(feeBefore.path("Balance").asText())).isEqualByComparingTo("40.00");
        assertThat(new BigDecimal(invoiceIn(session, pushed.id()).path("Balance").asText())).as("waived").isZero();
        assertThat(new BigDecimal(invoiceIn(session, invoiceId).path("Balance").asText()))
                .as("the invoice keeps its own total").isEqualByComparingTo(invoice.total().amount());
        assertThat(quickBooks.entities(session.organisationId(), "CreditMemo"))
                .filteredOn(m -> m.path("Id").asText().equals(memoId)).singleElement()
                .satisfies(m -> assertThat(m.path("DocNumber").asText()).isEqualTo("INV-0950-FEE1-WAIVED"));
    }

    @Test
    void aPaymentThatPaidALateFeeTooIsOnePaymentLinkingEachInvoiceForItsPart() {
        BooksSession session = connect();
        String customerId = books.pushContact(session, contact("Split Payers GmbH", null), Optional.empty(), "s-c1");
        BooksInvoice invoice = invoice("INV-0960", customerId);
        String invoiceId = books.pushInvoice(session, invoice, Optional.empty(), "s-i1").id();
        com.becflow.invoicing.Payment fee = com.becflow.invoicing.Payment.lateFee(invoice.invoice(), "late-fee:1", 1,
                Money.of("40.00", "EUR"), LocalDate.of(2027, 1, 20), "§ 7", com.becflow.shared.tenant.Actor.system("t"),
                java.time.Instant.now());
        String feeId = books.pushInvoice(session, com.becflow.accounting.BooksTwins.lateFee(fee, "INV-0960-FEE1",
                customerId), Optional.empty(), "s-f1").id();
        PaymentId paymentId = PaymentId.newId();
        List<BooksPayment> parts = List.of(
                new BooksPayment(paymentId, invoiceId, LocalDate.of(2027, 1, 25), invoice.total(), "transfer"),
                new BooksPayment(paymentId, feeId, LocalDate.of(2027, 1, 25), Money.of("30.00", "EUR"), "transfer"));

        String first = books.pushSplitPayment(session, parts, "s-p1");
        String again = books.pushSplitPayment(session, parts, "s-p1");

        assertThat(again).as("the same key pays nothing twice").isEqualTo(first);
        ObjectNode payment = quickBooks.payments(session.organisationId()).stream()
                .filter(p -> p.path("Id").asText().equals(first)).findFirst().orElseThrow();
        assertThat(new BigDecimal(payment.path("TotalAmt").asText())).isEqualByComparingTo(
                invoice.total().amount().add(new BigDecimal("30.00")));
        assertThat(payment.path("Line")).extracting(l -> l.path("LinkedTxn").get(0).path("TxnId").asText() + " "
                + new BigDecimal(l.path("Amount").asText()).setScale(2).toPlainString())
                .containsExactly(invoiceId + " " + invoice.total().amount().setScale(2).toPlainString(), feeId + " 30.00");
        assertThat(new BigDecimal(invoiceIn(session, invoiceId).path("Balance").asText())).isZero();
        assertThat(new BigDecimal(invoiceIn(session, feeId).path("Balance").asText())).isEqualByComparingTo("10.00");
        assertThat(quickBooks.payments(session.organisationId())).filteredOn(p -> p.path("Id").asText().equals(first))
                .hasSize(1);
    }

    private static ObjectNode invoiceIn(BooksSession session, String invoiceId) {
        return quickBooks.invoices(session.organisationId()).stream()
                .filter(i -> i.path("Id").asText().equals(invoiceId)).findFirst().orElseThrow();
    }

    @Test
    void writesCarryARequestIdOfAtMostFiftyCharactersTheSameForTheSameKey() {
        BooksSession session = connect();
        books.pushContact(session, contact("Request Id Ltd", null), Optional.empty(),
                "becflow-contact-7b0c3cc4-4a43-4a3e-8f3e-1f0c9d2b5a11-0123456789abcdef0123456789abcdef");
        List<String> requestIds = quickBooks.calls().stream()
                .filter(call -> call.method().equals("POST") && call.path().endsWith("/customer"))
                .map(call -> call.query().replaceAll(".*requestid=([^&]*).*", "$1")).toList();
        assertThat(requestIds).isNotEmpty().allSatisfy(id -> assertThat(id).hasSizeLessThanOrEqualTo(50))
                .contains(QuickBooksCompany.requestId(
                        "becflow-contact-7b0c3cc4-4a43-4a3e-8f3e-1f0c9d2b5a11-0123456789abcdef0123456789abcdef"));
    }

    @Test
    void aRepeatedCallUnderTheSameKeyMakesNothingTwiceAndAnUpdateKeepsTheTwin() {
        BooksSession session = connect();
        BooksContact contact = contact("Repeat Ltd", null);
        String first = books.pushContact(session, contact, Optional.empty(), "same-key");
        String again = books.pushContact(session, contact, Optional.empty(), "same-key");
        String updated = books.pushContact(session, new BooksContact(contact.client(), "Repeat Ltd", null,
                "new@repeat.test", null, null, false), Optional.of(first), "another-key");

        assertThat(again).isEqualTo(first);
        assertThat(updated).isEqualTo(first);
        assertThat(quickBooks.customers(session.organisationId())).singleElement().satisfies(c -> {
            assertThat(c.path("PrimaryEmailAddr").path("Address").asText()).isEqualTo("new@repeat.test");
            assertThat(c.path("SyncToken").asText()).as("one update under the SyncToken read before").isEqualTo("1");
        });

        String invoiceId = books.pushInvoice(session, invoice("INV-9", first), Optional.empty(), "i-1").id();
        String paymentKey = "p-1";
        BooksPayment payment = new BooksPayment(PaymentId.newId(), invoiceId, LocalDate.of(2026, 12, 3),
                Money.of("100.00", "EUR"), null);
        assertThat(books.pushPayment(session, payment, paymentKey)).isEqualTo(books.pushPayment(session, payment, paymentKey));
        assertThat(quickBooks.payments(session.organisationId())).hasSize(1);
        assertThat(new BigDecimal(quickBooks.invoices(session.organisationId()).get(0).path("Balance").asText()))
                .isEqualByComparingTo("1804.00");
    }

    @Test
    void anUpdatedInvoiceKeepsItsIdAndItsTotalsFollowTheNewLines() {
        BooksSession session = connect();
        String customerId = books.pushContact(session, contact("Update GmbH", null), Optional.empty(), "u-c");
        String invoiceId = books.pushInvoice(session, invoice("INV-10", customerId), Optional.empty(), "u-i1").id();
        BooksInvoice changed = new BooksInvoice(InvoiceId.newId(), "INV-10", customerId, LocalDate.of(2026, 12, 2),
                LocalDate.of(2026, 12, 30), List.of(new BooksLine("Workshop", new BigDecimal("3"), new BigDecimal("33.33"),
                BigDecimal.ZERO, new BigDecimal("19.00"), "VAT")), Money.of("118.99", "EUR"), null, false);

        assertThat(books.pushInvoice(session, changed, Optional.of(invoiceId), "u-i2").id()).isEqualTo(invoiceId);
        ObjectNode inBooks = quickBooks.invoices(session.organisationId()).get(0);
        assertThat(quickBooks.invoices(session.organisationId())).hasSize(1);
        assertThat(new BigDecimal(inBooks.path("TotalAmt").asText())).isEqualByComparingTo("118.99");
        assertThat(inBooks.path("DueDate").asText()).startsWith("2026-12-30");
        assertThat(inBooks.path("Line")).hasSize(1);
    }

    @Test
    void quickBooksRefusalsComeBackWithItsReasons() {
        BooksSession session = connect();
        String customerId = books.pushContact(session, contact("Twin Name GmbH", null), Optional.empty(), "t1");
        String invoiceId = books.pushInvoice(session, invoice("INV-7", customerId), Optional.empty(), "t2").id();

        assertThatThrownBy(() -> books.pushContact(session, contact("Twin Name GmbH", null), Optional.empty(), "t3"))
                .isInstanceOfSatisfying(BooksRefused.class, e -> assertThat(e.kind()).isEqualTo(BooksConflict.Kind.NAME_TAKEN))
                .hasMessageContaining("Duplicate Name Exists Error");
        assertThatThrownBy(() -> books.pushInvoice(session, invoice("INV-7", customerId), Optional.empty(), "t4"))
                .isInstanceOfSatisfying(BooksRefused.class, e -> assertThat(e.kind()).isEqualTo(BooksConflict.Kind.NUMBER_TAKEN))
                .hasMessageContaining("Duplicate Document Number Error");
        assertThat(books.findContact(session, "Twin Name GmbH")).contains(customerId);
        assertThat(books.findContact(session, "O'Twin Name")).isEmpty();
        assertThatThrownBy(() -> books.pushPayment(session, new BooksPayment(PaymentId.newId(), invoiceId,
                LocalDate.of(2026, 12, 3), Money.of("1904.01", "EUR"), null), "t5"))
                .isInstanceOf(BooksRefused.class).hasMessageContaining("exceeds the open balance");
        assertThatThrownBy(() -> books.pushContact(session, contact("Gone Ltd", null), Optional.of("999999"), "t6"))
                .isInstanceOfSatisfying(BooksRefused.class,
                        e -> assertThat(e.kind()).isEqualTo(BooksConflict.Kind.DELETED_IN_BOOKS))
                .hasMessageContaining("Object Not Found");
        assertThat(quickBooks.payments(session.organisationId())).isEmpty();
    }

    @Test
    void paymentsRecordedInQuickBooksAreReadBackSinceAWatermark() {
        BooksSession session = connect();
        java.time.Instant before = java.time.Instant.now().minusSeconds(2);
        String customerId = books.pushContact(session, contact("Pull Ltd", null), Optional.empty(), "p-c");
        String invoiceId = books.pushInvoice(session, invoice("INV-P1", customerId), Optional.empty(), "p-i").id();
        String pushed = books.pushPayment(session, new BooksPayment(PaymentId.newId(), invoiceId, LocalDate.of(2026, 12, 3),
                Money.of("100.00", "EUR"), "via Becflow"), "p-p");
        String inBooks = quickBooks.recordPaymentInQuickBooks(session.organisationId(), invoiceId, "250.50",
                LocalDate.of(2026, 12, 4));

        List<BooksRemotePayment> changed = books.paymentsChangedSince(session, before);

        assertThat(changed).extracting(BooksRemotePayment::id).containsExactlyInAnyOrder(pushed, inBooks);
        BooksRemotePayment recorded = changed.stream().filter(p -> p.id().equals(inBooks)).findFirst().orElseThrow();
        assertThat(recorded.invoiceId()).isEqualTo(invoiceId);
        assertThat(recorded.amount()).as("in the invoice's currency").isEqualTo(Money.of("250.50", "EUR"));
        assertThat(recorded.paidOn()).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(books.paymentsChangedSince(session, java.time.Instant.now().plusSeconds(5))).isEmpty();
    }

    @Test
    void customersChangedAndPaymentsDeletedInQuickBooksComeBackThroughChangeDataCapture() {
        BooksSession session = connect();
        String realm = session.organisationId();
        java.time.Instant before = java.time.Instant.now().minusSeconds(2);
        String customerId = books.pushContact(session, contact("Changed Ltd", "Ada Lovelace"), Optional.empty(), "d-c");
        String invoiceId = books.pushInvoice(session, invoice("INV-D1", customerId), Optional.empty(), "d-i").id();
        String paid = quickBooks.recordPaymentInQuickBooks(realm, invoiceId, "100.00", LocalDate.of(2026, 12, 4));
        ObjectNode fields = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode().put("Active", false);
        fields.putObject("PrimaryEmailAddr").put("Address", "ada@changed.test");
        quickBooks.changeCustomerInQuickBooks(realm, customerId, fields);
        quickBooks.deletePaymentInQuickBooks(realm, paid);

        List<BooksRemoteContact> customers = books.contactsChangedSince(session, before);
        List<BooksRemotePayment> payments = books.paymentsChangedSince(session, before);

        assertThat(customers).as("a tax number QuickBooks masks is not read back").singleElement()
                .isEqualTo(new BooksRemoteContact(customerId, "Changed Ltd", "Ada Lovelace", "ada@changed.test", null, "DE",
                        true, customers.get(0).updatedAt()));
        assertThat(payments).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo(paid);
            assertThat(p.deleted()).isTrue();
            assertThat(p.amount()).as("QuickBooks tells no more than its id").isNull();
        });
        assertThat(quickBooks.invoices(realm)).filteredOn(i -> i.path("Id").asText().equals(invoiceId)).singleElement()
                .satisfies(i -> assertThat(new BigDecimal(i.path("Balance").asText())).isEqualByComparingTo("1904.00"));
        assertThat(books.contact(session, customerId)).hasValueSatisfying(c -> assertThat(c.archived()).isTrue());
        assertThat(books.contact(session, "999999")).isEmpty();
        assertThat(quickBooks.calls()).filteredOn(c -> c.path().equals("/v3/company/" + realm + "/cdc"))
                .extracting(FakeQuickBooks.Call::query).hasSize(2)
                .anySatisfy(q -> assertThat(q).contains("entities=Customer").contains("changedSince="))
                .anySatisfy(q -> assertThat(q).contains("entities=Payment").contains("changedSince="));
    }

    @Test
    void aSignedWebhookNamesItsCompaniesAndAnUnsignedOneIsRefused() {
        QuickBooksBooks withVerifier = new QuickBooksBooks(quickBooks.settings().withWebhookVerifier("intuit-verifier"),
                java.time.Clock.systemUTC());
        byte[] delivery = ("{\"eventNotifications\":[{\"realmId\":\"123\",\"dataChangeEvent\":{\"entities\":[{\"name\":"
                + "\"Payment\",\"id\":\"9\",\"operation\":\"Create\"}]}},{\"realmId\":\"456\"}]}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String signed = com.becflow.integrations.books.WebhookSignature.sign("intuit-verifier", delivery);

        assertThat(withVerifier.webhookOrganisations(delivery, signed)).containsExactly("123", "456");
        assertThatThrownBy(() -> withVerifier.webhookOrganisations(delivery, "AAAA"))
                .isInstanceOf(com.becflow.accounting.BooksWebhookRefused.class);
        assertThatThrownBy(() -> books.webhookOrganisations(delivery, signed)).as("no verifier configured")
                .isInstanceOf(com.becflow.accounting.BooksWebhookRefused.class);
    }

    @Test
    void theCompanyIsTheOneTheCallbackNamesWhicheverServerTakesItAndACallbackNamingAnotherIsRefused() {
        BooksConsent consent = consent();
        BooksGrant grant = books.exchange(consent);
        QuickBooksBooks anotherServer = new QuickBooksBooks(quickBooks.settings(), Clock.systemUTC());

        List<BooksOrganisation> granted = anotherServer.organisations(grant, consent);
        assertThat(granted).extracting(BooksOrganisation::id).containsExactly(consent.parameter("realmId").orElseThrow());
        assertThat(granted.get(0).name()).startsWith("Sandbox Company_US_");
        java.util.Map<String, String> withoutRealm = new java.util.HashMap<>(consent.parameters());
        withoutRealm.remove("realmId");
        assertThat(books.organisations(grant, new BooksConsent(consent.code(), CALLBACK, withoutRealm))).isEmpty();

        BooksConsent another = consent();
        java.util.Map<String, String> tampered = new java.util.HashMap<>(another.parameters());
        tampered.put("realmId", consent.parameter("realmId").orElseThrow());
        assertThatThrownBy(() -> books.exchange(new BooksConsent(another.code(), CALLBACK, tampered)))
                .isInstanceOf(BooksAccessRevoked.class).hasMessageContaining("another company");
    }

    @Test
    void refreshRotatesTheTokensAndARevokedGrantIsToldApart() {
        BooksConsent consent = consent();
        BooksGrant grant = books.exchange(consent);
        BooksOrganisation organisation = books.organisations(grant, consent).get(0);
        assertThat(organisation.name()).startsWith("Sandbox Company_US_");
        BooksGrant refreshed = books.refresh(grant);
        assertThat(refreshed.accessToken()).isNotEqualTo(grant.accessToken());
        assertThat(refreshed.refreshToken()).isNotEqualTo(grant.refreshToken());
        assertThatThrownBy(() -> books.refresh(grant)).as("a spent refresh token")
                .isInstanceOf(BooksAccessRevoked.class).hasMessageContaining("invalid_grant");

        BooksSession session = new BooksSession(organisation.id(), refreshed.accessToken(), new BooksAccounts("1", "35"));
        assertThat(books.pushContact(session, contact("Alive Ltd", null), Optional.empty(), "a1")).isNotBlank();
        quickBooks.revokeAll();
        assertThatThrownBy(() -> books.pushContact(session, contact("Gone Ltd", null), Optional.empty(), "g1"))
                .isInstanceOf(BooksAccessRevoked.class).hasMessageContaining("AuthenticationFailed");
        assertThatThrownBy(() -> books.refresh(refreshed)).isInstanceOf(BooksAccessRevoked.class);
    }

    @Test
    void anExpiredAccessTokenIsRefusedAndTheRefreshedOneWorks() {
        BooksConsent consent = consent();
        BooksGrant grant = books.exchange(consent);
        BooksOrganisation organisation = books.organisations(grant, consent).get(0);
        quickBooks.expireAccessTokens();
        BooksSession expired = new BooksSession(organisation.id(), grant.accessToken(), new BooksAccounts("1", "35"));
        assertThatThrownBy(() -> books.defaultAccounts(expired)).isInstanceOf(BooksAccessRevoked.class);
        BooksGrant refreshed = books.refresh(grant);
        BooksSession session = new BooksSession(organisation.id(), refreshed.accessToken(), new BooksAccounts("", ""));
        assertThat(books.defaultAccounts(session).bankAccount()).isEqualTo("35");
    }

    @Test
    void aThrottledCallSaysHowLongToWaitAndMakesNothing() {
        BooksSession session = connect();
        quickBooks.throttleNext(1, 7);
        assertThatThrownBy(() -> books.pushContact(session, contact("Slow Ltd", null), Optional.empty(), "s1"))
                .isInstanceOfSatisfying(BooksUnavailable.class,
                        e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(7)));
        assertThat(quickBooks.customers(session.organisationId())).isEmpty();
        books.pushContact(session, contact("Slow Ltd", null), Optional.empty(), "s1");
        assertThat(quickBooks.customers(session.organisationId())).hasSize(1);
    }

    @Test
    void aBatchRequestCreatesWhatQuickBooksTakesSaysWhichItRefusedAndARepeatMakesNothingTwice() {
        BooksSession session = connect();
        String realm = session.organisationId();
        books.pushContact(session, contact("Taken Ltd", null), Optional.empty(), "b-c0");
        int before = quickBooks.calls().size();
        List<BooksContact> contacts = List.of(contact("First Ltd", null), contact("Taken Ltd", null),
                contact("Third Ltd", "Ida Third"));

        List<BooksGateway.Created> created = books.createContacts(session, contacts, "b-c");
        List<BooksGateway.Created> repeated = books.createContacts(session, contacts, "b-c");

        assertThat(books.batchSize(com.becflow.accounting.BooksObject.CONTACT)).isEqualTo(30);
        assertThat(books.batchSize(com.becflow.accounting.BooksObject.PAYMENT)).isEqualTo(30);
        assertThat(created).extracting(BooksGateway.Created::isRefused).containsExactly(false, true, false);
        assertThat(created.get(1).refusal().kind()).isEqualTo(BooksConflict.Kind.NAME_TAKEN);
        assertThat(repeated).extracting(BooksGateway.Created::id)
                .isEqualTo(created.stream().map(BooksGateway.Created::id).toList());
        assertThat(quickBooks.customers(realm)).extracting(c -> c.path("DisplayName").asText())
                .containsExactlyInAnyOrder("Taken Ltd", "First Ltd", "Third Ltd");

        List<BooksGateway.Created> invoices = books.createInvoices(session, List.of(invoice("INV-B1", created.get(0).id()),
                invoice("INV-B1", created.get(2).id()), invoice("INV-B3", created.get(2).id())), "b-i");

        assertThat(invoices).extracting(BooksGateway.Created::isRefused).containsExactly(false, true, false);
        assertThat(invoices.get(1).refusal().kind()).isEqualTo(BooksConflict.Kind.NUMBER_TAKEN);
        assertThat(invoices.get(0).total()).as("QuickBooks' own total").isEqualTo(invoice("INV-B1", "1").total());
        assertThat(quickBooks.invoices(realm)).extracting(i -> i.path("DocNumber").asText()).containsExactly("INV-B1", "INV-B3");
        List<FakeQuickBooks.Call> sent = quickBooks.calls().subList(before, quickBooks.calls().size());
        assertThat(sent).extracting(c -> c.method() + " " + c.path().replaceAll(".*/", ""))
                .containsExactly("POST batch", "POST batch", "POST batch");
        assertThat(sent).extracting(c -> c.query().replaceAll(".*requestid=([0-9a-f]+).*", "$1"))
                .containsExactly(QuickBooksCompany.requestId("b-c"), QuickBooksCompany.requestId("b-c"),
                        QuickBooksCompany.requestId("b-i"));
    }

    @Test
    void paymentsGoInABatchAfterOneQueryForTheirInvoicesCustomersAndARepeatMakesNothingTwice() {
        BooksSession session = connect();
        String realm = session.organisationId();
        List<String> customers = books.createContacts(session, List.of(contact("Pay One Ltd", null),
                contact("Pay Two Ltd", null)), "p-c").stream().map(BooksGateway.Created::id).toList();
        List<String> invoices = books.createInvoices(session, List.of(invoice("INV-P1", customers.get(0)),
                invoice("INV-P2", customers.get(1))), "p-i").stream().map(BooksGateway.Created::id).toList();
        int before = quickBooks.calls().size();
        List<BooksPayment> payments = List.of(
                new BooksPayment(PaymentId.newId(), invoices.get(0), LocalDate.of(2026, 12, 3), Money.of("500.00", "EUR"), "a"),
                new BooksPayment(PaymentId.newId(), "999999", LocalDate.of(2026, 12, 3), Money.of("10.00", "EUR"), "b"),
                new BooksPayment(PaymentId.newId(), invoices.get(1), LocalDate.of(2026, 12, 4), Money.of("1904.00", "EUR"), "c"));

        List<BooksGateway.Created> created = books.createPayments(session, payments, "p-p");
        List<BooksGateway.Created> repeated = books.createPayments(session, payments, "p-p");

        assertThat(created).extracting(BooksGateway.Created::isRefused).containsExactly(false, true, false);
        assertThat(created.get(1).refusal().kind()).isEqualTo(BooksConflict.Kind.DELETED_IN_BOOKS);
        assertThat(repeated).extracting(BooksGateway.Created::id)
                .isEqualTo(created.stream().map(BooksGateway.Created::id).toList());
        assertThat(quickBooks.payments(realm)).extracting(p -> p.path("CustomerRef").path("value").asText())
                .containsExactly(customers.get(0), customers.get(1));
        assertThat(quickBooks.invoices(realm)).extracting(i -> new BigDecimal(i.path("Balance").asText()))
                .usingComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .containsExactly(new BigDecimal("1404.00"), BigDecimal.ZERO);
        List<FakeQuickBooks.Call> sent = quickBooks.calls().subList(before, quickBooks.calls().size());
        assertThat(sent).extracting(c -> c.path().replaceAll(".*/", "")).as("one query and one batch, twice")
                .containsExactly("query", "batch", "query", "batch");
        assertThat(URLDecoder.decode(sent.get(0).query(), StandardCharsets.UTF_8) + sent.get(0).body())
                .contains("select * from Invoice where Id in ('" + invoices.get(0) + "', '999999', '" + invoices.get(1) + "')");
    }

    @Test
    void changedCustomersAndInvoicesAreUpdatedInABatchUnderTheirSyncTokensReadInOneQuery() {
        BooksSession session = connect();
        String realm = session.organisationId();
        List<String> customers = books.createContacts(session, List.of(contact("Up One Ltd", null),
                contact("Up Two Ltd", null), contact("Up Three Ltd", null)), "q-c").stream()
                .map(BooksGateway.Created::id).toList();
        List<String> invoices = books.createInvoices(session, List.of(invoice("INV-Q1", customers.get(0)),
                invoice("INV-Q2", customers.get(1))), "q-i").stream().map(BooksGateway.Created::id).toList();
        int before = quickBooks.calls().size();

        List<BooksGateway.Created> renamed = books.updateContacts(session, List.of(
                new BooksGateway.Change<>(customers.get(0), contact("Up One Renamed Ltd", "Una One")),
                new BooksGateway.Change<>(customers.get(1), contact("Up Three Ltd", null)),
                new BooksGateway.Change<>("999999", contact("Gone Ltd", null))), "q-c1");
        BooksInvoice changed = new BooksInvoice(InvoiceId.newId(), "INV-Q1", customers.get(0), LocalDate.of(2026, 12, 2),
                LocalDate.of(2026, 12, 30), List.of(new BooksLine("Workshop", new BigDecimal("3"), new BigDecimal("33.33"),
                BigDecimal.ZERO, new BigDecimal("19.00"), "VAT")), Money.of("118.99", "EUR"), null, false);
        BooksInvoice voided = new BooksInvoice(InvoiceId.newId(), "INV-Q2", customers.get(1), LocalDate.of(2026, 12, 2),
                LocalDate.of(2026, 12, 16), invoice("INV-Q2", customers.get(1)).lines(), Money.of("1904.00", "EUR"),
                "Brand guide", true);
        List<BooksGateway.Created> updated = books.updateInvoices(session, List.of(
                new BooksGateway.Change<>(invoices.get(0), changed), new BooksGateway.Change<>(invoices.get(1), voided)),
                "q-i1");

        assertThat(books.updateBatchSize(com.becflow.accounting.BooksObject.INVOICE)).isEqualTo(30);
        assertThat(renamed).extracting(BooksGateway.Created::isRefused).containsExactly(false, true, true);
        assertThat(renamed.get(1).refusal().kind()).isEqualTo(BooksConflict.Kind.NAME_TAKEN);
        assertThat(renamed.get(2).refusal().kind()).isEqualTo(BooksConflict.Kind.DELETED_IN_BOOKS);
        assertThat(quickBooks.customers(realm)).extracting(c -> c.path("DisplayName").asText() + " "
                + c.path("SyncToken").asText()).containsExactlyInAnyOrder("Up One Renamed Ltd 1", "Up Two Ltd 0",
                "Up Three Ltd 0");
        assertThat(updated).extracting(BooksGateway.Created::id).containsExactly(invoices.get(0), invoices.get(1));
        assertThat(updated).extracting(BooksGateway.Created::total)
                .containsExactly(Money.of("118.99", "EUR"), Money.of("1904.00", "EUR"));
        assertThat(quickBooks.invoices(realm)).extracting(i -> i.path("DocNumber").asText() + " "
                + i.path("PrivateNote").asText("-") + " " + new BigDecimal(i.path("TotalAmt").asText()).toPlainString())
                .containsExactly("INV-Q1 - 118.99", "INV-Q2 Voided 0");
        List<FakeQuickBooks.Call> sent = quickBooks.calls().subList(before, quickBooks.calls().size());
        assertThat(sent).extracting(c -> c.path().replaceAll(".*/", "") + (c.query().contains("include=void")
                ? " void" : "")).containsExactly("query", "batch", "query", "invoice void", "batch");
    }

    @Test
    void aBatchOfMoreThanThirtyIsRefusedWhole() {
        BooksSession session = connect();
        List<BooksContact> many = java.util.stream.IntStream.rangeClosed(1, 31).mapToObj(i -> contact("Many " + i, null))
                .toList();
        assertThatThrownBy(() -> books.createContacts(session, many, "b-many")).isInstanceOf(BooksRefused.class)
                .hasMessageContaining("at most 30");
        assertThat(quickBooks.customers(session.organisationId())).isEmpty();
    }

    private static BooksSession connect() {
        BooksConsent consent = consent();
        BooksGrant grant = books.exchange(consent);
        BooksOrganisation organisation = books.organisations(grant, consent).get(0);
        BooksSession bare = new BooksSession(organisation.id(), grant.accessToken(), new BooksAccounts("", ""));
        return new BooksSession(organisation.id(), grant.accessToken(), books.defaultAccounts(bare));
    }

    /** The freelancer opens Intuit's consent page and connects; Intuit sends the browser back with a code and realmId. */
    static BooksConsent consent() {
        URI page = books.authorizationPage("state-1", CALLBACK);
        assertThat(page.getQuery()).contains("com.intuit.quickbooks.accounting").contains("openid");
        try {
            String html = HttpClient.newHttpClient().send(HttpRequest.newBuilder(page).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher allow = Pattern.compile("id=\"allow-access\" href=\"([^\"]+)\"").matcher(html);
            assertThat(allow.find()).as("the consent page offers 'Connect'").isTrue();
            URI back = URI.create(allow.group(1).replace("&amp;", "&"));
            assertThat(back.toString()).startsWith(CALLBACK.toString()).contains("state=state-1").contains("realmId=");
            java.util.Map<String, String> parameters = parameters(back);
            return new BooksConsent(parameters.get("code"), CALLBACK, parameters);
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Every query parameter of the callback the browser was sent back to. */
    static java.util.Map<String, String> parameters(URI back) {
        java.util.Map<String, String> parameters = new java.util.HashMap<>();
        for (String pair : back.getRawQuery().split("&")) {
            String[] nameAndValue = pair.split("=", 2);
            parameters.put(URLDecoder.decode(nameAndValue[0], StandardCharsets.UTF_8),
                    nameAndValue.length < 2 ? "" : URLDecoder.decode(nameAndValue[1], StandardCharsets.UTF_8));
        }
        return parameters;
    }

    private static BooksContact contact(String name, String person) {
        return new BooksContact(ClientId.newId(), name, person, "books@example.test", "DE123456789", "DE", false);
    }

    /** 10 h at 150.00 less 10 %, plus print files 250.00, 19 % VAT on both: 1,904.00 in all. */
    private static BooksInvoice invoice(String number, String customerId) {
        List<BooksLine> lines = List.of(
                new BooksLine("Design hours", new BigDecimal("10"), new BigDecimal("150.00"), new BigDecimal("10"),
                        new BigDecimal("256.50"), "VAT"),
                new BooksLine("Print files", BigDecimal.ONE, new BigDecimal("250.00"), null, new BigDecimal("47.50"), "VAT"));
        return new BooksInvoice(InvoiceId.newId(), number, customerId, LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 16),
                lines, Money.of("1904.00", "EUR"), "Brand guide", false);
    }
}
