package com.becflow.cockpit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.becflow.invoicing.PaymentKind;
import com.becflow.invoicing.PaymentMethod;
import com.becflow.shared.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableTest {

    @Test
    void amountsAndDatesAreWrittenExactlyAndTextIsQuotedWhereItMustBe() {
        String csv = new CsvTable(List.of("a", "b", "c", "d")).row(new BigDecimal("1071.00"), LocalDate.of(2027, 1, 31),
                "Ruiz, Ana \"Design\"", null).toString();

        assertThat(csv).isEqualTo("a,b,c,d\r\n1071.00,2027-01-31,\"Ruiz, Ana \"\"Design\"\"\",\r\n");
    }

    @Test
    void textThatASpreadsheetWouldRunIsNeverAFormulaButNegativeAmountsStayNumbers() {
        String csv = new CsvTable(List.of("name", "amount")).row("=HYPERLINK(\"x\")", new BigDecimal("-50.00"))
                .row("@sum", new BigDecimal("0")).toString();

        assertThat(csv.split("\r\n")).containsExactly("name,amount", "\"'=HYPERLINK(\"\"x\"\")\",-50.00", "'@sum,0");
    }

    @Test
    void aTableIsWrittenRowByRowWithAnEmptyFieldForANullCell() {
        ExportTable table = new ExportTable("Payments", List.of(ExportTable.day("received_on"),
                ExportTable.text("client"), ExportTable.amount("amount"), ExportTable.moment("recorded_at"),
                ExportTable.flag("archived"))).row(LocalDate.of(2027, 1, 31), "=cmd", new BigDecimal("-20.00"),
                Instant.parse("2027-01-31T10:00:00Z"), true).row(null, null, null, null, null);

        assertThat(CsvTable.of(table)).isEqualTo("received_on,client,amount,recorded_at,archived\r\n"
                + "2027-01-31,'=cmd,-20.00,2027-01-31T10:00:00Z,true\r\n,,,,\r\n");
    }

    @Test
    void aCellOfTheWrongTypeOrCountIsRefusedWhenItIsAdded() {
        ExportTable table = new ExportTable("Invoices", List.of(ExportTable.amount("total")));

        assertThatThrownBy(() -> table.row(1071.0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("total");
        assertThatThrownBy(() -> table.row(BigDecimal.ONE, "x")).isInstanceOf(IllegalArgumentException.class);
        assertThat(table.rows()).isEmpty();
    }

    @Test
    void aLedgerLinesCashEffectIsWhatMovedTheFreelancersMoney() {
        Money fifty = Money.of("50.00", "EUR");
        Instant now = Instant.parse("2027-01-31T10:00:00Z");
        LocalDate day = LocalDate.of(2027, 1, 31);

        assertThat(new LedgerLine(day, "INV-1", "Ana", PaymentKind.PAYMENT, PaymentMethod.CARD, fifty, null, now)
                .cashEffect().isSameAs(fifty)).isTrue();
        assertThat(new LedgerLine(day, "INV-1", "Ana", PaymentKind.REFUND, PaymentMethod.CARD, fifty, null, now)
                .cashEffect().isSameAs(Money.of("-50.00", "EUR"))).isTrue();
        assertThat(new LedgerLine(day, "INV-1", "Ana", PaymentKind.PAYMENT, PaymentMethod.CLIENT_CREDIT, fifty, null,
                now).cashEffect().isPositive()).isFalse();
        assertThat(new LedgerLine(day, "INV-1", "Ana", PaymentKind.MOVED_TO_CREDIT, PaymentMethod.CARD, fifty, null,
                now).cashEffect().isPositive()).isFalse();
    }
}
