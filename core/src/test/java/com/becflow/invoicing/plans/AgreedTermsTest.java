package com.becflow.invoicing.plans;

import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.contracts.SignatureContext;
import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.InvoiceParties;
import com.becflow.shared.money.Money;
import com.becflow.shared.tenant.Actor;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class AgreedTermsTest {

    static final InvoiceId INVOICE = new InvoiceId(UUID.fromString("7b0c6a62-2f0e-4c4e-9d1a-3f1d2c3b4a59"));
    static final Currency EUR = Currency.getInstance("EUR");

    static PlanTerms fourMonthly() {
        return PlanBuilder.propose(Money.of("1000.00", EUR), Money.zero(EUR), 4, PlanFrequency.MONTHLY,
                LocalDate.of(2027, 1, 31), false);
    }

    @Test
    void theCanonicalFormNamesTheInvoiceTheCurrencyEachInstallmentAndTheAutopayChoiceOnePerLine() {
        AgreedTerms agreed = AgreedTerms.of(INVOICE, fourMonthly());

        assertThat(agreed.canonical()).isEqualTo("""
                becflow-payment-plan-terms/1
                invoice=7b0c6a62-2f0e-4c4e-9d1a-3f1d2c3b4a59
                currency=EUR
                autopay=false
                installments=4
                1=2027-01-31 250.00
                2=2027-02-28 250.00
                3=2027-03-31 250.00
                4=2027-04-30 250.00
                """);
        assertThat(agreed.sha256()).matches("[0-9a-f]{64}")
                .isEqualTo(com.becflow.shared.documents.Sha256.hex(agreed.canonical()));
    }

    @Test
    void theSameTermsHashTheSameWhateverScaleTheirAmountsWereStoredWith() {
        PlanTerms typed = fourMonthly();
        PlanTerms stored = withInstallments(typed, i -> new ScheduledInstallment(i.number(), i.dueDate(),
                new Money(i.amount().amount().setScale(4), EUR)));

        assertThat(AgreedTerms.of(INVOICE, stored)).isEqualTo(AgreedTerms.of(INVOICE, typed));
        assertThat(AgreedTerms.of(INVOICE, stored).matches(AgreedTerms.of(INVOICE, typed).sha256().toUpperCase()))
                .isTrue();
    }

    @Test
    void changingAnyTermChangesTheHash() {
        PlanTerms terms = fourMonthly();
        String original = AgreedTerms.of(INVOICE, terms).sha256();
        List<PlanTerms> changed = new ArrayList<>();
        for (int n = 0; n < terms.count(); n++) {
            int index = n;
            changed.add(withInstallment(terms, index, i -> new ScheduledInstallment(i.number(), i.dueDate().plusDays(1),
                    i.amount())));
            changed.add(withInstallment(terms, index, i -> new ScheduledInstallment(i.number(), i.dueDate(),
                    i.amount().plus(Money.of("0.01", EUR)))));
        }
        changed.add(new PlanTerms(EUR, terms.frequency(), true, terms.installments()));
        changed.add(new PlanTerms(Currency.getInstance("USD"), terms.frequency(), false, terms.installments().stream()
                .map(i -> new ScheduledInstallment(i.number(), i.dueDate(), new Money(i.amount().amount(),
                        Currency.getInstance("USD")))).toList()));
        changed.add(new PlanTerms(EUR, terms.frequency(), false, terms.installments().subList(0, 3)));

        for (PlanTerms other : changed) {
            assertThat(AgreedTerms.of(INVOICE, other).sha256()).as(AgreedTerms.of(INVOICE, other).canonical())
                    .isNotEqualTo(original);
        }
        assertThat(AgreedTerms.of(new InvoiceId(UUID.randomUUID()), terms).sha256()).isNotEqualTo(original);
        assertThat(AgreedTerms.of(INVOICE, terms).matches(original)).isTrue();
        assertThat(AgreedTerms.of(INVOICE, terms).matches(null)).isFalse();
    }

    @Test
    void theAgreementListsEveryInstallmentAndTheEvidenceOfItsAcceptance() {
        PaymentPlan plan = PaymentPlan.builtByClient(INVOICE, fourMonthly(), Actor.client("bea@client.test"),
                Instant.parse("2027-01-10T09:30:15.123456789Z"));
        PlanAcceptance acceptance = PlanAcceptance.made(plan, plan.acceptedAt(), Actor.client("bea@client.test"),
                new SignatureContext("203.0.113.9", "Chromium/140"), null);

        String html = PlanAgreementRendering.pdf(new PlanAgreementRendering.Facts("INV-2027-0001",
                Money.of("1000.00", EUR), new InvoiceParties("Hopper Studio", "grace@hopper.test", "Bea Client", null,
                "bea@client.test", null, null), plan.terms(), acceptance, "Logo design"));

        assertThat(html).contains("Payment plan agreement", "INV-2027-0001", "31 January 2027", "30 April 2027",
                "EUR 250.00", "EUR 1,000.00", "2027-01-10 09:30:15 UTC", "203.0.113.9", "Chromium/140",
                acceptance.terms().sha256(), PlanAcceptance.CONSENT, "addendum to the signed contract");
        assertThat(acceptance.acceptedAt()).isEqualTo(Instant.parse("2027-01-10T09:30:15.123456Z"));
    }

    private static PlanTerms withInstallment(PlanTerms terms, int index, UnaryOperator<ScheduledInstallment> change) {
        List<ScheduledInstallment> installments = new ArrayList<>(terms.installments());
        installments.set(index, change.apply(installments.get(index)));
        return new PlanTerms(terms.currency(), terms.frequency(), terms.autopay(), installments);
    }

    private static PlanTerms withInstallments(PlanTerms terms, UnaryOperator<ScheduledInstallment> change) {
        return new PlanTerms(terms.currency(), terms.frequency(), terms.autopay(),
                terms.installments().stream().map(change).toList());
    }
}
