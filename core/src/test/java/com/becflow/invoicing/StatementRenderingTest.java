package com.becflow.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.invoicing.statements.AccountMovement;
import com.becflow.invoicing.statements.AccountStatement;
import com.becflow.invoicing.statements.InvoiceRef;
import com.becflow.invoicing.statements.Movement;
import com.becflow.invoicing.statements.StatementPeriod;
import com.becflow.shared.money.Money;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;

class StatementRenderingTest {

    private static final InvoiceParties PARTIES = new InvoiceParties("Ada Lovelace", "ada@studio.test", "Charles <Babbage>",
            "Difference Engines Ltd", "charles@engines.test", "1 Dorset Street, London", null);
    private static final InvoiceBranding BRANDED = new InvoiceBranding("Studio Lovelace", "12 Analytical Row\nLondon",
            null, "#aa3300", null, null, "Registered in England", "IBAN GB00 0000 0000");

    @Test
    void theStatementRunsFromTheOpeningToTheClosingBalanceInTheBrandAndListsWhatIsOpen() throws Exception {
        InvoiceRef old = new InvoiceRef(InvoiceId.newId(), "INV-2026-0007", LocalDate.of(2026, 11, 2),
                LocalDate.of(2026, 12, 2));
        InvoiceRef paid = new InvoiceRef(InvoiceId.newId(), "INV-2027-0001", LocalDate.of(2027, 1, 5),
                LocalDate.of(2027, 2, 4));
        List<AccountMovement> movements = List.of(
                movement(old, Movement.INVOICE, "2026-11-02", "1200.00", null),
                movement(paid, Movement.INVOICE, "2027-01-05", "300.00", null),
                movement(paid, Movement.PAYMENT, "2027-01-20", "350.00", "Bank transfer"));
        AccountStatement statement = AccountStatement.of(new StatementPeriod(LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 3, 31)), movements);

        String html = StatementRendering.statement(statement, PARTIES, BRANDED, LocalDate.of(2027, 4, 2));

        assertThat(text(html, "statement-period")).isEqualTo("1 January 2027 to 31 March 2027");
        assertThat(text(html, "statement-opening-EUR")).isEqualTo("1,200.00");
        assertThat(text(html, "statement-closing-EUR")).isEqualTo("EUR 1,150.00");
        assertThat(html).contains("Statement of account", "Studio Lovelace", "Charles &lt;Babbage&gt;", "#aa3300",
                "Invoice INV-2027-0001", "Payment on INV-2027-0001 (Bank transfer)", "\u2212350.00", "IBAN GB00 0000 0000",
                "Registered in England");
        assertThat(text(html, "statement-open-items")).contains("INV-2026-0007", "2 December 2026", "119",
                "EUR 1,200.00").doesNotContain("INV-2027-0001");
        assertThat(text(InvoiceRendering.pdfPage(html, "Statement of account"), "statement-closing-EUR"))
                .isEqualTo("EUR 1,150.00");
    }

    @Test
    void aQuietPeriodSaysSoAndMoneyPaidBeyondWhatIsOwedIsInTheClientsFavour() throws Exception {
        InvoiceRef over = new InvoiceRef(InvoiceId.newId(), "INV-2027-0002", LocalDate.of(2027, 1, 5), null);
        String overpaid = StatementRendering.statement(AccountStatement.of(new StatementPeriod(LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 1, 31)), List.of(movement(over, Movement.INVOICE, "2027-01-05", "100.00", null),
                movement(over, Movement.PAYMENT, "2027-01-06", "110.00", null))), PARTIES, BRANDED, LocalDate.of(2027, 2, 1));
        assertThat(text(overpaid, "statement-closing-EUR")).isEqualTo("EUR 10.00 in your favour");
        assertThat(text(overpaid, "statement-open-items")).contains("No invoice was open");

        String quiet = StatementRendering.statement(AccountStatement.of(new StatementPeriod(LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 1, 31)), List.of()), PARTIES, BRANDED, LocalDate.of(2027, 2, 1));
        assertThat(quiet).contains("Nothing was owed, invoiced or paid from 1 January 2027 to 31 January 2027");
    }

    private static AccountMovement movement(InvoiceRef invoice, Movement kind, String on, String amount, String note) {
        return new AccountMovement(LocalDate.parse(on), Instant.parse(on + "T10:00:00Z"), kind, Money.of(amount, "EUR"),
                invoice, null, note);
    }

    private static String text(String xml, String id) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return XPathFactory.newInstance().newXPath().evaluate("//*[@id='" + id + "']", factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))).strip().replaceAll("\\s+", " ");
    }
}
