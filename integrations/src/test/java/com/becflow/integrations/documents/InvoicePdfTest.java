package com.becflow.integrations.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.clients.ClientId;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceBranding;
import com.becflow.invoicing.InvoiceContent;
import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.InvoiceKind;
import com.becflow.invoicing.InvoiceLine;
import com.becflow.invoicing.InvoiceLines;
import com.becflow.invoicing.InvoiceParties;
import com.becflow.invoicing.InvoiceRendering;
import com.becflow.invoicing.ReminderLetterRendering;
import com.becflow.invoicing.Payment;
import com.becflow.invoicing.PaymentId;
import com.becflow.invoicing.PaymentKind;
import com.becflow.invoicing.PaymentMethod;
import com.becflow.shared.money.Money;
import com.becflow.shared.tenant.Actor;
import com.becflow.shared.tenant.UserId;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Invoices, credit notes and receipts through the real renderer; the pages land in target/invoice-pdfs to look at. */
class InvoicePdfTest {

    private static final Path PAGES = Path.of("target", "invoice-pdfs");
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Instant CREATED = Instant.parse("2027-01-04T09:00:00Z");
    private static final Instant ISSUED = Instant.parse("2027-01-04T10:00:00Z");
    private static final Instant PAID = Instant.parse("2027-01-12T15:20:00Z");
    private static final InvoiceParties PARTIES = new InvoiceParties("Łucja Zawadzka", "lucja@studio.test", "Zoë Müller",
            "Müller & Söhne GmbH", "zoe@mueller.test", "Königstraße 12, 70173 Stuttgart, Germany", "DE811907980");

    private final OpenHtmlPdfRenderer renderer = new OpenHtmlPdfRenderer();

    private static byte[] logo() throws IOException {
        BufferedImage image = new BufferedImage(240, 80, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x0b, 0x7a, 0x75));
        g.fillRoundRect(0, 0, 80, 80, 24, 24);
        g.fillRect(96, 24, 144, 12);
        g.fillRect(96, 48, 96, 12);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return png.toByteArray();
    }

    private static InvoiceBranding branding(byte[] logo) {
        return new InvoiceBranding("Zawadzka Design Studio", "ul. Długa 5\n00-238 Warszawa\nPoland", "PL5260250274",
                "#0b7a75", logo, logo == null ? null : "image/png",
                "Zawadzka Design Studio · ul. Długa 5, Warszawa · Thank you for your business.",
                "Account holder: Łucja Zawadzka\nIBAN: PL61 1090 1014 0000 0712 1981 2874\nBIC: WBKPPLPP");
    }

    private static Invoice issued(InvoiceKind kind, InvoiceId credited, Currency currency, List<InvoiceLine> lines,
                                  String notes, String number) {
        InvoiceContent content = new InvoiceContent(currency, new InvoiceLines(lines), "PO-2027-118", notes, 30, true, null);
        Invoice invoice = Invoice.draft(InvoiceId.newId(), kind, ClientId.newId(), null, credited, content, CREATED);
        invoice.issue(number, LocalDate.of(2027, 1, 4), "zoe@mueller.test", ISSUED);
        return invoice;
    }

    private static List<InvoiceLine> designLines() {
        return List.of(
                InvoiceLine.of("Brand identity: logo, colour palette and type system, three rounds of revisions", "1", "4800")
                        .withTax("23", "VAT"),
                InvoiceLine.of("Workshop with the marketing team (hours)", "6.5", "120").withDiscount("10").withTax("23", "VAT"),
                InvoiceLine.of("Stock photography licences, see https://photos.example.test/licences/2027/0042-extended-web-and-print",
                        "12", "33.333").withTax("8", "VAT"),
                InvoiceLine.of("Printed proofs", "3", "15.5"));
    }

    private byte[] render(String fragment, String title, String baseName) throws IOException {
        byte[] pdf = renderer.render(InvoiceRendering.pdfPage(fragment, title));
        Files.createDirectories(PAGES);
        Files.write(PAGES.resolve(baseName + ".pdf"), pdf);
        PdfPages.toPng(pdf, PAGES, baseName);
        return pdf;
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static List<PDImageXObject> images(byte[] pdf) throws IOException {
        List<PDImageXObject> images = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                        images.add(image);
                    }
                }
            }
        }
        return images;
    }

    @Test
    void anInvoiceWithItsLogoReadsWithNumberClientAndTotal() throws IOException {
        Invoice invoice = issued(InvoiceKind.INVOICE, null, EUR, designLines(),
                "Thank you for the pleasant collaboration.\nPayment within 30 days, please.", "INV-2027-0042");

        byte[] pdf = render(InvoiceRendering.document(invoice, PARTIES, branding(logo()), null), "Invoice INV-2027-0042",
                "invoice");

        String text = text(pdf);
        assertThat(text).contains("INV-2027-0042", "Zoë Müller", "Müller & Söhne GmbH", "Zawadzka Design Studio",
                "3 February 2027", "VAT 23%", "VAT 8%", "EUR 7,245.96", "Invoice INV-2027-0042 · page 1 of 1");
        assertThat(images(pdf)).singleElement().satisfies(image -> {
            assertThat(image.getWidth()).isEqualTo(240);
            assertThat(image.getHeight()).isEqualTo(80);
        });
    }

    @Test
    void anInvoiceWithoutLogoEmbedsNoImage() throws IOException {
        Invoice invoice = issued(InvoiceKind.DEPOSIT, null, Currency.getInstance("JPY"),
                List.of(InvoiceLine.of("Deposit, 30% of the fee", "1", "360000")), null, "INV-2027-0043");

        byte[] pdf = render(InvoiceRendering.document(invoice, PARTIES, branding(null), null), "Invoice INV-2027-0043",
                "deposit-invoice");

        assertThat(text(pdf)).contains("Deposit invoice", "INV-2027-0043", "JPY 360,000");
        assertThat(images(pdf)).isEmpty();
    }

    @Test
    void aCreditNoteNamesTheInvoiceItCredits() throws IOException {
        Invoice creditNote = issued(InvoiceKind.CREDIT_NOTE, InvoiceId.newId(), EUR,
                List.of(InvoiceLine.of("Workshop cancelled", "2", "120").withTax("23", "VAT"),
                        InvoiceLine.of("Licence key " + "X7Q2".repeat(25) + " returned", "1", "0.01")),
                null, "CN-2027-0007");

        byte[] pdf = render(InvoiceRendering.document(creditNote, PARTIES, branding(logo()), "INV-2027-0042"),
                "Credit note CN-2027-0007", "credit-note");

        assertThat(text(pdf)).contains("Credit note", "CN-2027-0007", "Credits invoice INV-2027-0042", "Total credited",
                "EUR 295.21", "Zoë Müller");
    }

    @Test
    void aLongInvoiceRunsOverPagesWithTheFooterOnEach() throws IOException {
        List<InvoiceLine> lines = IntStream.rangeClosed(1, 45)
                .mapToObj(i -> InvoiceLine.of("Support ticket #" + (1000 + i) + ": fixes to the website", "1.25", "90")
                        .withTax("23", "VAT"))
                .toList();
        Invoice invoice = issued(InvoiceKind.INVOICE, null, EUR, lines, null, "INV-2027-0044");

        byte[] pdf = render(InvoiceRendering.document(invoice, PARTIES, branding(logo()), null), "Invoice INV-2027-0044",
                "long-invoice");

        assertThat(text(pdf)).contains("Support ticket #1001", "Support ticket #1045", "EUR 6,227.10");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= pages; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(document)).contains("Invoice INV-2027-0044 · page " + page + " of " + pages);
            }
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            assertThat(stripper.getText(document)).as("the lines' header repeats on the next page")
                    .containsIgnoringCase("Description").containsIgnoringCase("Amount (EUR)");
        }
    }

    @Test
    void aDraftSaysDraftWhereTheNumberGoes() throws IOException {
        InvoiceContent content = new InvoiceContent(EUR, new InvoiceLines(designLines()), null, null, 14, false, null);
        Invoice draft = Invoice.draft(InvoiceId.newId(), InvoiceKind.INVOICE, ClientId.newId(), null, null, content, CREATED);

        byte[] pdf = render(InvoiceRendering.document(draft, PARTIES, branding(null), null), "Draft invoice", "draft");

        assertThat(text(pdf)).contains("Draft", "14 days after the issue date", "Zoë Müller", "EUR 7,245.96")
                .doesNotContain("Issue date");
    }

    @Test
    void aReceiptReadsWithAmountInvoiceAndWhatIsStillOwed() throws IOException {
        Invoice invoice = issued(InvoiceKind.INVOICE, null, EUR, designLines(), null, "INV-2027-0042");
        Payment payment = Payment.receivedByHand(invoice.id(), PaymentMethod.BANK_TRANSFER, Money.of("2500.00", EUR),
                LocalDate.of(2027, 1, 12), "SEPA 2027-01-12 MÜLLER", Actor.freelancer(new UserId("lucja")), PAID);
        invoice.receivePayment(payment.amount(), PAID);

        byte[] pdf = render(InvoiceRendering.receipt(invoice, payment, invoice.ledger(), PARTIES, branding(logo()),
                ZoneId.of("Europe/Warsaw")), "Receipt for INV-2027-0042", "receipt");

        assertThat(text(pdf)).contains("Receipt", "INV-2027-0042", "Zoë Müller", "EUR 2,500.00", "EUR 4,745.96",
                "12 January 2027", "Bank transfer");
        assertThat(images(pdf)).hasSize(1);
        assertThat(invoice.balance().amount()).isEqualByComparingTo(new BigDecimal("4745.96"));
    }

    @Test
    void theFinalNoticeReadsAsALetterWithTheClaimTheDayToPayByAndWhatFollows() throws IOException {
        Invoice invoice = issued(InvoiceKind.INVOICE, null, EUR, designLines(), null, "INV-2027-0007");
        invoice.chargeLateFee(Money.of("40.00", EUR), PAID);
        invoice.receivePayment(Money.of("1000.00", EUR), PAID);
        Money disputed = Money.of("150.00", EUR);

        byte[] pdf = render(ReminderLetterRendering.letter(invoice, PARTIES, branding(logo()),
                new ReminderLetterRendering.Letter(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 11),
                        invoice.balance().minus(disputed), disputed, "https://becflow.test/portal/invoice/abc", true)),
                "Final notice, invoice INV-2027-0007", "final-notice");

        // Labels are set in capitals, and long lines wrap: read the text as one line.
        assertThat(text(pdf).replaceAll("\\s+", " ")).contains("Final notice", "Dear Zoë Müller, Our invoice INV-2027-0007",
                "LATE FEES UNDER THE SIGNED CONTRACT EUR 40.00", "PAID OR CREDITED SINCE EUR 1,000.00",
                "DISPUTED BY YOU, NOT CLAIMED UNTIL SETTLED EUR 150.00", "AMOUNT CLAIMED EUR 6,135.96",
                "We ask you to pay EUR 6,135.96 by",
                "payment by 11 March 2027, we will hand the claim to a collection agency",
                "IBAN: PL61", "Yours sincerely, Zawadzka Design Studio");
        assertThat(images(pdf)).as("the letterhead's logo").hasSize(1);
    }
}
