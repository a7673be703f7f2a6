package com.becflow.invoicing;

import static com.becflow.invoicing.InvoiceBuilder.anInvoice;
import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.shared.money.Money;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;

class ReminderLetterRenderingTest {

    private static final InvoiceParties PARTIES = new InvoiceParties("Ada Lovelace", "ada@studio.test", "Charles <Babbage>",
            "Difference Engines Ltd", "charles@engines.test", "1 Dorset Street, London", null);
    private static final InvoiceBranding BRANDED = new InvoiceBranding("Studio Lovelace", "12 Analytical Row\nLondon",
            null, "#aa3300", null, null, "Registered in England", "IBAN GB00 0000 0000\nBIC ABCDGB2L");
    private static final Instant NOW = Instant.parse("2027-03-01T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);

    @Test
    void theLetterClaimsWhatIsOwedLessWhatIsDisputedByADayAndSaysHowToPay() throws Exception {
        Invoice invoice = anInvoice().line("Logo design", "1", "1000.00").issued("INV-2027-0002");
        invoice.chargeLateFee(Money.of("40.00", invoice.currency()), NOW);
        invoice.receivePayment(Money.of("300.00", invoice.currency()), NOW);

        String letter = ReminderLetterRendering.letter(invoice, PARTIES, BRANDED, new ReminderLetterRendering.Letter(
                TODAY, TODAY.plusDays(10), Money.of("540.00", "EUR"), Money.of("200.00", "EUR"),
                "https://becflow.test/portal/invoice/abc", false));

        assertThat(text(letter, "letter-claimed")).isEqualTo("EUR 540.00");
        assertThat(text(letter, "letter-pay-by")).isEqualTo("11 March 2027");
        assertThat(letter).contains("Payment reminder", "Dear Charles &lt;Babbage&gt;", "Invoice total", "EUR 1,000.00",
                "Late fees under the signed contract", "EUR 40.00", "Paid or credited since", "EUR 300.00",
                "Disputed by you, not claimed until settled", "EUR 200.00", "https://becflow.test/portal/invoice/abc",
                "IBAN GB00 0000 0000", "Studio Lovelace").doesNotContain("collection agency");
    }

    @Test
    void onlyTheFinalNoticeSaysTheClaimGoesToCollection() throws Exception {
        Invoice invoice = anInvoice().line("Logo design", "1", "1000.00").issued("INV-2027-0003");

        String last = ReminderLetterRendering.letter(invoice, PARTIES, BRANDED, new ReminderLetterRendering.Letter(
                TODAY, TODAY.plusDays(10), invoice.balance(), null, null, true));

        assertThat(last).contains("Final notice").doesNotContain("Paid or credited", "Disputed", "Pay online");
        assertThat(text(last, "letter-collection-notice")).startsWith("If we have not received payment by 11 March 2027,"
                + " we will hand the claim to a collection agency or take it to court");
        assertThat(text(InvoiceRendering.pdfPage(last, "Final notice"), "letter-claimed")).isEqualTo("EUR 1,000.00");
    }

    private static String text(String xml, String id) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return XPathFactory.newInstance().newXPath().evaluate("//*[@id='" + id + "']", factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))).strip();
    }
}
