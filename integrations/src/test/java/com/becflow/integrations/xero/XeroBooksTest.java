package com.becflow.integrations.xero;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.becflow.accounting.BooksAccessRevoked;
import com.becflow.accounting.BooksAccounts;
import com.becflow.accounting.BooksConflict;
import com.becflow.accounting.BooksConsent;
import com.becflow.accounting.BooksContact;
import com.becflow.accounting.BooksGateway;
import com.becflow.accounting.BooksGrant;
import com.becflow.accounting.BooksInvoice;
import com.becflow.accounting.BooksLine;
import com.becflow.accounting.BooksOrganisation;
import com.becflow.accounting.BooksPayment;
import com.becflow.accounting.BooksRefused;
import com.becflow.accounting.BooksRemoteContact;
import com.becflow.accounting.BooksRemotePayment;
import com.becflow.accounting.BooksSession;
import com.becflow.accounting.BooksUnavailable;
import com.becflow.accounting.BooksWebhookRefused;
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

/** The Xero adapter, through the real xero-java SDK, against the fake Xero; every request checked against Xero's spec. */
class XeroBooksTest {

    private static final URI CALLBACK = URI.create("http://127.0.0.1:1/api/v1/integrations/books/xero/callback");

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
    void aFullCycleKeepsBecflowsNumbersAndTotalsAndChecksAgainstXerosSpec() {
        BooksSession session = connect();
        assertThat(session.accounts()).isEqualTo(new BooksAccounts("200", "090"));

        String contactId = books.pushContact(session, contact("Bakery Müller & Söhne", "Anna Müller"), Optional.empty(), "k-c1");
        BooksInvoice invoice = invoice("INV-0042", contactId, false);
        BooksGateway.PushedInvoice pushed = books.pushInvoice(session, invoice, Optional.empty(), "k-i1");
        String invoiceId = pushed.id();
        assertThat(pushed.total()).isEqualTo(invoice.total());
        String paymentId = books.pushPayment(session, new BooksPayment(PaymentId.newId(), invoiceId,
                LocalDate.of(2026, 12, 3), Money.of("500.00", "EUR"), "bank transfer"), "k-p1");

        ObjectNode inXero = xero.invoices(session.organisationId()).get(0);
        assertThat(inXero.path("InvoiceNumber").asText()).isEqualTo("INV-0042");
        assertThat(inXero.path("InvoiceID").asText()).isEqualTo(invoiceId);
        assertThat(new BigDecimal(inXero.path("Total").asText())).isEqualByComparingTo(invoice.total().amount());
        assertThat(new BigDecimal(inXero.path("AmountDue").asText())).isEqualByComparingTo("1404.00");
        assertThat(inXero.path("Status").asText()).isEqualTo("AUTHORISED");
        assertThat(xero.payments(session.organisationId())).extracting(p -> p.path("PaymentID").asText())
                .containsExactly(paymentId);
        ObjectNode contact = xero.contacts(session.organisationId()).get(0);
        assertThat(contact.path("Name").asText()).isEqualTo("Bakery Müller & Söhne");
        assertThat(contact.path("FirstName").asText()).isEqualTo("Anna");
        assertThat(contact.path("LastName").asText()).isEqualTo("Müller");

        assertThat(XeroSpecification.assertAccountingRequestsConform(xero.calls())).isGreaterThanOrEqualTo(4);
    }

    @Test
    void creditNotesAreAllocatedAndRefundsAndChargebacksArePaidOutOnCreditNotesKeepingXerosBalancesRight() {
        BooksSession session = connect();
        String contactId = books.pushContact(session, contact("Credited Ltd", null), Optional.empty(), "m-c1");
        String invoiceId = books.pushInvoice(session, invoice("INV-0900", contactId, false), Optional.empty(), "m-i1").id();
        books.pushPayment(session, new BooksPayment(PaymentId.newId(), invoiceId, LocalDate.of(2026, 12, 3),
                Money.of("500.00", "EUR"), "transfer"), "m-p1");

        String creditNoteId = books.pushCreditNote(session, creditNote("CN-0001", contactId, invoiceId, "304.00"), "m-n1");

        ObjectNode credited = invoiceIn(session, invoiceId);
        assertThat(new BigDecimal(credited.path("AmountCredited").asText())).isEqualByComparingTo("304.00");
        assertThat(new BigDecimal(credited.path("AmountDue").asText())).isEqualByComparingTo("1100.00");
        ObjectNode note = xero.creditNotes(session.organisationId()).get(0);
        assertThat(note.path("CreditNoteID").asText()).isEqualTo(creditNoteId);
        assertThat(note.path("Type").asText()).isEqualTo("ACCRECCREDIT");
        assertThat(note.path("CreditNoteNumber").asText()).isEqualTo("CN-0001");
        assertThat(new BigDecimal(note.path("RemainingCredit").asText())).isZero();

        String paid = books.pushPayment(session, new BooksPayment(PaymentId.newId(), invoiceId, LocalDate.of(2026, 12, 4),
                Money.of("1100.00", "EUR"), "transfer"), "m-p2");
        assertThat(invoiceIn(session, invoiceId).path("Status").asText()).isEqualTo("PAID");
        String refundNote = books.pushCreditNote(session, creditNote("CN-0002", contactId, invoiceId, "200.00"), "m-n2");
        BooksRefund refund = new BooksRefund(PaymentId.newId(), invoiceId, contactId, LocalDate.of(2026, 12, 5),
                Money.of("200.00", "EUR"), "goodwill", false, refundNote);
        String refundId = books.pushRefund(session, refund, "m-r1");
        String again = books.pushRefund(session, refund, "m-r1");
        String chargebackId = books.pushRefund(session, new BooksRefund(PaymentId.newId(), invoiceId, contactId,
                LocalDate.of(2026, 12, 9), Money.of("100.00", "EUR"), "dispute dp_1", true, null), "m-r2");

        assertThat(again).as("the same key makes no second refund").isEqualTo(refundId);
        assertThat(books.paymentsChangedSince(session, java.time.Instant.now().minusSeconds(300)))
                .as("refunds are no money received").extracting(BooksRemotePayment::id)
                .contains(paid).doesNotContain(refundId, chargebackId);
        assertThat(xero.payments(session.organisationId()))
                .filteredOn(p -> p.path("PaymentType").asText().equals("ARCREDITPAYMENT"))
                .extracting(p -> p.path("PaymentID").asText() + " " + new BigDecimal(p.path("Amount").asText()).setScale(2).toPlainString())
                .containsExactly(refundId + " 200.00", chargebackId + " 100.00");
        assertThat(xero.creditNotes(session.organisationId())).hasSize(3)
                .allSatisfy(n -> assertThat(new BigDecimal(n.path("RemainingCredit").asText())).isZero());
        assertThat(xero.creditNotes(session.organisationId()).get(1).path("Allocations")).as("nothing owed: not allocated")
                .isEmpty();
        assertThat(new BigDecimal(invoiceIn(session, invoiceId).path("AmountDue").asText())).isZero();
        assertThat(paid).isNotBlank();
        assertThatExceptionOfType(BooksRefused.class).isThrownBy(() -> books.pushRefund(session, new BooksRefund(
                        PaymentId.newId(), invoiceId, contactId, LocalDate.of(2026, 12, 9), Money.of("50.00", "EUR"),
                        "too much", false, refundNote), "m-r3"))
                .withMessageContaining("Authorised documents");

        assertThat(XeroSpecification.assertAccountingRequestsConform(xero.calls())).isGreaterThanOrEqualTo(10);
    }

    @Test
    void aLateFeeIsAnInvoiceOfItsOwnDueAtOnceAndItsWaiverACreditNoteThatClosesIt() {
        BooksSession session = connect();
        String contactId = books.pushContact(session, contact("Late Payers Ltd", null), Optional.empty(), "f-c1");
        BooksInvoice invoice = invoice("INV-0950", contactId, false);
        String invoiceId = books.pushInvoice(session, invoice, Optional.empty(), "f-i1").id();
        com.becflow.invoicing.Payment fee = com.becflow.invoicing.Payment.lateFee(invoice.invoice(), "late-fee:1", 1,
                Money.of("40.00", "EUR"), LocalDate.of(2027, 1, 20), "§ 7", com.becflow.shared.tenant.Actor.system("t"),
                java.time.Instant.now());
        BooksInvoice feeTwin = com.becflow.accounting.BooksTwins.lateFee(fee, "INV-0950-FEE1", contactId);

        BooksGateway.PushedInvoice pushed = books.pushInvoice(session, feeTwin, Optional.empty(), "f-f1");
        String waiverId = books.pushCreditNote(session, com.becflow.accounting.BooksTwins.waiver(
                com.becflow.invoicing.Payment.waiverOf(fee, LocalDate.of(2027, 1, 22), "goodwill",
                        com.becflow.shared.tenant.Actor.system("t"), java.time.Instant.now()),
                "INV-0950-FEE1", contactId, pushed.id()), "f-w1");

        assertThat(pushed.total()).isEqualTo(Money.of("40.00", "EUR"));
        ObjectNode feeInXero = invoiceIn(session, pushed.id());
        assertThat(feeInXero.path("InvoiceNumber").asText()).isEqualTo("INV-0950-FEE1");
        assertThat(feeInXero.path("Contact").path("ContactID").asText()).isEqualTo(contactId);
        assertThat(new BigDecimal(feeInXero.path("TotalTax").asText())).isZero();
        assertThat(new BigDecimal(feeInXero.path("AmountCredited").asText())).isEqualByComparingTo("40.00");
        assertThat(new BigDecimal(feeInXero.path("AmountDue").asText())).isZero();
        assertThat(new BigDecimal(invoiceIn(session, invoiceId).path("AmountDue").asText()))
                .as("the invoice keeps its own total").isEqualByComparingTo("1904.00");
        assertThat(xero.creditNotes(session.organisationId())).filteredOn(n -> n.path("CreditNoteID").asText().equals(waiverId))
                .singleElement().satisfies(n -> assertThat(n.path("CreditNoteNumber").asText()).isEqualTo("INV-0950-FEE1-WAIVED"));

        assertThat(XeroSpecification.assertAccountingRequestsConform(xero.calls())).isGreaterThanOrEqualTo(4);
    }

    @Test
    void aPaymentThatPaidALateFeeTooIsOnePaymentPerInvoiceInOneCallAndARepeatMakesNothingTwice() {
        BooksSession session = connect();
        String contactId = books.pushContact(session, contact("Split Payers Ltd", null), Optional.empty(), "s-c1");
        BooksInvoice invoice = invoice("INV-0960", contactId, false);
        String invoiceId = books.pushInvoice(session, invoice, Optional.empty(), "s-i1").id();
        com.becflow.invoicing.Payment fee = com.becflow.invoicing.Payment.lateFee(invoice.invoice(), "late-fee:1", 1,
                Money.of("40.00", "EUR"), LocalDate.of(2027, 1, 20), "§ 7", com.becflow.shared.tenant.Actor.system("t"),
                java.time.Instant.now());
        String feeId = books.pushInvoice(session, com.becflow.accounting.BooksTwins.lateFee(fee, "INV-0960-FEE1", contactId),
                Optional.empty(), "s-f1").id();
        PaymentId paymentId = PaymentId.newId();
        List<BooksPayment> parts = List.of(
                new BooksPayment(paymentId, invoiceId, LocalDate.of(2027, 1, 25), Money.of("1904.00", "EUR"), "transfer"),
                new BooksPayment(paymentId, feeId, LocalDate.of(2027, 1, 25), Money.of("40.00", "EUR"), "transfer"));

        String first = books.pushSplitPayment(session, parts, "s-p1");
        String again = books.pushSplitPayment(session, parts, "s-p1");

        assertThat(again).as("the same key pays nothing twice").isEqualTo(first);
        assertThat(xero.payments(session.organisationId()))
                .filteredOn(p -> p.path("Invoice").path("InvoiceID").asText().equals(invoiceId)
                        || p.path("Invoice").path("InvoiceID").asText().equals(feeId))
                .extracting(p -> p.path("Invoice").path("InvoiceID").asText() + " "
                        + new BigDecimal(p.path("Amount").asText()).setScale(2).toPlainString())
                .containsExactly(invoiceId + " 1904.00", feeId + " 40.00");
        assertThat(invoiceIn(session, invoiceId).path("Status").asText()).isEqualTo("PAID");
        assertThat(invoiceIn(session, feeId).path("Status").asText()).isEqualTo("PAID");
        assertThat(XeroSpecification.assertAccountingRequestsConform(xero.calls())).isGreaterThanOrEqualTo(4);
    }

    private static ObjectNode invoiceIn(BooksSession session, String invoiceId) {
        return xero.invoices(session.organisationId()).stream()
                .filter(i -> i.path("InvoiceID").asText().equals(invoiceId)).findFirst().orElseThrow();
    }

    private static BooksCreditNote creditNote(String number, String contactId, String invoiceId, String amount) {
        return new BooksCreditNote(InvoiceId.newId().value(), number, contactId, invoiceId, LocalDate.of(2026, 12, 3),
                List.of(new BooksLine("Credit", BigDecimal.ONE, new BigDecimal(amount), null, BigDecimal.ZERO, null)),
                Money.of(amount, "EUR"), null);
    }

    @Test
    void paymentsRecordedInXeroAreReadBackSinceAWatermark() throws InterruptedException {
        BooksSession session = connect();
        java.time.Instant before = java.time.Instant.now().minusSeconds(1);
        String contactId = books.pushContact(session, contact("Pull Ltd", null), Optional.empty(), "p-c");
        String invoiceId = books.pushInvoice(session, invoice("INV-P1", contactId, false), Optional.empty(), "p-i").id();
        String pushed = books.pushPayment(session, new BooksPayment(PaymentId.newId(), invoiceId, LocalDate.of(2026, 12, 3),
                Money.of("100.00", "EUR"), "via Becflow"), "p-p");
        String inXero = xero.recordPaymentInXero(session.organisationId(), invoiceId, "250.50", LocalDate.of(2026, 12, 4));

        List<BooksRemotePayment> changed = books.paymentsChangedSince(session, before);

        assertThat(changed).extracting(BooksRemotePayment::id).containsExactly(pushed, inXero);
        BooksRemotePayment recorded = changed.get(1);
        assertThat(recorded.invoiceId()).isEqualTo(invoiceId);
        assertThat(recorded.amount()).isEqualTo(Money.of("250.50", "EUR"));
        assertThat(recorded.paidOn()).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(recorded.deleted()).isFalse();
        assertThat(books.paymentsChangedSince(session, recorded.updatedAt().plusMillis(1))).isEmpty();
        XeroSpecification.assertAccountingRequestsConform(xero.calls());
    }

    @Test
    void contactsChangedAndPaymentsDeletedInXeroAreReadBackSinceAWatermark() throws InterruptedException {
        BooksSession session = connect();
        String organisation = session.organisationId();
        String contactId = books.pushContact(session, contact("Changed Ltd", "Ada Lovelace"), Optional.empty(), "d-c");
        String invoiceId = books.pushInvoice(session, invoice("INV-D1", contactId, false), Optional.empty(), "d-i").id();
        String paid = xero.recordPaymentInXero(organisation, invoiceId, "100.00", LocalDate.of(2026, 12, 4));
        Thread.sleep(5);
        java.time.Instant watermark = java.time.Instant.now();
        Thread.sleep(5);
        xero.changeContactInXero(organisation, contactId, new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode()
                .put("EmailAddress", "ada@changed.test").put("ContactStatus", "ARCHIVED"));
        xero.deletePaymentInXero(organisation, paid);

        List<BooksRemoteContact> contacts = books.contactsChangedSince(session, watermark);
        List<BooksRemotePayment> payments = books.paymentsChangedSince(session, watermark);

        assertThat(contacts).singleElement().isEqualTo(new BooksRemoteContact(contactId, "Changed Ltd", "Ada Lovelace",
                "ada@changed.test", "DE123456789", null, true, contacts.get(0).updatedAt()));
        assertThat(contacts.get(0).updatedAt()).isAfter(watermark);
        assertThat(payments).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo(paid);
            assertThat(p.deleted()).isTrue();
        });
        assertThat(xero.invoices(organisation)).filteredOn(i -> i.path("InvoiceID").asText().equals(invoiceId))
                .singleElement().satisfies(i -> assertThat(new BigDecimal(i.path("AmountDue").asText()))
                        .as("owed again in Xero").isEqualByComparingTo("1904.00"));
        assertThat(books.contact(session, contactId)).hasValueSatisfying(c -> assertThat(c.email()).isEqualTo("ada@changed.test"));
        assertThat(books.contact(session, java.util.UUID.randomUUID().toString())).isEmpty();
        assertThat(xero.calls()).filteredOn(c -> c.path().equals("/api.xro/2.0/Contacts") && c.method().equals("GET"))
                .last().satisfies(c -> {
                    assertThat(c.headers()).containsKey("if-modified-since");
                    assertThat(c.query()).contains("includeArchived=true");
                });
        XeroSpecification.assertAccountingRequestsConform(xero.calls());
    }

    @Test
    void aSignedWebhookNamesItsOrganisationsAndAnUnsignedOneIsRefused() {
        XeroBooks withKey = new XeroBooks(xero.settings().withWebhookKey("xero-webhook-key"), Clock.systemUTC());
        byte[] delivery = ("{\"events\":[{\"tenantId\":\"org-1\",\"eventCategory\":\"INVOICE\",\"eventType\":\"UPDATE\"},"
                + "{\"tenantId\":\"org-1\",\"eventCategory\":\"CONTACT\"},{\"tenantId\":\"org-2\"}],"
                + "\"firstEventSequence\":1,\"lastEventSequence\":3,\"entropy\":\"X\"}").getBytes(StandardCharsets.UTF_8);
        byte[] intent = "{\"events\":[],\"firstEventSequence\":0,\"lastEventSequence\":0}".getBytes(StandardCharsets.UTF_8);

        assertThat(withKey.webhookOrganisations(delivery, sign(delivery))).containsExactly("org-1", "org-2");
        assertThat(withKey.webhookOrganisations(intent, sign(intent))).as("intent to receive").isEmpty();
        assertThatThrownBy(() -> withKey.webhookOrganisations(intent, sign(delivery))).isInstanceOf(BooksWebhookRefused.class);
        byte[] garbage = "not json".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> withKey.webhookOrganisations(garbage, sign(garbage))).isInstanceOf(BooksWebhookRefused.class);
        assertThatThrownBy(() -> books.webhookOrganisations(intent, sign(intent))).as("no key configured")
                .isInstanceOf(BooksWebhookRefused.class);
    }

    private static String sign(byte[] body) {
        return com.becflow.integrations.books.WebhookSignature.sign("xero-webhook-key", body);
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
        assertThat(xero.contacts(session.organisationId())).singleElement()
                .satisfies(c -> assertThat(c.path("EmailAddress").asText()).isEqualTo("new@repeat.test"));
    }

    @Test
    void xerosRefusalsComeBackWithItsReasons() {
        BooksSession session = connect();
        books.pushContact(session, contact("Twin Name GmbH", null), Optional.empty(), "t1");
        String contactId = xero.contacts(session.organisationId()).get(0).path("ContactID").asText();
        books.pushInvoice(session, invoice("INV-7", contactId, false), Optional.empty(), "t2");

        assertThatThrownBy(() -> books.pushContact(session, contact("Twin Name GmbH", null), Optional.empty(), "t3"))
                .isInstanceOfSatisfying(BooksRefused.class, e -> assertThat(e.kind()).isEqualTo(BooksConflict.Kind.NAME_TAKEN))
                .hasMessageContaining("already assigned to another contact");
        assertThatThrownBy(() -> books.pushInvoice(session, invoice("INV-7", contactId, false), Optional.empty(), "t4"))
                .isInstanceOfSatisfying(BooksRefused.class, e -> assertThat(e.kind()).isEqualTo(BooksConflict.Kind.NUMBER_TAKEN))
                .hasMessageContaining("Invoice # must be unique");
        assertThatThrownBy(() -> books.pushContact(session, contact("Gone GmbH", null),
                Optional.of(java.util.UUID.randomUUID().toString()), "t5"))
                .isInstanceOfSatisfying(BooksRefused.class,
                        e -> assertThat(e.kind()).isEqualTo(BooksConflict.Kind.DELETED_IN_BOOKS));
        assertThat(books.findContact(session, "Twin Name GmbH")).contains(contactId);
        assertThat(books.findContact(session, "Twin \"Quoted\" Name")).isEmpty();
        XeroSpecification.assertAccountingRequestsConform(xero.calls());
    }

    @Test
    void refreshRotatesTheTokensAndARevokedGrantIsToldApart() {
        BooksConsent consent = consent();
        BooksGrant grant = books.exchange(consent);
        BooksGrant refreshed = books.refresh(grant);
        assertThat(refreshed.accessToken()).isNotEqualTo(grant.accessToken());
        assertThatThrownBy(() -> books.refresh(grant)).as("a spent refresh token")
                .isInstanceOf(BooksAccessRevoked.class).hasMessageContaining("invalid_grant");

        BooksOrganisation organisation = books.organisations(refreshed, consent).get(0);
        BooksSession session = new BooksSession(organisation.id(), refreshed.accessToken(), new BooksAccounts("200", "090"));
        xero.revokeAll();
        assertThatThrownBy(() -> books.pushContact(session, contact("Gone Ltd", null), Optional.empty(), "g1"))
                .isInstanceOf(BooksAccessRevoked.class);
        assertThatThrownBy(() -> books.refresh(refreshed)).isInstanceOf(BooksAccessRevoked.class);
    }

    @Test
    void aBatchCreatesWhatXeroTakesInOneCallSaysWhichItRefusedAndARepeatMakesNothingTwice() {
        BooksSession session = connect();
        String organisation = session.organisationId();
        books.pushContact(session, contact("Taken Ltd", null), Optional.empty(), "b-c0");
        int before = xero.calls().size();
        List<BooksContact> contacts = List.of(contact("First Ltd", null), contact("Taken Ltd", null),
                contact("Third Ltd", "Ida Third"));

        List<BooksGateway.Created> created = books.createContacts(session, contacts, "b-c");
        List<BooksGateway.Created> repeated = books.createContacts(session, contacts, "b-c");

        assertThat(books.batchSize(com.becflow.accounting.BooksObject.INVOICE)).isEqualTo(50);
        assertThat(created).extracting(BooksGateway.Created::isRefused).containsExactly(false, true, false);
        assertThat(created.get(1).refusal().kind()).isEqualTo(BooksConflict.Kind.NAME_TAKEN);
        assertThat(created.get(1).refusal().getMessage()).contains("is already assigned to another contact");
        assertThat(repeated).extracting(BooksGateway.Created::id).isEqualTo(created.stream().map(BooksGateway.Created::id).toList());
        assertThat(xero.contacts(organisation)).extracting(c -> c.path("Name").asText())
                .containsExactlyInAnyOrder("Taken Ltd", "First Ltd", "Third Ltd");
        String first = created.get(0).id();
        String third = created.get(2).id();

        List<BooksGateway.Created> invoices = books.createInvoices(session, List.of(invoice("INV-B1", first, false),
                invoice("INV-B1", third, false), invoice("INV-B3", third, false)), "b-i");
        assertThat(invoices).extracting(BooksGateway.Created::isRefused).containsExactly(false, true, false);
        assertThat(invoices.get(1).refusal().kind()).isEqualTo(BooksConflict.Kind.NUMBER_TAKEN);
        assertThat(invoices.get(0).total()).isEqualTo(Money.of("1904.00", "EUR"));
        assertThat(xero.invoices(organisation)).extracting(i -> i.path("InvoiceNumber").asText())
                .containsExactly("INV-B1", "INV-B3");

        List<BooksGateway.Created> payments = books.createPayments(session, List.of(
                new BooksPayment(PaymentId.newId(), invoices.get(0).id(), LocalDate.of(2026, 12, 3), Money.of("904.00", "EUR"), "a"),
                new BooksPayment(PaymentId.newId(), invoices.get(2).id(), LocalDate.of(2026, 12, 3), Money.of("9999.00", "EUR"), "b")),
                "b-p");
        assertThat(payments).extracting(BooksGateway.Created::isRefused).containsExactly(false, true);
        assertThat(payments.get(1).refusal().getMessage()).contains("exceeds the amount outstanding");
        assertThat(xero.payments(organisation)).extracting(p -> p.path("PaymentID").asText())
                .containsExactly(payments.get(0).id());

        List<FakeXero.Call> batches = xero.calls().subList(before, xero.calls().size());
        assertThat(batches).extracting(c -> c.method() + " " + c.path().replace("/api.xro/2.0/", ""))
                .containsExactly("PUT Contacts", "PUT Contacts", "PUT Invoices", "PUT Payments");
        assertThat(batches).allSatisfy(c -> assertThat(c.query()).contains("summarizeErrors=false"));
        XeroSpecification.assertAccountingRequestsConform(xero.calls());
    }

    @Test
    void changedContactsAndInvoicesAreUpdatedInOneCallEachAndARefusedOneIsOnlyThatOnesRefusal() {
        BooksSession session = connect();
        String organisation = session.organisationId();
        List<BooksContact> contacts = List.of(contact("Alpha Ltd", null), contact("Beta Ltd", null),
                contact("Gamma Ltd", null));
        List<String> ids = books.createContacts(session, contacts, "u-c0").stream().map(BooksGateway.Created::id).toList();
        BooksInvoice paid = invoice("INV-U1", ids.get(0), false);
        BooksInvoice unpaid = invoice("INV-U2", ids.get(1), false);
        List<String> invoiceIds = books.createInvoices(session, List.of(paid, unpaid), "u-i0").stream()
                .map(BooksGateway.Created::id).toList();
        books.pushPayment(session, new BooksPayment(PaymentId.newId(), invoiceIds.get(0), LocalDate.of(2026, 12, 3),
                Money.of("100.00", "EUR"), "part"), "u-p0");
        int before = xero.calls().size();

        List<BooksGateway.Change<BooksContact>> renamed = List.of(
                new BooksGateway.Change<>(ids.get(0), contact("Alpha Two Ltd", "Ada Alpha")),
                new BooksGateway.Change<>(ids.get(1), contact("Gamma Ltd", null)),
                new BooksGateway.Change<>(ids.get(2), contact("Gamma Three Ltd", null)));
        List<BooksGateway.Created> contactsUpdated = books.updateContacts(session, renamed, "u-c1");
        List<BooksGateway.Created> voided = books.updateInvoices(session, List.of(
                new BooksGateway.Change<>(invoiceIds.get(0), invoice("INV-U1", ids.get(0), true)),
                new BooksGateway.Change<>(invoiceIds.get(1), invoice("INV-U2", ids.get(1), true))), "u-i1");
        List<BooksGateway.Created> repeated = books.updateContacts(session, renamed, "u-c1");

        assertThat(books.updateBatchSize(com.becflow.accounting.BooksObject.CONTACT)).isEqualTo(50);
        assertThat(contactsUpdated).extracting(BooksGateway.Created::isRefused).containsExactly(false, true, false);
        assertThat(contactsUpdated.get(0).id()).isEqualTo(ids.get(0));
        assertThat(contactsUpdated.get(1).refusal().kind()).as("Beta renamed to a name Gamma had when sent")
                .isEqualTo(BooksConflict.Kind.NAME_TAKEN);
        assertThat(repeated).extracting(BooksGateway.Created::id)
                .isEqualTo(contactsUpdated.stream().map(BooksGateway.Created::id).toList());
        assertThat(xero.contacts(organisation)).extracting(c -> c.path("Name").asText())
                .containsExactlyInAnyOrder("Alpha Two Ltd", "Beta Ltd", "Gamma Three Ltd");
        assertThat(voided).extracting(BooksGateway.Created::isRefused).containsExactly(true, false);
        assertThat(voided.get(0).refusal().getMessage()).contains("has payments applied");
        assertThat(voided.get(1).id()).isEqualTo(invoiceIds.get(1));
        assertThat(xero.invoices(organisation)).extracting(i -> i.path("InvoiceNumber").asText() + " "
                + i.path("Status").asText()).containsExactly("INV-U1 AUTHORISED", "INV-U2 VOIDED");

        List<FakeXero.Call> updates = xero.calls().subList(before, xero.calls().size());
        assertThat(updates).extracting(c -> c.method() + " " + c.path().replace("/api.xro/2.0/", ""))
                .containsExactly("POST Contacts", "POST Invoices", "POST Contacts");
        assertThat(updates).allSatisfy(c -> assertThat(c.query()).contains("summarizeErrors=false"));
        assertThat(updates.get(2).headers().get("idempotency-key")).isEqualTo("u-c1");
        XeroSpecification.assertAccountingRequestsConform(xero.calls());
    }

    @Test
    void everyAccountingRequestOnAnOrganisationPassesThroughItsLimits() {
        BooksSession session = connect();
        List<String> counted = new java.util.ArrayList<>();
        XeroBooks limited = new XeroBooks(xero.settings(), Clock.systemUTC(), new com.becflow.accounting.BooksCalls() {
            @Override
            public <T> T call(com.becflow.accounting.BooksVendor vendor, String organisation,
                              java.util.function.Supplier<T> request) {
                counted.add(vendor + " " + organisation);
                return request.get();
            }
        });
        long before = accountingRequests(session.organisationId());

        limited.defaultAccounts(session);
        String contactId = limited.pushContact(session, contact("Counted Ltd", null), Optional.empty(), "n-c");
        limited.findContact(session, "Counted Ltd");
        limited.createInvoices(session, List.of(invoice("INV-N1", contactId, false), invoice("INV-N2", contactId, false)), "n-i");
        limited.paymentsChangedSince(session, java.time.Instant.EPOCH);
        limited.contactsChangedSince(session, java.time.Instant.EPOCH);
        limited.contact(session, contactId);

        assertThat(counted).hasSize((int) (accountingRequests(session.organisationId()) - before))
                .containsOnly("XERO " + session.organisationId());
    }

    private static long accountingRequests(String organisation) {
        return xero.calls().stream().filter(c -> c.path().startsWith("/api.xro/2.0/")
                && organisation.equals(c.headers().get("xero-tenant-id"))).count();
    }

    @Test
    void aThrottledCallSaysHowLongToWait() {
        BooksSession session = connect();
        xero.throttleNext(1, 7);
        assertThatThrownBy(() -> books.pushContact(session, contact("Slow Ltd", null), Optional.empty(), "s1"))
                .isInstanceOfSatisfying(BooksUnavailable.class,
                        e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(7)));
        assertThat(xero.contacts(session.organisationId())).isEmpty();
        books.pushContact(session, contact("Slow Ltd", null), Optional.empty(), "s1");
        assertThat(xero.contacts(session.organisationId())).hasSize(1);
    }

    private static BooksSession connect() {
        BooksConsent consent = consent();
        BooksGrant grant = books.exchange(consent);
        BooksOrganisation organisation = books.organisations(grant, consent).get(0);
        BooksSession bare = new BooksSession(organisation.id(), grant.accessToken(), new BooksAccounts("", ""));
        return new BooksSession(organisation.id(), grant.accessToken(), books.defaultAccounts(bare));
    }

    /** The freelancer opens the consent page and allows access; Xero sends the browser back with a code. */
    static BooksConsent consent() {
        URI page = books.authorizationPage("state-1", CALLBACK);
        assertThat(page.getQuery()).contains("offline_access").contains("accounting.transactions");
        try {
            String html = HttpClient.newHttpClient().send(HttpRequest.newBuilder(page).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher allow = Pattern.compile("id=\"allow-access\" href=\"([^\"]+)\"").matcher(html);
            assertThat(allow.find()).as("the consent page offers 'Allow access'").isTrue();
            URI back = URI.create(allow.group(1).replace("&amp;", "&"));
            assertThat(back.toString()).startsWith(CALLBACK.toString()).contains("state=state-1");
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
    private static BooksInvoice invoice(String number, String contactId, boolean voided) {
        List<BooksLine> lines = List.of(
                new BooksLine("Design hours", new BigDecimal("10"), new BigDecimal("150.00"), new BigDecimal("10"),
                        new BigDecimal("256.50"), "VAT"),
                new BooksLine("Print files", BigDecimal.ONE, new BigDecimal("250.00"), null, new BigDecimal("47.50"), "VAT"));
        return new BooksInvoice(InvoiceId.newId(), number, contactId, LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 16),
                lines, Money.of("1904.00", "EUR"), "Brand guide", voided);
    }
}
