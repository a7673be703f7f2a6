package com.becflow.invoicing;

import static com.becflow.invoicing.InvoiceBuilder.aCreditNoteFor;
import static com.becflow.invoicing.InvoiceBuilder.aDepositInvoice;
import static com.becflow.invoicing.InvoiceBuilder.anInvoice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.becflow.shared.documents.ImageLimits;
import com.becflow.shared.documents.TestImages;
import com.becflow.shared.money.Money;
import com.becflow.shared.tenant.Actor;
import com.becflow.shared.tenant.UserId;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class InvoiceRenderingTest {

    private static final InvoiceParties PARTIES = new InvoiceParties("Ada Lovelace", "ada@studio.test", "Charles Babbage",
            "Difference Engines Ltd", "charles@engines.test", "1 Dorset Street, London", "GB123456789");
    private static final InvoiceBranding PLAIN = new InvoiceBranding(null, null, null, null, null, null, null, null);
    private static final InvoiceBranding BRANDED = new InvoiceBranding("Studio Lovelace", "12 Analytical Row\nLondon",
            "GB987654321", "#aa3300", null, null, "Registered in England", "IBAN GB00 0000 0000\nBIC ABCDGB2L");
    private static final byte[] PNG = TestImages.picture(60, 30, "png");
    private static final Instant RECORDED = Instant.parse("2027-01-10T23:30:00Z");

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    /** The text of the element with that id, as a reader sees it. */
    private static String text(String xml, String id) throws Exception {
        return XPathFactory.newInstance().newXPath().evaluate("//*[@id='" + id + "']", parse(xml)).strip();
    }

    private static int count(String xml, String xpath) throws Exception {
        return ((Number) XPathFactory.newInstance().newXPath().evaluate("count(" + xpath + ")", parse(xml),
                XPathConstants.NUMBER)).intValue();
    }

    private static Payment payment(Invoice invoice, String amount, String reference) {
        return Payment.receivedByHand(invoice.id(), PaymentMethod.BANK_TRANSFER, Money.of(amount, invoice.currency()),
                LocalDate.of(2027, 1, 9), reference, Actor.freelancer(new UserId("ada")), RECORDED);
    }

    @Test
    void aReceiptSaysWhetherTheEarlyPaymentDiscountAppliedAndShowsTheLateFeesOwed() {
        Invoice early = anInvoice().line("Logo design", "1", "1000.00").issued("INV-2027-0002");
        early.takeEarlyPaymentDiscount(Money.of("20.00", early.currency()), RECORDED);
        Payment discounted = payment(early, "980.00", null);
        early.receivePayment(discounted.amount(), RECORDED);
        Invoice late = anInvoice().line("Logo design", "1", "1000.00").issued("INV-2027-0003");
        late.chargeLateFee(Money.of("40.00", late.currency()), RECORDED);
        Payment full = payment(late, "1040.00", null);
        late.receivePayment(full.amount(), RECORDED);

        String withDiscount = InvoiceRendering.receipt(early, discounted, early.ledger(), PARTIES, PLAIN, ZoneOffset.UTC);
        String withFee = InvoiceRendering.receipt(late, full, late.ledger(), PARTIES, PLAIN, ZoneOffset.UTC);

        assertThat(withDiscount).contains("Early-payment discount applied", "id=\"receipt-discount\">EUR 20.00")
                .doesNotContain("Late fees");
        assertThat(withFee).contains("Late fees under the signed contract", "id=\"receipt-late-fees\">EUR 40.00")
                .doesNotContain("Early-payment discount");
    }

    @Test
    void theDocumentTheReceiptAndTheirPagesAreWellFormedXml() throws Exception {
        Invoice invoice = anInvoice().partialPayments(null).issued("INV-2027-0001");
        String document = InvoiceRendering.document(invoice, PARTIES, BRANDED, null);
        Payment payment = payment(invoice, "400", "Bank ref 77");
        invoice.receivePayment(payment.amount(), RECORDED);
        String receipt = InvoiceRendering.receipt(invoice, payment, invoice.ledger(), PARTIES, BRANDED, ZoneOffset.UTC);

        for (String fragment : new String[] {document, receipt}) {
            parse(fragment);
            parse(InvoiceRendering.forWebPage(fragment));
            parse(InvoiceRendering.pdfPage(fragment, "Invoice INV-2027-0001"));
        }
        assertThat(document).startsWith("<article class=\"becflow-invoice\">");
        assertThat(receipt).startsWith("<article class=\"becflow-invoice receipt\">");
        assertThat(InvoiceRendering.pdfPage(document, "Invoice INV-2027-0001"))
                .contains("size: A4", "'DejaVu Sans'", "Invoice INV-2027-0001 · page \" counter(page) \" of \" counter(pages)");
    }

    @Test
    void everythingPeopleTypedIsEscaped() throws Exception {
        String nasty = "Zoë <script>alert(\"x\")</script> & 'co'";
        InvoiceParties parties = new InvoiceParties(nasty, "a@b.test", nasty, nasty, "c@d.test", nasty, nasty);
        InvoiceBranding branding = new InvoiceBranding(nasty, nasty, nasty, "\"><script>", null, null, nasty, nasty);
        Invoice invoice = anInvoice().reference(nasty).notes(nasty)
                .line(InvoiceLine.of(nasty, "1", "100").withTax("20", nasty)).issued("INV-2027-0001");

        String document = InvoiceRendering.document(invoice, parties, branding, null);
        String page = InvoiceRendering.pdfPage(document, nasty);

        parse(page);
        assertThat(page).doesNotContain("<script>", "\"><script>")
                .contains("Zoë &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;");
        assertThat(document).contains("color: " + InvoiceBranding.DEFAULT_COLOUR);
        assertThat(text(document, "invoice-number")).isEqualTo("INV-2027-0001");
    }

    @Test
    void anIssuedInvoiceShowsItsNumberDatesReferenceAndDueDate() throws Exception {
        Invoice invoice = anInvoice().dueIn(30).reference("PO 4711").issued("INV-2027-0001");

        String document = InvoiceRendering.document(invoice, PARTIES, BRANDED, null);

        assertThat(text(document, "invoice-number")).isEqualTo("INV-2027-0001");
        assertThat(text(document, "invoice-due")).isEqualTo("3 February 2027");
        assertThat(document).contains("Invoice</h1>", "4 January 2027", "PO 4711", "Bill to", "Charles Babbage",
                "Difference Engines Ltd", "charles@engines.test", "1 Dorset Street, London", "Tax ID GB123456789",
                "Studio Lovelace", "12 Analytical Row<br/>London", "Tax ID GB987654321", "ada@studio.test",
                "IBAN GB00 0000 0000<br/>BIC ABCDGB2L", "Please quote INV-2027-0001", "Registered in England",
                "color: #aa3300");
        assertThat(document).doesNotContain("Draft");
    }

    @Test
    void theBusinessIsNamedAfterTheFreelancerWhenTheBrandingHasNoName() {
        String document = InvoiceRendering.document(anInvoice().issued("INV-2027-0001"), PARTIES, PLAIN, null);

        assertThat(document).contains("<div class=\"business-name\">Ada Lovelace</div>", "color: #1f6feb")
                .doesNotContain("Paying by bank transfer", "class=\"footer\"");
    }

    @Test
    void anInvoiceDueOnReceiptSaysSo() throws Exception {
        String document = InvoiceRendering.document(aDepositInvoice().dueIn(0).issued("INV-2027-0002"), PARTIES, PLAIN, null);

        assertThat(text(document, "invoice-due")).isEqualTo("Due on receipt");
        assertThat(document).contains("Deposit invoice</h1>");
    }

    @Test
    void aDraftShowsDraftInsteadOfANumberAndItsTermsInsteadOfADate() throws Exception {
        String document = InvoiceRendering.document(anInvoice().dueIn(14).draft(), PARTIES, PLAIN, null);

        assertThat(text(document, "invoice-number")).isEqualTo("Draft");
        assertThat(text(document, "invoice-due")).isEqualTo("14 days after the issue date");
        assertThat(document).doesNotContain("Issue date");
    }

    @Test
    void linesShowQuantityWithoutTrailingZerosUnitPriceAndNetAmount() throws Exception {
        Invoice invoice = anInvoice()
                .line("Workshop", "1.5000", "1200")
                .line("Illustrations", "3", "33.333")
                .issued("INV-2027-0001");

        String document = InvoiceRendering.document(invoice, PARTIES, PLAIN, null);

        assertThat(count(document, "//tr[@class='line']")).isEqualTo(2);
        assertThat(document).contains("<td class=\"description\">Workshop</td><td class=\"num\">1.5</td>"
                        + "<td class=\"num\">1,200.00</td><td class=\"num\">1,800.00</td>",
                "<td class=\"num\">3</td><td class=\"num\">33.333</td><td class=\"num\">100.00</td>", "Amount (EUR)");
        assertThat(text(document, "invoice-total")).isEqualTo("EUR 1,900.00");
        assertThat(document).doesNotContain("Subtotal", ">Discount<", ">Tax<");
    }

    @Test
    void taxIsTotalledPerRateAndTheTaxColumnAppearsOnlyWhenALineIsTaxed() throws Exception {
        Invoice invoice = anInvoice()
                .line(InvoiceLine.of("Design", "1", "1000").withTax("19", "VAT"))
                .line(InvoiceLine.of("Book", "2", "50").withTax("7", "VAT"))
                .line(InvoiceLine.of("Hosting", "1", "100").withTax("19", "VAT"))
                .line("Tip", "1", "10")
                .issued("INV-2027-0001");

        String document = InvoiceRendering.document(invoice, PARTIES, PLAIN, null);

        assertThat(document).contains(">Tax</th>", "<td class=\"num\">19%</td>", "<td class=\"num\">7%</td>",
                "<td>Subtotal</td><td class=\"num\">EUR 1,210.00</td>",
                "<td>VAT 19%</td><td class=\"num\">EUR 209.00</td>",
                "<td>VAT 7%</td><td class=\"num\">EUR 7.00</td>");
        assertThat(text(document, "invoice-total")).isEqualTo("EUR 1,426.00");
        assertThat(document).doesNotContain(">Discount</th>");
    }

    @Test
    void theDiscountColumnAndRowAppearOnlyWhenALineHasADiscount() throws Exception {
        Invoice discounted = anInvoice()
                .line(InvoiceLine.of("Consulting", "10", "80").withDiscount("12.5"))
                .line("Travel", "1", "50")
                .issued("INV-2027-0001");

        String document = InvoiceRendering.document(discounted, PARTIES, PLAIN, null);

        assertThat(document).contains(">Discount</th>", "<td class=\"num\">12.5%</td>",
                "<td>Subtotal</td><td class=\"num\">EUR 850.00</td>", "<td>Discount</td><td class=\"num\">\u2212EUR 100.00</td>");
        assertThat(text(document, "invoice-total")).isEqualTo("EUR 750.00");
    }

    @Test
    void yenHaveNoDecimalsAndBahrainiDinarsThree() throws Exception {
        Invoice yen = anInvoice().in("JPY").line("Prints", "3", "333.5").issued("INV-2027-0001");
        Invoice dinars = anInvoice().in("BHD").line("Prints", "1", "1.2345").issued("INV-2027-0002");

        String yenDocument = InvoiceRendering.document(yen, PARTIES, PLAIN, null);
        String dinarDocument = InvoiceRendering.document(dinars, PARTIES, PLAIN, null);

        assertThat(text(yenDocument, "invoice-total")).isEqualTo("JPY 1,001");
        assertThat(yenDocument).contains("<td class=\"num\">333.5</td><td class=\"num\">1,001</td>");
        assertThat(text(dinarDocument, "invoice-total")).isEqualTo("BHD 1.235");
        assertThat(dinarDocument).contains("<td class=\"num\">1.2345</td><td class=\"num\">1.235</td>");
    }

    @Test
    void aCreditNoteSaysWhichInvoiceItCreditsAndReadsAsACredit() throws Exception {
        Invoice creditNote = aCreditNoteFor(InvoiceId.newId()).line("Cancelled workshop", "1", "300").issued("CN-2027-0001");

        String document = InvoiceRendering.document(creditNote, PARTIES, BRANDED, "INV-2027-0001");

        assertThat(document).contains("Credit note</h1>", "Credits invoice INV-2027-0001", "Credit to", "Total credited",
                "takes EUR 300.00 off what is owed on invoice INV-2027-0001");
        assertThat(text(document, "invoice-number")).isEqualTo("CN-2027-0001");
        assertThat(text(document, "invoice-total")).isEqualTo("EUR 300.00");
        assertThat(count(document, "//*[@id='invoice-due']")).isZero();
        assertThat(document).doesNotContain("Paying by bank transfer");
        assertThatThrownBy(() -> InvoiceRendering.document(creditNote, PARTIES, BRANDED, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theLogoIsEmbeddedAsADataUriOnlyWhenThereIsOne() {
        InvoiceBranding withLogo = new InvoiceBranding("Studio", null, null, null, PNG, "image/png", null, null);
        Invoice invoice = anInvoice().issued("INV-2027-0001");

        assertThat(InvoiceRendering.document(invoice, PARTIES, withLogo, null))
                .contains("<img class=\"logo\" alt=\"Studio\" src=\"data:image/png;base64,"
                        + Base64.getEncoder().encodeToString(PNG) + "\"/>");
        assertThat(InvoiceRendering.document(invoice, PARTIES, PLAIN, null)).doesNotContain("<img");
    }

    @Test
    void aLogoKeptFromBeforeLogosWereReencodedIsGuardedByItsHeader() {
        Invoice invoice = anInvoice().issued("INV-2027-0001");
        InvoiceBranding bomb = new InvoiceBranding("Studio", null, null, null, TestImages.pngBomb(30_000, 30_000),
                "image/png", null, null);
        assertThat(InvoiceRendering.document(invoice, PARTIES, bomb, null)).doesNotContain("<img");

        InvoiceBranding large = new InvoiceBranding("Studio", null, null, null, TestImages.picture(2400, 600, "jpg"),
                "image/jpeg", null, null);
        String uri = InvoiceRendering.logoDataUri(large);
        assertThat(uri).startsWith("data:image/png;base64,");
        byte[] embedded = Base64.getDecoder().decode(uri.substring("data:image/png;base64,".length()));
        assertThat(ImageLimits.dimensions(embedded, "image/png")).contains(new ImageLimits.Dimensions(1200, 300));
    }

    @Test
    void aReceiptShowsWhatWasPaidAndWhatIsStillOwed() throws Exception {
        Invoice invoice = anInvoice().partialPayments(null).issued("INV-2027-0001");
        Payment payment = payment(invoice, "400", "Bank ref 77");
        invoice.receivePayment(payment.amount(), RECORDED);

        String receipt = InvoiceRendering.receipt(invoice, payment, invoice.ledger(), PARTIES, BRANDED,
                ZoneId.of("Asia/Tokyo"));

        assertThat(text(receipt, "receipt-reference"))
                .isEqualTo("R-" + payment.id().value().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT))
                .matches("R-[0-9A-F]{8}");
        assertThat(text(receipt, "receipt-amount")).isEqualTo("EUR 400.00");
        assertThat(text(receipt, "receipt-balance")).isEqualTo("EUR 600.00");
        assertThat(text(receipt, "invoice-number")).isEqualTo("INV-2027-0001");
        assertThat(text(receipt, "invoice-total")).isEqualTo("EUR 1,000.00");
        assertThat(receipt).contains("Receipt</h1>", "Received from", "Charles Babbage", "Studio Lovelace",
                "9 January 2027", "11 January 2027", "Bank transfer", "Bank ref 77");
    }

    @Test
    void aReceiptForTheLastPaymentSaysPaidInFull() throws Exception {
        Invoice invoice = anInvoice().in("JPY").line("Prints", "1", "5000").issued("INV-2027-0001");
        Payment payment = payment(invoice, "5000", null);
        invoice.receivePayment(payment.amount(), RECORDED);

        String receipt = InvoiceRendering.receipt(invoice, payment, invoice.ledger(), PARTIES, PLAIN, ZoneOffset.UTC);

        assertThat(text(receipt, "receipt-balance")).isEqualTo("Paid in full");
        assertThat(text(receipt, "receipt-amount")).isEqualTo("JPY 5,000");
        assertThat(receipt).contains("10 January 2027").doesNotContain("Payment reference");
    }

    @Test
    void onlyPaymentsOnTheirOwnIssuedInvoiceGetAReceipt() {
        Invoice invoice = anInvoice().issued("INV-2027-0001");
        Invoice other = anInvoice().issued("INV-2027-0002");
        Payment paid = Payment.receivedOnline(invoice.id(), PaymentMethod.CARD, Money.of("10", "EUR"),
                LocalDate.of(2027, 1, 9), "pi_1", Actor.provider("Stripe"), RECORDED);
        Payment refund = Payment.refundOf(paid, Money.of("10", "EUR"), LocalDate.of(2027, 1, 9), null, "re_1", null,
                Actor.provider("Stripe"), RECORDED);

        assertThatThrownBy(() -> InvoiceRendering.receipt(invoice, refund, invoice.ledger(), PARTIES, PLAIN, ZoneOffset.UTC))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> InvoiceRendering.receipt(other, payment(invoice, "10", null), other.ledger(), PARTIES,
                PLAIN, ZoneOffset.UTC)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void thePageTitleCannotBreakOutOfTheFooterStyle() throws Exception {
        String page = InvoiceRendering.pdfPage("<article/>", "Invoice \"A\" </style><p>&amp;");

        parse(page);
        assertThat(page).contains("<title>Invoice &quot;A&quot; &lt;/style&gt;&lt;p&gt;&amp;amp;</title>")
                .contains("content: \"Invoice \\22 A\\22  \\3c /style\\3e \\3c p\\3e \\26 amp;")
                .containsOnlyOnce("</style>");
    }
}
