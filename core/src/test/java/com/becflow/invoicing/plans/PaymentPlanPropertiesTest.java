package com.becflow.invoicing.plans;

import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.clients.ClientId;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceContent;
import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.InvoiceKind;
import com.becflow.invoicing.InvoiceLine;
import com.becflow.invoicing.InvoiceLines;
import com.becflow.shared.money.Money;
import com.becflow.shared.tenant.Actor;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * For any total in a currency of 0, 2 or 3 decimals (JPY, EUR, BHD) and any plan the builder proposes inside the limits,
 * the installments sum to the total exactly, none is below the minimum or after the latest date, and the rules find
 * nothing wrong; and however the ledger is paid, allocation settles exactly what the ledger shows, in order.
 */
class PaymentPlanPropertiesTest {

    static final LocalDate TODAY = LocalDate.of(2027, 5, 14);
    static final Instant NOW = Instant.parse("2027-05-14T08:00:00Z");

    /** A plan inside its limits, as the builder proposed it. */
    record Case(Money total, PlanLimits limits, LocalDate issueDate, PlanTerms terms) {
    }

    @Provide
    Arbitrary<Currency> currencies() {
        return Arbitraries.of("JPY", "EUR", "BHD").map(Currency::getInstance);
    }

    @Provide
    Arbitrary<PlanFrequency> frequencies() {
        return Arbitraries.of(PlanFrequency.WEEKLY, PlanFrequency.BIWEEKLY, PlanFrequency.MONTHLY);
    }

    static Money minorUnits(long units, Currency currency) {
        return new Money(BigDecimal.valueOf(units).movePointLeft(Money.minorDigits(currency)), currency);
    }

    /**
     * Limits drawn first, then a plan that fits them: the count within the maximum, the minimum installment and the latest
     * date; a deposit between its minimum and what leaves every other installment its minimum.
     */
    static Case aPlanInsideTheLimits(Currency currency, long totalUnits, int minimumPerMille, int maxInstallments,
                                     int depositPercent, int depositPick, int countPick, PlanFrequency frequency,
                                     int firstInDays, int issuedDaysAgo, int finalWithinDays, boolean autopay) {
        Money total = minorUnits(totalUnits, currency);
        long minimumUnits = totalUnits * minimumPerMille / 1000;
        long positiveMinimum = Math.max(minimumUnits, 1);
        LocalDate issueDate = TODAY.minusDays(issuedDaysAgo);
        LocalDate first = TODAY.plusDays(firstInDays);
        LocalDate latest = issueDate.plusDays(finalWithinDays);
        int byDate = 0;
        while (byDate < PlanLimits.MOST_INSTALLMENTS && !frequency.dueDate(first, byDate).isAfter(latest)) {
            byDate++;
        }
        long byMinimum = totalUnits / positiveMinimum;
        int most = (int) Math.min(Math.min(maxInstallments, byDate), byMinimum);
        Assume.that(most >= 2);
        int count = 2 + countPick % (most - 1);
        PlanLimits limits = new PlanLimits(true, depositPercent == 0 ? null : MinimumDeposit.percent(String.valueOf(depositPercent)),
                maxInstallments, minimumOrNull(minimumUnits, currency), finalWithinDays, null,
                EnumSet.allOf(PlanFrequency.class), autopay ? AutopayRule.REQUIRED : AutopayRule.OPTIONAL);
        long leastDeposit = Math.max(limits.minimumDepositOn(total).amount().movePointRight(Money.minorDigits(currency))
                .longValueExact(), positiveMinimum);
        long mostDeposit = totalUnits - (count - 1) * positiveMinimum;
        Assume.that(depositPercent == 0 || leastDeposit <= mostDeposit);
        long depositUnits = depositPercent == 0 && depositPick % 2 == 0 ? 0
                : leastDeposit + depositPick % (mostDeposit - leastDeposit + 1);
        Assume.that(depositUnits <= mostDeposit);
        PlanTerms terms = PlanBuilder.propose(total, minorUnits(depositUnits, currency), count, frequency, first, autopay);
        return new Case(total, limits, issueDate, terms);
    }

    private static Money minimumOrNull(long units, Currency currency) {
        return units == 0 ? null : minorUnits(units, currency);
    }

    @Property(tries = 500)
    void aPlanInsideTheLimitsSumsToTheTotalExactlyAndBreaksNoLimit(
            @ForAll("currencies") Currency currency, @ForAll @LongRange(min = 100, max = 1_000_000_000L) long totalUnits,
            @ForAll @IntRange(max = 400) int minimumPerMille, @ForAll @IntRange(min = 2, max = 120) int maxInstallments,
            @ForAll @IntRange(max = 60) int depositPercent, @ForAll @IntRange(max = 100_000) int depositPick,
            @ForAll @IntRange(max = 1000) int countPick, @ForAll("frequencies") PlanFrequency frequency,
            @ForAll @IntRange(max = 30) int firstInDays, @ForAll @IntRange(max = 60) int issuedDaysAgo,
            @ForAll @IntRange(min = 130, max = 3660) int finalWithinDays, @ForAll boolean autopay) {
        Case plan = aPlanInsideTheLimits(currency, totalUnits, minimumPerMille, maxInstallments, depositPercent, depositPick,
                countPick, frequency, firstInDays, issuedDaysAgo, finalWithinDays, autopay);

        assertThat(plan.terms().sum().amount()).isEqualByComparingTo(plan.total().amount());
        LocalDate latest = plan.limits().latestFinalDate(plan.issueDate());
        for (ScheduledInstallment installment : plan.terms().installments()) {
            assertThat(installment.amount().finerThanMinorUnit()).isEmpty();
            assertThat(installment.amount().isPositive()).isTrue();
            plan.limits().minimumInstallmentIn(currency)
                    .ifPresent(minimum -> assertThat(minimum.isMoreThan(installment.amount())).isFalse());
            assertThat(installment.dueDate()).isAfterOrEqualTo(TODAY).isBeforeOrEqualTo(latest);
        }
        assertThat(plan.terms().count()).isLessThanOrEqualTo(plan.limits().maxInstallments());
        assertThat(PlanRules.check(plan.terms(), new PlanRules.Setting(plan.total(), plan.issueDate(), TODAY,
                plan.limits(), true))).isEmpty();
    }

    @Provide
    Arbitrary<List<Integer>> paymentShares() {
        return Arbitraries.integers().between(1, 1000).list().ofMinSize(1).ofMaxSize(8);
    }

    @Property(tries = 300)
    void allocationSettlesExactlyWhatTheLedgerShowsInDueDateOrder(
            @ForAll("currencies") Currency currency, @ForAll @LongRange(min = 100, max = 100_000_000L) long totalUnits,
            @ForAll @IntRange(min = 2, max = 24) int count, @ForAll("frequencies") PlanFrequency frequency,
            @ForAll("paymentShares") List<Integer> perMilleOfWhatIsLeft, @ForAll boolean overpayAtTheEnd) {
        Money total = minorUnits(totalUnits, currency);
        Invoice invoice = issued(total);
        PaymentPlan plan = PaymentPlan.proposed(invoice.id(),
                PlanBuilder.propose(total, Money.zero(currency), count, frequency, TODAY, false), Actor.system("test"), NOW);
        Money received = Money.zero(currency);
        for (int perMille : perMilleOfWhatIsLeft) {
            long left = invoice.balance().amount().movePointRight(Money.minorDigits(currency)).longValueExact();
            long units = Math.max(1, left * perMille / 1000);
            if (left <= 0) {
                break;
            }
            Money payment = minorUnits(Math.min(units, left), currency);
            invoice.receivePayment(payment, NOW);
            received = received.plus(payment);
            assertSettledInOrder(PlanStatement.of(plan, invoice.ledger(), TODAY), received, total);
        }
        if (overpayAtTheEnd) {
            Money payment = invoice.balance().plus(minorUnits(7, currency));
            invoice.receivePayment(payment, NOW);
            received = received.plus(payment);
            assertSettledInOrder(PlanStatement.of(plan, invoice.ledger(), TODAY), received, total);
        }
    }

    private static void assertSettledInOrder(PlanStatement statement, Money received, Money total) {
        Money expected = received.isMoreThan(total) ? total : received;
        assertThat(statement.settled().amount()).isEqualByComparingTo(expected.amount());
        assertThat(statement.addsUp()).isTrue();
        boolean somethingUnpaidBefore = false;
        for (Installment installment : statement.installments()) {
            assertThat(installment.paid().isNegative()).isFalse();
            assertThat(installment.remaining().isNegative()).isFalse();
            assertThat(installment.paid().plus(installment.remaining()).isSameAs(installment.amount())).isTrue();
            if (somethingUnpaidBefore) {
                assertThat(installment.paid().isPositive()).as("paid before an earlier installment").isFalse();
            }
            somethingUnpaidBefore |= installment.remaining().isPositive();
        }
    }

    private static Invoice issued(Money total) {
        Invoice invoice = Invoice.draft(InvoiceId.newId(), InvoiceKind.INVOICE, ClientId.newId(), null, null,
                new InvoiceContent(total.currency(), new InvoiceLines(List.of(InvoiceLine.of("Work", "1",
                        total.amount().toPlainString()))), null, null, 30, true, null), NOW);
        invoice.issue("INV-1", TODAY, "ada@engines.test", NOW);
        assertThat(invoice.total().isSameAs(total)).isTrue();
        return invoice;
    }
}
