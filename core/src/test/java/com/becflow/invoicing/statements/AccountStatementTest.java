package com.becflow.invoicing.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.becflow.invoicing.InvoiceId;
import com.becflow.shared.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountStatementTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency USD = Currency.getInstance("USD");
    private static final StatementPeriod FIRST_HALF = new StatementPeriod(LocalDate.of(2027, 1, 1),
            LocalDate.of(2027, 6, 30));

    private final InvoiceRef inv1 = invoice("INV-2026-0001", "2026-11-10", "2026-12-10");
    private final InvoiceRef inv2 = invoice("INV-2027-0001", "2027-02-01", "2027-03-03");
    private final InvoiceRef inv3 = invoice("INV-2027-0002", "2027-04-01", "2027-05-01");
    private final InvoiceRef us1 = invoice("INV-2026-0002", "2026-12-20", "2027-01-19");
    private final List<AccountMovement> movements = new ArrayList<>();

    /** Two currencies, a partial payment, a credit note, a refund with its credit note, a late fee. */
    private List<AccountMovement> history() {
        issued(inv1, "1000.00", EUR);
        moved(inv1, Movement.PAYMENT, "2026-12-01", "400.00", EUR);
        issued(us1, "2000.00", USD);
        issued(inv2, "500.00", EUR);
        movements.add(new AccountMovement(LocalDate.parse("2027-02-10"), at("2027-02-10"), Movement.CREDIT_NOTE,
                Money.of("100.00", EUR), inv2, "CN-2027-0001", null));
        moved(inv2, Movement.PAYMENT, "2027-03-01", "150.00", EUR);
        moved(us1, Movement.LATE_FEE, "2027-02-20", "40.00", USD);
        moved(us1, Movement.PAYMENT, "2027-03-10", "1000.00", USD);
        issued(inv3, "300.00", EUR);
        moved(inv3, Movement.PAYMENT, "2027-04-05", "300.00", EUR);
        moved(inv3, Movement.REFUND, "2027-04-20", "120.00", EUR);
        movements.add(new AccountMovement(LocalDate.parse("2027-04-20"), at("2027-04-20").plusSeconds(100),
                Movement.CREDIT_NOTE, Money.of("120.00", EUR), inv3, "CN-2027-0002", null));
        moved(inv1, Movement.PAYMENT, "2027-05-15", "100.00", EUR);
        moved(inv1, Movement.PAYMENT, "2027-07-02", "200.00", EUR);
        return movements;
    }

    @Test
    void eachCurrencyOpensWithWhatWasOwedBeforeTheStartAndRunsThroughTheMovementsInOrder() {
        AccountStatement statement = AccountStatement.of(FIRST_HALF, history());

        assertThat(statement.accounts()).extracting(a -> a.currency().getCurrencyCode()).containsExactly("EUR", "USD");
        AccountStatement.CurrencyAccount eur = statement.account(EUR).orElseThrow();
        assertThat(eur.opening()).isEqualTo(Money.of("600.00", EUR));
        assertThat(eur.lines()).extracting(l -> l.movement().on() + " " + l.movement().description() + " "
                        + l.change().amount().toPlainString() + " " + l.balance().amount().toPlainString())
                .containsExactly(
                        "2027-02-01 Invoice INV-2027-0001 500.00 1100.00",
                        "2027-02-10 Credit note CN-2027-0001 on INV-2027-0001 -100.00 1000.00",
                        "2027-03-01 Payment on INV-2027-0001 -150.00 850.00",
                        "2027-04-01 Invoice INV-2027-0002 300.00 1150.00",
                        "2027-04-05 Payment on INV-2027-0002 -300.00 850.00",
                        "2027-04-20 Refund on INV-2027-0002 120.00 970.00",
                        "2027-04-20 Credit note CN-2027-0002 on INV-2027-0002 -120.00 850.00",
                        "2027-05-15 Payment on INV-2026-0001 -100.00 750.00");
        assertThat(eur.closing()).as("the payment after the period is left out").isEqualTo(Money.of("750.00", EUR));

        AccountStatement.CurrencyAccount usd = statement.account(USD).orElseThrow();
        assertThat(usd.opening()).isEqualTo(Money.of("2000.00", USD));
        assertThat(usd.lines()).extracting(l -> l.balance().amount().toPlainString())
                .containsExactly("2040.00", "1040.00");
        assertThat(usd.closing()).isEqualTo(Money.of("1040.00", USD));
    }

    @Test
    void theClosingBalanceIsWhatTheOpenItemsOweOnTheLastDayEachAgedOnIt() {
        AccountStatement statement = AccountStatement.of(FIRST_HALF, history());

        assertThat(statement.openItems()).extracting(i -> i.invoice().number() + " " + i.due() + " " + i.daysOverdue())
                .as("by due date; the refunded and credited invoice owes nothing")
                .containsExactly("INV-2026-0001 500.00 EUR 202", "INV-2026-0002 1040.00 USD 162",
                        "INV-2027-0001 250.00 EUR 119");
        for (AccountStatement.CurrencyAccount account : statement.accounts()) {
            Money open = statement.openItems().stream().map(AccountStatement.OpenItem::due)
                    .filter(m -> m.currency().equals(account.currency())).reduce(Money.zero(account.currency()), Money::plus);
            assertThat(account.closing().isSameAs(open)).as(account.currency() + " closing equals its open balances")
                    .isTrue();
            Money changes = account.lines().stream().map(AccountStatement.Line::change)
                    .reduce(account.opening(), Money::plus);
            assertThat(changes.isSameAs(account.closing())).isTrue();
        }
    }

    @Test
    void anEarlierPeriodReadsAsItDidOnItsLastDayAndLeavesOutACurrencySettledBeforeIt() {
        AccountStatement march = AccountStatement.of(new StatementPeriod(LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 3, 31)), history());

        assertThat(march.account(EUR).orElseThrow().opening()).isEqualTo(Money.of("1000.00", EUR));
        assertThat(march.account(EUR).orElseThrow().closing()).isEqualTo(Money.of("850.00", EUR));
        assertThat(march.openItems()).extracting(i -> i.invoice().number() + " " + i.daysOverdue())
                .containsExactly("INV-2026-0001 111", "INV-2026-0002 71", "INV-2027-0001 28");

        movements.clear();
        issued(invoice("INV-2025-0009", "2025-05-01", "2025-05-31"), "80.00", USD);
        moved(movements.get(0).invoice(), Movement.PAYMENT, "2025-05-20", "80.00", USD);
        issued(inv2, "500.00", EUR);
        assertThat(AccountStatement.of(FIRST_HALF, movements).accounts()).extracting(a -> a.currency().getCurrencyCode())
                .as("nothing owed in USD at the start and nothing moved since").containsExactly("EUR");
    }

    @Test
    void aWriteOffAndMoneyPaidBeyondAnInvoiceCountAsTheLedgerCountsThem() {
        InvoiceRef written = invoice("INV-2027-0005", "2027-01-10", "2027-02-09");
        issued(written, "700.00", EUR);
        moved(written, Movement.LATE_FEE, "2027-02-20", "35.00", EUR);
        moved(written, Movement.LATE_FEE_WAIVER, "2027-02-21", "35.00", EUR);
        moved(written, Movement.PAYMENT, "2027-03-01", "200.00", EUR);
        moved(written, Movement.WRITE_OFF, "2027-04-01", "500.00", EUR);
        InvoiceRef overpaid = invoice("INV-2027-0006", "2027-01-12", "2027-02-11");
        issued(overpaid, "100.00", EUR);
        moved(overpaid, Movement.EARLY_PAYMENT_DISCOUNT, "2027-01-13", "2.00", EUR);
        moved(overpaid, Movement.PAYMENT, "2027-01-13", "110.00", EUR);

        AccountStatement statement = AccountStatement.of(FIRST_HALF, movements);

        assertThat(statement.account(EUR).orElseThrow().closing()).as("12.00 paid beyond the second invoice")
                .isEqualTo(Money.of("-12.00", EUR));
        assertThat(statement.openItems()).isEmpty();
        assertThat(statement.account(EUR).orElseThrow().lines()).extracting(l -> l.movement().description())
                .contains("INV-2027-0005 written off", "Late fee waived on INV-2027-0005",
                        "Early-payment discount on INV-2027-0006");
    }

    @Test
    void aPeriodLeftOutIsTheTwelveMonthsEndingTodayAndABadOneNamesItsParameter() {
        LocalDate today = LocalDate.of(2027, 3, 15);
        assertThat(StatementPeriod.parse(null, "", today)).isEqualTo(new StatementPeriod(LocalDate.of(2026, 3, 16), today));
        assertThat(StatementPeriod.parse(null, "2026-12-31", today))
                .isEqualTo(new StatementPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
        assertThat(StatementPeriod.parse("2022-03-15", "2027-03-15", today).from()).isEqualTo(LocalDate.of(2022, 3, 15));

        assertThatThrownBy(() -> StatementPeriod.parse("2027-03-16", null, today))
                .isInstanceOfSatisfying(InvalidStatementPeriod.class, e -> {
                    assertThat(e.code().status()).isEqualTo(400);
                    assertThat(e.code().key()).isEqualTo("statement.period.invalid");
                    assertThat(e.fieldErrors()).containsOnlyKeys("to");
                });
        assertThatThrownBy(() -> StatementPeriod.parse("2022-03-14", "2027-03-15", today))
                .isInstanceOfSatisfying(InvalidStatementPeriod.class,
                        e -> assertThat(e.fieldErrors().get("to")).startsWith("At most 5 years"));
        assertThatThrownBy(() -> StatementPeriod.parse("15.03.2027", "tomorrow", today))
                .isInstanceOfSatisfying(InvalidStatementPeriod.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("from", "to"));
    }

    private static InvoiceRef invoice(String number, String issued, String due) {
        return new InvoiceRef(InvoiceId.newId(), number, LocalDate.parse(issued), LocalDate.parse(due));
    }

    private void issued(InvoiceRef invoice, String total, Currency currency) {
        movements.add(new AccountMovement(invoice.issueDate(), at(invoice.issueDate().toString()), Movement.INVOICE,
                Money.of(total, currency), invoice, null, null));
    }

    private void moved(InvoiceRef invoice, Movement kind, String on, String amount, Currency currency) {
        movements.add(new AccountMovement(LocalDate.parse(on), at(on).plusSeconds(movements.size()), kind,
                Money.of(amount, currency), invoice, null, null));
    }

    private static Instant at(String day) {
        return LocalDate.parse(day).atTime(10, 0).toInstant(ZoneOffset.UTC);
    }
}
