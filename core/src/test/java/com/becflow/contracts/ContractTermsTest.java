package com.becflow.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.contracts.ContractTerms.CancellationPolicy;
import com.becflow.contracts.ContractTerms.CancellationTier;
import com.becflow.contracts.ContractTerms.Deposit;
import com.becflow.contracts.ContractTerms.EarlyPaymentDiscount;
import com.becflow.contracts.ContractTerms.IpTransfer;
import com.becflow.contracts.ContractTerms.LateFee;
import com.becflow.contracts.ContractTerms.Scope;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ContractTermsTest {

    private static final BigDecimal FEE = new BigDecimal("2000");
    private static final ContractTerms NET_14 = ContractTerms.netDays(14);
    private static final LateFee GOOD_LATE_FEE = new LateFee(null, n("1.5"), 30, 7, n("10"));

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    private static CancellationPolicy tiers(Object... daysThenPercent) {
        return new CancellationPolicy(IntStream.range(0, daysThenPercent.length / 2)
                .mapToObj(i -> new CancellationTier((Integer) daysThenPercent[2 * i], n((String) daysThenPercent[2 * i + 1])))
                .toList());
    }

    private static Arguments bad(String what, ContractTerms terms, String path) {
        return Arguments.of(what, terms, path);
    }

    static Stream<Arguments> badParameters() {
        return Stream.of(
                bad("negative net days", ContractTerms.netDays(-1), "terms.payment.netDays"),
                bad("400 net days", ContractTerms.netDays(400), "terms.payment.netDays"),
                bad("no net days", new ContractTerms(new ContractTerms.PaymentTerms(null), null, null, null, null, null, null),
                        "terms.payment.netDays"),
                bad("deposit with both a percent and an amount", NET_14.withDeposit(new Deposit(n("30"), n("500"))),
                        "terms.deposit"),
                bad("deposit with neither", NET_14.withDeposit(new Deposit(null, null)), "terms.deposit"),
                bad("deposit of 0%", NET_14.withDeposit(new Deposit(n("0"), null)), "terms.deposit.percent"),
                bad("deposit of 150%", NET_14.withDeposit(new Deposit(n("150"), null)), "terms.deposit.percent"),
                bad("deposit percent with three decimals", NET_14.withDeposit(new Deposit(n("33.333"), null)),
                        "terms.deposit.percent"),
                bad("deposit above the fee", NET_14.withDeposit(new Deposit(null, n("2000.01"))), "terms.deposit.amount"),
                bad("deposit of an absurd amount", NET_14.withDeposit(new Deposit(null, n("1e12"))), "terms.deposit.amount"),
                bad("negative flat late fee", NET_14.withLateFee(new LateFee(n("-5"), null, 30, 7, null)),
                        "terms.lateFee.flatAmount"),
                bad("negative late fee share", NET_14.withLateFee(new LateFee(null, n("-1"), 30, 7, null)),
                        "terms.lateFee.percentPerPeriod"),
                bad("late fee of 50% per period", NET_14.withLateFee(new LateFee(null, n("50"), 30, 7, null)),
                        "terms.lateFee.percentPerPeriod"),
                bad("late fee of nothing", NET_14.withLateFee(new LateFee(n("0"), n("0"), 30, 7, null)), "terms.lateFee"),
                bad("late fee every 0 days", NET_14.withLateFee(new LateFee(null, n("1.5"), 0, 7, null)),
                        "terms.lateFee.periodDays"),
                bad("late fee capped at 0%", NET_14.withLateFee(new LateFee(null, n("1.5"), 30, 7, n("0"))),
                        "terms.lateFee.capPercent"),
                bad("absurd flat late fee", NET_14.withLateFee(new LateFee(n("1e12"), null, 30, 7, null)),
                        "terms.lateFee.flatAmount"),
                bad("discount window as long as the payment term",
                        NET_14.withEarlyPaymentDiscount(new EarlyPaymentDiscount(n("2"), 14)),
                        "terms.earlyPaymentDiscount.withinDays"),
                bad("discount while invoices are due on receipt",
                        ContractTerms.netDays(0).withEarlyPaymentDiscount(new EarlyPaymentDiscount(n("2"), 7)),
                        "terms.earlyPaymentDiscount.withinDays"),
                bad("discount above the maximum", NET_14.withEarlyPaymentDiscount(new EarlyPaymentDiscount(n("30"), 7)),
                        "terms.earlyPaymentDiscount.percent"),
                bad("two tiers on the same day", NET_14.withCancellation(tiers(14, "25", 14, "50")),
                        "terms.cancellation.tiers[1].daysBeforeStart"),
                bad("later tier keeping less than an earlier one", NET_14.withCancellation(tiers(30, "50", 7, "25")),
                        "terms.cancellation.tiers"),
                bad("eleven tiers", NET_14.withCancellation(tiers(100, "0", 90, "10", 80, "20", 70, "30", 60, "40",
                        50, "50", 40, "60", 30, "70", 20, "80", 10, "90", 0, "100")), "terms.cancellation.tiers"),
                bad("no tiers", NET_14.withCancellation(new CancellationPolicy(List.of())), "terms.cancellation.tiers"),
                bad("tier keeping more than everything", NET_14.withCancellation(tiers(7, "101")),
                        "terms.cancellation.tiers[0].percentKept"),
                bad("ownership passing at no moment", NET_14.withIpTransfer(new IpTransfer(null)), "terms.ipTransfer.moment"),
                bad("scope without deliverables", NET_14.withScope(new Scope("  ", 2, n("90"))), "terms.scope.deliverables"),
                bad("absurd hourly rate", NET_14.withScope(new Scope("a logo", 2, n("1e12"))),
                        "terms.scope.changeRequestHourlyRate"),
                bad("negative revision rounds", NET_14.withScope(new Scope("a logo", -1, null)), "terms.scope.revisionRounds"));
    }

    @ParameterizedTest(name = "{0} is reported at {2}")
    @MethodSource("badParameters")
    void eachBadParameterIsReportedAtItsOwnPath(String what, ContractTerms terms, String path) {
        assertThat(terms.problems(FEE)).containsOnlyKeys(path);
    }

    @Test
    void aFullSetOfSensibleClausesHasNoProblems() {
        ContractTerms terms = ContractTerms.netDays(14)
                .withScope(new Scope("a logo and a brand guide", 2, n("90")))
                .withDeposit(new Deposit(n("50"), null))
                .withEarlyPaymentDiscount(new EarlyPaymentDiscount(n("2"), 7))
                .withLateFee(GOOD_LATE_FEE)
                .withCancellation(tiers(30, "10", 14, "25", 7, "50", 0, "100"))
                .withIpTransfer(new IpTransfer(ContractTerms.IpTransferMoment.ON_FULL_PAYMENT));
        assertThat(terms.problems(FEE)).isEmpty();
        assertThat(terms.problems(null)).isEmpty();
    }

    @Test
    void aFixedDepositIsBoundedByTheFeeOnlyOnceTheFeeIsKnown() {
        ContractTerms terms = NET_14.withDeposit(new Deposit(null, n("5000")));
        assertThat(terms.problems(null)).isEmpty();
        assertThat(terms.problems(FEE)).containsOnlyKeys("terms.deposit.amount");
        assertThat(NET_14.withDeposit(new Deposit(null, FEE)).problems(FEE)).isEmpty();
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        ContractTerms terms = ContractTerms.netDays(-1)
                .withDeposit(new Deposit(n("150"), null))
                .withLateFee(new LateFee(null, n("50"), 0, 7, null));
        assertThat(terms.problems(FEE)).containsOnlyKeys("terms.payment.netDays", "terms.deposit.percent",
                "terms.lateFee.percentPerPeriod", "terms.lateFee.periodDays");
    }
}
