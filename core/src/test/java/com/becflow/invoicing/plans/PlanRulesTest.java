package com.becflow.invoicing.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.becflow.shared.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each rule a plan can break has its own code, and a plan breaking several hears of all of them. */
class PlanRulesTest {

    static final LocalDate ISSUED = LocalDate.of(2027, 3, 1);
    static final LocalDate TODAY = LocalDate.of(2027, 3, 10);
    static final Money TOTAL = eur("1000.00");

    static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    static PlanLimits limits(PlanLimitsOverride override) {
        return PlanLimits.DEFAULT.overriddenBy(new PlanLimitsOverride(true, null, 6, null, 180, null, null, null))
                .overriddenBy(override);
    }

    static PlanLimitsOverride none() {
        return PlanLimitsOverride.NONE;
    }

    static PlanTerms monthly(String... amounts) {
        List<ScheduledInstallment> installments = new ArrayList<>();
        for (int i = 0; i < amounts.length; i++) {
            installments.add(new ScheduledInstallment(i + 1, TODAY.plusMonths(i), eur(amounts[i])));
        }
        return new PlanTerms(TOTAL.currency(), PlanFrequency.MONTHLY, false, installments);
    }

    static PlanTerms custom(ScheduledInstallment... installments) {
        return new PlanTerms(TOTAL.currency(), PlanFrequency.CUSTOM_DATES, false, List.of(installments));
    }

    static List<String> codes(PlanTerms terms, PlanLimits limits, boolean byClient) {
        return PlanRules.check(terms, new PlanRules.Setting(TOTAL, ISSUED, TODAY, limits, byClient)).stream()
                .map(PlanViolation::code).toList();
    }

    static List<String> codes(PlanTerms terms, PlanLimits limits) {
        return codes(terms, limits, false);
    }

    @Test
    void aPlanInsideTheLimitsBreaksNoRule() {
        assertThat(codes(monthly("250.00", "250.00", "250.00", "250.00"), limits(none()), true)).isEmpty();
    }

    @Test
    void aClientCannotBuildAPlanWhenPlansAreNotOffered() {
        PlanLimits notOffered = limits(new PlanLimitsOverride(false, null, null, null, null, null, null, null));
        assertThat(codes(monthly("500.00", "500.00"), notOffered, true)).containsExactly("plan.not-offered");
        assertThat(codes(monthly("500.00", "500.00"), notOffered, false)).isEmpty();
    }

    @Test
    void installmentsBelowTheMinimumAreNamedOneByOne() {
        PlanLimits limits = limits(new PlanLimitsOverride(null, null, null, eur("300.00"), null, null, null, null));
        var violations = PlanRules.check(monthly("400.00", "299.99", "300.01"),
                new PlanRules.Setting(TOTAL, ISSUED, TODAY, limits, false));
        assertThat(violations).extracting(PlanViolation::code).containsExactly("plan.installment.below-minimum");
        assertThat(violations.get(0).field()).isEqualTo("installments[1].amount");
    }

    @Test
    void aMinimumInstallmentInAnotherCurrencyDoesNotBindTheInvoice() {
        PlanLimits limits = limits(new PlanLimitsOverride(null, null, null, Money.of("300", "USD"), null, null, null, null));
        assertThat(codes(monthly("500.00", "100.00", "400.00"), limits)).isEmpty();
    }

    @Test
    void aDateBeforeTheClientsTodayIsInThePast() {
        var terms = custom(new ScheduledInstallment(1, TODAY.minusDays(1), eur("500.00")),
                new ScheduledInstallment(2, TODAY.plusDays(30), eur("500.00")));
        assertThat(codes(terms, limits(none()))).containsExactly("plan.date.in-the-past");
        var today = custom(new ScheduledInstallment(1, TODAY, eur("500.00")),
                new ScheduledInstallment(2, TODAY.plusDays(30), eur("500.00")));
        assertThat(codes(today, limits(none()))).isEmpty();
    }

    @Test
    void amountsThatDoNotSumToTheTotalAreRefusedEvenByACent() {
        assertThat(codes(monthly("500.00", "499.99"), limits(none()))).containsExactly("plan.amounts.do-not-sum");
        assertThat(codes(monthly("500.00", "500.01"), limits(none()))).containsExactly("plan.amounts.do-not-sum");
    }

    @Test
    void moreInstallmentsThanTheMaximumAreRefused() {
        assertThat(codes(monthly("100.00", "100.00", "100.00", "100.00", "100.00", "100.00", "400.00"),
                limits(new PlanLimitsOverride(null, null, null, null, 400, null, null, null))))
                .containsExactly("plan.count.above-maximum");
    }

    @Test
    void oneInstallmentIsNoPlan() {
        assertThat(codes(monthly("1000.00"), limits(none()))).containsExactly("plan.count.below-two");
    }

    @Test
    void aFinalDateAfterTheLatestIsTooLate() {
        var terms = custom(new ScheduledInstallment(1, TODAY, eur("500.00")),
                new ScheduledInstallment(2, ISSUED.plusDays(181), eur("500.00")));
        assertThat(codes(terms, limits(none()))).containsExactly("plan.final-date.too-late");
        PlanLimits byDate = limits(new PlanLimitsOverride(null, null, null, null, 3000, TODAY.plusDays(20), null, null));
        var lateByDate = custom(new ScheduledInstallment(1, TODAY, eur("500.00")),
                new ScheduledInstallment(2, TODAY.plusDays(21), eur("500.00")));
        assertThat(codes(lateByDate, byDate)).containsExactly("plan.final-date.too-late");
    }

    @Test
    void aFrequencyTheLimitsDoNotAllowIsRefused() {
        PlanLimits monthlyOnly = limits(new PlanLimitsOverride(null, null, null, null, null, null,
                EnumSet.of(PlanFrequency.MONTHLY), null));
        var terms = custom(new ScheduledInstallment(1, TODAY, eur("500.00")),
                new ScheduledInstallment(2, TODAY.plusDays(10), eur("500.00")));
        assertThat(codes(terms, monthlyOnly)).containsExactly("plan.frequency.not-allowed");
    }

    @Test
    void aFirstInstallmentBelowTheMinimumDepositIsRefused() {
        PlanLimits percent = limits(new PlanLimitsOverride(null, MinimumDeposit.percent("30"), null, null, null, null,
                null, null));
        assertThat(codes(monthly("299.99", "700.01"), percent)).containsExactly("plan.deposit.below-minimum");
        assertThat(codes(monthly("300.00", "700.00"), percent)).isEmpty();
        PlanLimits amount = limits(new PlanLimitsOverride(null, MinimumDeposit.amount(eur("400.00")), null, null, null,
                null, null, null));
        assertThat(codes(monthly("300.00", "700.00"), amount)).containsExactly("plan.deposit.below-minimum");
    }

    @Test
    void requiredAutopayMustBeOn() {
        PlanLimits required = limits(new PlanLimitsOverride(null, null, null, null, null, null, null, AutopayRule.REQUIRED));
        assertThat(codes(monthly("500.00", "500.00"), required)).containsExactly("plan.autopay.required");
        var withAutopay = new PlanTerms(TOTAL.currency(), PlanFrequency.MONTHLY, true, monthly("500.00", "500.00").installments());
        assertThat(codes(withAutopay, required)).isEmpty();
    }

    @Test
    void datesOutOfOrderOrOffTheFrequencyAreRefused() {
        var twice = custom(new ScheduledInstallment(1, TODAY, eur("500.00")), new ScheduledInstallment(2, TODAY, eur("500.00")));
        assertThat(codes(twice, limits(none()))).containsExactly("plan.dates.out-of-order");
        var notMonthly = new PlanTerms(TOTAL.currency(), PlanFrequency.MONTHLY, false, List.of(
                new ScheduledInstallment(1, TODAY, eur("500.00")), new ScheduledInstallment(2, TODAY.plusDays(20), eur("500.00"))));
        assertThat(codes(notMonthly, limits(none()))).containsExactly("plan.dates.off-frequency");
    }

    @Test
    void amountsFinerThanTheCurrencyOrNotAboveZeroAreRefused() {
        assertThat(codes(monthly("500.005", "499.995"), limits(none())))
                .containsExactly("plan.amount.finer-than-currency", "plan.amount.finer-than-currency");
        assertThat(codes(monthly("1000.00", "0.00"), limits(none()))).containsExactly("plan.installment.not-positive");
    }

    @Test
    void aPlanInAnotherCurrencyIsRefusedBeforeItsAmountsAreCompared() {
        var yen = new PlanTerms(java.util.Currency.getInstance("JPY"), PlanFrequency.MONTHLY, false, List.of(
                new ScheduledInstallment(1, TODAY, Money.of("500", "JPY")), new ScheduledInstallment(2, TODAY.plusMonths(1),
                        Money.of("500", "JPY"))));
        assertThat(codes(yen, limits(none()))).containsExactly("plan.currency.other-than-invoice");
    }

    @Test
    void aPlanBreakingSeveralRulesIsRefusedWithAllOfThemAndTheFirstAsTheProblemsCode() {
        var terms = custom(new ScheduledInstallment(1, TODAY.minusDays(3), eur("100.00")),
                new ScheduledInstallment(2, ISSUED.plusDays(400), eur("100.00")));
        assertThatThrownBy(() -> PlanRules.require(terms, new PlanRules.Setting(TOTAL, ISSUED, TODAY, limits(none()), false)))
                .isInstanceOfSatisfying(PlanOutsideLimits.class, e -> {
                    assertThat(e.violations()).extracting(PlanViolation::code).containsExactly("plan.date.in-the-past",
                            "plan.final-date.too-late", "plan.amounts.do-not-sum");
                    assertThat(e.code().key()).isEqualTo("plan.date.in-the-past");
                    assertThat(e.code().status()).isEqualTo(400);
                    assertThat(e.fieldErrors()).containsKeys("installments[0].dueDate", "installments",
                            "installments[1].dueDate");
                    assertThat(e.fieldErrors().get("installments")).endsWith("(plan.amounts.do-not-sum)");
                });
    }

    @Test
    void limitsThatCannotBeKeptAreNamedByField() {
        PlanLimits bad = new PlanLimits(true, MinimumDeposit.percent("100"), 1, eur("-1.00"), 0, null,
                EnumSet.noneOf(PlanFrequency.class), AutopayRule.OPTIONAL);
        assertThat(bad.problems()).containsOnlyKeys("maxInstallments", "minimumDeposit", "minimumInstallment",
                "finalWithinDays", "frequencies");
        assertThat(PlanLimits.DEFAULT.problems()).isEmpty();
    }

    @Test
    void anInvoicesOverrideWinsOverTheClientsWhichWinsOverTheWorkspaces() {
        PlanLimits workspace = PlanLimits.DEFAULT;
        PlanLimitsOverride client = new PlanLimitsOverride(true, null, 4, null, null, null, null, null);
        PlanLimitsOverride invoice = new PlanLimitsOverride(null, null, 8, null, null, null, null, AutopayRule.REQUIRED);
        PlanLimits resolved = workspace.overriddenBy(client).overriddenBy(invoice);
        assertThat(resolved.offered()).isTrue();
        assertThat(resolved.maxInstallments()).isEqualTo(8);
        assertThat(resolved.autopay()).isEqualTo(AutopayRule.REQUIRED);
        assertThat(resolved.finalWithinDays()).isEqualTo(workspace.finalWithinDays());
    }

    @Test
    void withoutALatestDateInTheLimitsAPlanStillEndsWithinTenYearsOfTheIssueDate() {
        PlanLimits open = limits(new PlanLimitsOverride(null, null, null, null, null, null, null, null));
        PlanLimits noDates = new PlanLimits(true, null, 6, null, null, null, open.frequencies(), AutopayRule.OPTIONAL);
        var terms = custom(new ScheduledInstallment(1, TODAY, eur("500.00")),
                new ScheduledInstallment(2, ISSUED.plusDays(PlanLimits.LONGEST_DAYS + 1), eur("500.00")));
        assertThat(codes(terms, noDates)).containsExactly("plan.final-date.too-late");
    }

    @Test
    void limitsBeyondWhatCanBeStoredAreRefused() {
        PlanLimits huge = new PlanLimits(true, MinimumDeposit.amount(eur("1000000000000000")), 6,
                eur("1000000000000000"), null, LocalDate.of(10000, 1, 1), PlanLimits.DEFAULT.frequencies(), AutopayRule.OPTIONAL);
        assertThat(huge.problems()).containsOnlyKeys("minimumDeposit", "minimumInstallment", "latestFinalDate");
    }

    @Test
    void anOverrideIsCheckedOnlyForWhatItSets() {
        assertThat(PlanLimitsOverride.NONE.problems()).isEmpty();
        assertThat(new PlanLimitsOverride(null, null, 200, null, null, null, EnumSet.noneOf(PlanFrequency.class), null)
                .problems()).containsOnlyKeys("maxInstallments", "frequencies");
    }
}
