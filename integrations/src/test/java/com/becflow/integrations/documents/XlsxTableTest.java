package com.becflow.integrations.documents;

import static com.becflow.cockpit.ExportTable.amount;
import static com.becflow.cockpit.ExportTable.day;
import static com.becflow.cockpit.ExportTable.flag;
import static com.becflow.cockpit.ExportTable.moment;
import static com.becflow.cockpit.ExportTable.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.cockpit.ExportTable;
import com.becflow.integrations.documents.XlsxSheet.Cell;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class XlsxTableTest {

    private static final String FORMULA = "=HYPERLINK(\"http://evil.test\",\"Click\")";

    private final ExportTable table = new ExportTable("Invoices", List.of(text("client"), day("issue_date"),
            amount("total"), moment("recorded_at"), flag("archived"), text("reference")))
            .row("Ruiz <&> \"Design\"", LocalDate.of(2027, 1, 31), new BigDecimal("1071.00"),
                    Instant.parse("2027-01-31T10:15:30Z"), false, FORMULA)
            .row("Ana", null, new BigDecimal("-1234567.50"), null, true, null);

    @Test
    void amountsAreNumbersAndDaysAreDatesInTheirFormats() {
        List<Map<String, Cell>> rows = XlsxSheet.read(XlsxTable.of(table)).records();

        Cell total = rows.get(0).get("total");
        assertThat(total.number()).isEqualTo(new BigDecimal("1071.00"));
        assertThat(total.format()).isEqualTo("#,##0.00");
        assertThat(rows.get(1).get("total").number()).isEqualByComparingTo("-1234567.50");
        Cell issued = rows.get(0).get("issue_date");
        assertThat(issued.day()).isEqualTo(LocalDate.of(2027, 1, 31));
        assertThat(issued.format()).isEqualTo("yyyy-mm-dd");
        Cell recorded = rows.get(0).get("recorded_at");
        assertThat(recorded.type()).isEqualTo("n");
        assertThat(recorded.format()).isEqualTo("yyyy-mm-dd hh:mm:ss");
        assertThat(recorded.moment()).as("in UTC").isEqualTo(LocalDateTime.of(2027, 1, 31, 10, 15, 30));
        assertThat(rows.get(0).get("archived").type()).isEqualTo("b");
        assertThat(rows.get(1).get("archived").value()).isEqualTo("1");
        assertThat(rows.get(1).get("issue_date")).as("null is an empty cell").isNull();
    }

    @Test
    void textIsAlwaysAStringNeverAFormulaAndItsMarkupIsEscaped() {
        XlsxSheet sheet = XlsxSheet.read(XlsxTable.of(table));

        Map<String, Cell> first = sheet.records().get(0);
        assertThat(first.get("reference").text()).isEqualTo(FORMULA);
        assertThat(first.get("client").text()).isEqualTo("Ruiz <&> \"Design\"");
        assertThat(sheet.rows()).flatMap(row -> row).filteredOn(cell -> cell != null).noneMatch(Cell::formula);
        assertThat(sheet.part("xl/worksheets/sheet1.xml")).doesNotContain("<f>").doesNotContain("<f ");
        assertThat(sheet.part("xl/sharedStrings.xml")).contains("Ruiz &lt;&amp;&gt;").doesNotContain("<&>");
    }

    @Test
    void theHeaderIsBoldFrozenAndTheSheetIsNamedAfterTheTable() {
        XlsxSheet sheet = XlsxSheet.read(XlsxTable.of(table));

        assertThat(sheet.name()).isEqualTo("Invoices");
        assertThat(sheet.frozenRows()).isEqualTo(1);
        assertThat(sheet.rows().get(0)).extracting(Cell::text).containsExactly("client", "issue_date", "total",
                "recorded_at", "archived", "reference");
        assertThat(sheet.rows().get(0)).allMatch(Cell::bold);
        assertThat(sheet.rows().get(1)).filteredOn(cell -> cell != null).noneMatch(Cell::bold);
        assertThat(sheet.part("xl/worksheets/sheet1.xml")).contains("<autoFilter ref=\"A1:F1\"");
    }

    @Test
    void columnsAreAsWideAsTheirWidestCellWithinBounds() {
        String sheet = XlsxSheet.read(XlsxTable.of(new ExportTable("Clients", List.of(text("name"), text("note")))
                .row("x".repeat(30), "y".repeat(500)))).part("xl/worksheets/sheet1.xml");

        assertThat(sheet).containsPattern("<col min=\"1\" max=\"1\" width=\"32(\\.0+)?\"")
                .containsPattern("<col min=\"2\" max=\"2\" width=\"60(\\.0+)?\"");
    }
}
