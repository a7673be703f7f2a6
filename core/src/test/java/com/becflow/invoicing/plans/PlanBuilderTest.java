package com.becflow.invoicing.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.becflow.shared.money.Money;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PlanBuilderTest {

    static final LocalDate FIRST = LocalDate.of(2027, 1, 31);

    @Test
    void theRestIsSplitEquallyAndWhatRoundingLeavesGoesOnTheLastInstallment() {
        PlanTerms terms = PlanBuilder.propose(Money.of("1000.00", "EUR"), Money.zero(java.util.Currency.getInstance("EUR")),
                3, PlanFrequency.MONTHLY, FIRST, false);
        assertThat(terms.installments()).extracting(i -> i.amount().amount().toPlainString())
                .containsExactly("333.33", "333.33", "333.34");
        assertThat(terms.installments()).extracting(ScheduledInstallment::dueDate)
                .containsExactly(FIRST, LocalDate.of(2027, 2, 28), LocalDate.of(2027, 3, 31));
    }

    @Test
    void aDepositIsTheFirstInstallmentAndCountsAmongThem() {
        PlanTerms terms = PlanBuilder.propose(Money.of("100000", "JPY"), Money.of("25000", "JPY"), 4,
                PlanFrequency.BIWEEKLY, FIRST, true);
        assertThat(terms.installments()).extracting(i -> i.amount().amount().toPlainString())
                .containsExactly("25000", "25000", "25000", "25000");
        assertThat(terms.installments().get(3).dueDate()).isEqualTo(FIRST.plusWeeks(6));
        assertThat(terms.autopay()).isTrue();
    }

    @Test
    void threeDecimalCurrenciesAreSplitToTheFils() {
        PlanTerms terms = PlanBuilder.propose(Money.of("10.000", "BHD"), Money.zero(java.util.Currency.getInstance("BHD")),
                3, PlanFrequency.WEEKLY, FIRST, false);
        assertThat(terms.installments()).extracting(i -> i.amount().amount().toPlainString())
                .containsExactly("3.333", "3.333", "3.334");
        assertThat(terms.sum().isSameAs(Money.of("10", "BHD"))).isTrue();
    }

    @Test
    void figuresThatCannotMakeAPlanAreRefusedWithTheirCodes() {
        Money total = Money.of("100.00", "EUR");
        assertThatThrownBy(() -> PlanBuilder.propose(total, Money.of("100.00", "EUR"), 1, PlanFrequency.CUSTOM_DATES,
                FIRST, false)).isInstanceOfSatisfying(PlanOutsideLimits.class, e -> assertThat(e.violations())
                .extracting(PlanViolation::code).containsExactly("plan.frequency.needs-dates", "plan.count.below-two",
                        "plan.deposit.not-below-total"));
        assertThatThrownBy(() -> PlanBuilder.propose(total, Money.of("-1.00", "EUR"), 121, PlanFrequency.WEEKLY,
                FIRST, false)).isInstanceOfSatisfying(PlanOutsideLimits.class, e -> assertThat(e.violations())
                .extracting(PlanViolation::code).containsExactly("plan.count.above-maximum", "plan.deposit.negative"));
    }
}
