package com.becflow.contracts.checks;

import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.contracts.ContractTemplateLibrary;
import com.becflow.contracts.ContractTerms;
import com.becflow.contracts.ContractTerms.CancellationPolicy;
import com.becflow.contracts.ContractTerms.CancellationTier;
import com.becflow.contracts.ContractTerms.Deposit;
import com.becflow.contracts.ContractTerms.IpTransfer;
import com.becflow.contracts.ContractTerms.IpTransferMoment;
import com.becflow.contracts.ContractTerms.LateFee;
import com.becflow.contracts.TemplateContent;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContractChecksTest {

    private static final Jurisdiction NEW_YORK = Jurisdiction.of("us", "New York");
    private static final Jurisdiction TEXAS = Jurisdiction.of("US", "TX");
    private static final Jurisdiction BELGIUM = Jurisdiction.of("BE", null);
    private static final Jurisdiction GERMANY = Jurisdiction.of("DE", "Bayern");
    private static final Jurisdiction UK = Jurisdiction.of("GB", null);

    /** Everything a careful freelancer writes: no warning anywhere. */
    private static ContractTerms sound() {
        return ContractTerms.netDays(14)
                .withDeposit(new Deposit(new BigDecimal("50"), null))
                .withIpTransfer(new IpTransfer(IpTransferMoment.ON_FULL_PAYMENT))
                .withCancellation(new CancellationPolicy(List.of(tier(30, "25"), tier(7, "50"), tier(0, "100"))))
                .withLateFee(new LateFee(null, new BigDecimal("0.5"), 30, 7, new BigDecimal("10")));
    }

    @Test
    void soundTermsRaiseNothingAnywhere() {
        for (Jurisdiction where : List.of(NEW_YORK, TEXAS, BELGIUM, GERMANY, UK, Jurisdiction.UNKNOWN)) {
            assertThat(ContractChecks.of(sound(), new BigDecimal("3000"), "EUR", where)).as(where.toString()).isEmpty();
        }
    }

    @Test
    void aLateFeeAboveTexasUsuryCeilingIsFlaggedWithItsSource() {
        ContractTerms terms = sound().withLateFee(new LateFee(null, new BigDecimal("2"), 30, 0, null));

        List<ClauseWarning> warnings = ContractChecks.of(terms, new BigDecimal("3000"), "USD", TEXAS);

        assertThat(warnings).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo("contract.check.late-fee-above-legal-maximum");
            assertThat(w.field()).isEqualTo("terms.lateFee.percentPerPeriod");
            assertThat(w.message()).contains("24.33% a year", "18% a year that Texas allows");
            assertThat(w.source()).contains("Tex. Fin. Code § 303.009");
        });
    }

    @Test
    void theSameFeeIsLawfulInNewYorkUpToItsCriminalUsuryRate() {
        ContractTerms twoPercent = sound().withLateFee(new LateFee(null, new BigDecimal("2"), 30, 0, null));
        ContractTerms threePercent = sound().withLateFee(new LateFee(null, new BigDecimal("3"), 30, 0, null));

        assertThat(ContractChecks.of(twoPercent, null, "USD", NEW_YORK)).isEmpty();
        assertThat(ContractChecks.of(threePercent, null, "USD", NEW_YORK)).extracting(ClauseWarning::code)
                .containsExactly("contract.check.late-fee-above-legal-maximum");
    }

    @Test
    void aStateWithoutAnEntryAndAClientWithoutAStateGetNoLateFeeWarning() {
        ContractTerms steep = sound().withLateFee(new LateFee(null, new BigDecimal("5"), 30, 0, null));

        assertThat(ContractChecks.of(steep, null, "USD", Jurisdiction.of("US", "OR"))).isEmpty();
        assertThat(ContractChecks.of(steep, null, "USD", Jurisdiction.of("US", null))).isEmpty();
        assertThat(ContractChecks.of(steep, null, "USD", Jurisdiction.of("JP", null))).isEmpty();
    }

    @Test
    void anEuClientHearsTheDirectivesStatutoryRateAndThatAHigherOneMayBeSetAside() {
        ContractTerms monthly = sound().withLateFee(new LateFee(null, new BigDecimal("1.5"), 30, 7, null));

        List<ClauseWarning> warnings = ContractChecks.of(monthly, new BigDecimal("3000"), "EUR", BELGIUM);

        assertThat(warnings).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo("contract.check.late-fee-above-statutory-rate");
            assertThat(w.message()).contains("18.25% a year", "10.15%", "grossly unfair");
            assertThat(w.source()).contains("Directive 2011/7/EU");
        });
    }

    @Test
    void germanyAndTheUkUseTheirOwnStatutoryRates() {
        ContractTerms justAboveGerman = sound().withLateFee(new LateFee(null, new BigDecimal("0.85"), 30, 0, null));

        assertThat(ContractChecks.of(justAboveGerman, null, "EUR", GERMANY)).singleElement()
                .satisfies(w -> assertThat(w.source()).contains("BGB § 288"));
        assertThat(ContractChecks.of(justAboveGerman, null, "GBP", UK)).isEmpty();
    }

    @Test
    void aFlatFeeAboveTheFortyEuroCompensationIsFlaggedOnlyInEuros() {
        ContractTerms flat = sound().withLateFee(new LateFee(new BigDecimal("50"), null, 30, 0, null));

        assertThat(ContractChecks.of(flat, null, "EUR", BELGIUM)).extracting(ClauseWarning::code)
                .containsExactly("contract.check.late-fee-flat-above-compensation");
        assertThat(ContractChecks.of(flat, null, "USD", BELGIUM)).isEmpty();
        assertThat(ContractChecks.of(sound().withLateFee(new LateFee(new BigDecimal("40"), null, 30, 0, null)),
                null, "EUR", BELGIUM)).isEmpty();
    }

    @Test
    void theUksFixedSumGrowsWithTheDebt() {
        ContractTerms seventy = sound().withLateFee(new LateFee(new BigDecimal("70"), null, 30, 0, null));

        assertThat(ContractChecks.of(seventy, new BigDecimal("999.99"), "GBP", UK)).hasSize(1);
        assertThat(ContractChecks.of(seventy, new BigDecimal("1000"), "GBP", UK)).isEmpty();
        assertThat(ContractChecks.of(seventy.withLateFee(new LateFee(new BigDecimal("100"), null, 30, 0, null)),
                new BigDecimal("10000"), "GBP", UK)).isEmpty();
    }

    @Test
    void keepingTheWholeFeeAMonthBeforeTheStartReadsAsAPenalty() {
        ContractTerms harsh = sound().withCancellation(new CancellationPolicy(List.of(tier(60, "100"))));
        ContractTerms lastMinute = sound().withCancellation(new CancellationPolicy(List.of(tier(29, "100"), tier(60, "50"))));

        assertThat(ContractChecks.of(harsh, null, "EUR", Jurisdiction.UNKNOWN)).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo("contract.check.cancellation-keeps-whole-fee-early");
            assertThat(w.message()).contains("60 days before the start");
            assertThat(w.source()).contains("Makdessi");
        });
        assertThat(ContractChecks.of(lastMinute, null, "EUR", Jurisdiction.UNKNOWN)).isEmpty();
    }

    @Test
    void missingPaymentTermsAndIpClauseAreEachNamed() {
        ContractTerms bare = new ContractTerms(null, null, null, null, null, null, null);

        assertThat(ContractChecks.of(bare, null, "EUR", Jurisdiction.UNKNOWN)).extracting(ClauseWarning::field)
                .containsExactly("terms.payment", "terms.ipTransfer");
        assertThat(ContractChecks.of(null, null, "EUR", Jurisdiction.UNKNOWN)).extracting(ClauseWarning::code)
                .containsExactly("contract.check.payment-terms-missing");
    }

    @Test
    void aDepositAboveTheFeeIsFlaggedByAmountOrShare() {
        ContractTerms fixed = sound().withDeposit(new Deposit(null, new BigDecimal("3500")));
        ContractTerms share = sound().withDeposit(new Deposit(new BigDecimal("120"), null));

        assertThat(ContractChecks.of(fixed, new BigDecimal("3000"), "EUR", Jurisdiction.UNKNOWN)).singleElement()
                .satisfies(w -> assertThat(w.message()).contains("EUR 3500", "EUR 3000"));
        assertThat(ContractChecks.of(share, new BigDecimal("3000"), "EUR", Jurisdiction.UNKNOWN))
                .extracting(ClauseWarning::code).containsExactly("contract.check.deposit-above-fee");
        assertThat(ContractChecks.of(fixed, new BigDecimal("3500"), "EUR", Jurisdiction.UNKNOWN)).isEmpty();
    }

    @Test
    void theDefaultLibrarysTermsRaiseOnlyTheStatutoryRateNoteForAnEuClient() {
        for (TemplateContent template : ContractTemplateLibrary.defaults()) {
            assertThat(ContractChecks.of(template.terms(), new BigDecimal("3000"), "EUR", BELGIUM))
                    .as(template.name()).extracting(ClauseWarning::code)
                    .allMatch("contract.check.late-fee-above-statutory-rate"::equals);
        }
    }

    private static CancellationTier tier(int days, String kept) {
        return new CancellationTier(days, new BigDecimal(kept));
    }
}
