package com.becflow.assistant.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.becflow.invoicing.InvoiceLine;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvoiceLineReaderTest {

    @Test
    void hoursAtARateAndAFixedItemBecomeTwoLines() {
        InvoiceLineReader.Lines read = InvoiceLineReader.read(
                "12 hours of design at 90 an hour and the print files for 250", "EUR");
        List<InvoiceLine> lines = read.lines();
        assertEquals(2, lines.size());
        assertEquals("Design", lines.get(0).description());
        assertEquals(0, new BigDecimal("12").compareTo(lines.get(0).quantity()));
        assertEquals(0, new BigDecimal("90").compareTo(lines.get(0).unitPrice()));
        assertEquals("Print files", lines.get(1).description());
        assertEquals(0, BigDecimal.ONE.compareTo(lines.get(1).quantity()));
        assertEquals(0, new BigDecimal("250").compareTo(lines.get(1).unitPrice()));
        assertEquals("EUR", read.currency());
    }

    @Test
    void aCurrencyInTheBriefWinsAndCountsAreQuantities() {
        InvoiceLineReader.Lines read = InvoiceLineReader.read("3 Blogartikel zu 300 CHF, 2 Stunden Beratung zu 120 CHF",
                "EUR");
        assertEquals("CHF", read.currency());
        assertEquals(2, read.lines().size());
        assertEquals("Blogartikel", read.lines().get(0).description());
        assertEquals(0, new BigDecimal("3").compareTo(read.lines().get(0).quantity()));
        assertEquals("Beratung", read.lines().get(1).description());
        assertEquals(0, new BigDecimal("120").compareTo(read.lines().get(1).unitPrice()));
    }
}
