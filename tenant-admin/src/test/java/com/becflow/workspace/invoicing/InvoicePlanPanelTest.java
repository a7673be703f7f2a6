package com.becflow.workspace.invoicing;

import static com.becflow.workspace.invoicing.InvoiceFixtures.click;
import static com.becflow.workspace.invoicing.InvoiceFixtures.field;
import static com.becflow.workspace.invoicing.InvoiceFixtures.find;
import static com.becflow.workspace.invoicing.InvoiceFixtures.text;
import static com.becflow.workspace.invoicing.InvoiceFixtures.validation;
import static com.becflow.workspace.invoicing.InvoiceFixtures.value;
import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.plans.AgreedTerms;
import com.becflow.invoicing.plans.Autopay;
import com.becflow.invoicing.plans.AutopayCharge;
import com.becflow.invoicing.plans.AutopayChargeStatus;
import com.becflow.invoicing.plans.AutopayRule;
import com.becflow.invoicing.plans.InstallmentAllocation;
import com.becflow.invoicing.plans.PaymentPlan;
import com.becflow.invoicing.plans.PlanBuilder;
import com.becflow.invoicing.plans.PlanFrequency;
import com.becflow.invoicing.plans.PlanLimits;
import com.becflow.invoicing.plans.PlanRules;
import com.becflow.invoicing.plans.PlanStatement;
import com.becflow.invoicing.plans.PlanTerms;
import com.becflow.invoicing.plans.ScheduledInstallment;
import com.becflow.invoicing.plans.app.PlanDetails;
import com.becflow.invoicing.plans.app.PlanPortal;
import com.becflow.invoicing.plans.app.PlanProposals;
import com.becflow.invoicing.plans.app.ProposePlan;
import com.becflow.shared.money.Money;
import com.becflow.shared.tenant.Actor;
import com.becflow.shared.tenant.TenantContext;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The plan on the workspace's invoice page without a browser: a proposal previewed as it is filled in by the core's
 * own reading and rules, each rule broken on its field and nothing proposed, a valid plan proposed as previewed; a
 * proposal withdrawn, an accepted plan cancelled.
 */
class InvoicePlanPanelTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final LocalDate TODAY = LocalDate.of(2027, 1, 10);
    private static final InvoiceId INVOICE = InvoiceId.newId();

    /** The proposals of one EUR 1,000.00 invoice, previewed by the real reader and rules; what is proposed is kept. */
    static final class FakeProposals extends PlanProposals {
        final PlanPortal.Offer offer = new PlanPortal.Offer(Money.of("1000.00", EUR), new PlanLimits(false, null, 6, null,
                365, null, EnumSet.allOf(PlanFrequency.class), AutopayRule.OPTIONAL), TODAY, TODAY.plusDays(365));
        final List<ProposePlan> proposed = new ArrayList<>();
        final List<InvoiceId> cancelled = new ArrayList<>();

        @Override
        public PlanPortal.Offer offer(InvoiceId id, TenantContext ctx) {
            return offer;
        }

        @Override
        public PlanPortal.Preview preview(InvoiceId id, ProposePlan command, TenantContext ctx) {
            return PlanPortal.Preview.of(id, command, new PlanRules.Setting(offer.total(), TODAY, TODAY, offer.limits(),
                    false));
        }

        @Override
        public PlanStatement propose(InvoiceId id, ProposePlan command, TenantContext ctx) {
            proposed.add(command);
            return null;
        }

        @Override
        public PlanStatement cancel(InvoiceId id, TenantContext ctx) {
            cancelled.add(id);
            return null;
        }
    }

    /** Held here: the current UI is only weakly referenced, and notifications need one. */
    private final UI ui = new UI();
    private final FakeProposals proposals = new FakeProposals();
    private final InvoicePlanPanel panel = new InvoicePlanPanel(proposals, () -> null);
    private final List<String> reloads = new ArrayList<>();

    @BeforeEach
    void aUiToNotifyIn() {
        UI.setCurrent(ui);
    }

    @AfterEach
    void noUiLeftBehind() {
        UI.setCurrent(null);
    }

    @Test
    void theProposalIsPreviewedAsItIsFilledInAndAlwaysSumsToTheTotal() {
        openTheForm();

        assertThat(previewed()).extracting(i -> i.amount().rounded().amount().toPlainString())
                .containsExactly("333.33", "333.33", "333.34");
        assertThat(previewed()).extracting(ScheduledInstallment::dueDate)
                .containsExactly(TODAY, TODAY.plusMonths(1), TODAY.plusMonths(2));
        assertThat(text(panel, "proposal-preview-sum"))
                .isEqualTo("3 installments adding up to EUR 1,000.00, the invoice's total.");

        value(panel, "proposal-count").setValue(4);
        value(panel, "proposal-deposit").setValue(new BigDecimal("400"));

        assertThat(previewed()).extracting(i -> i.amount().rounded().amount().toPlainString())
                .containsExactly("400.00", "200.00", "200.00", "200.00");
        assertThat(text(panel, "proposal-preview-sum"))
                .isEqualTo("4 installments adding up to EUR 1,000.00, the invoice's total.");
    }

    @Test
    void aRuleBrokenShowsOnItsFieldAndNothingIsProposed() {
        openTheForm();
        value(panel, "proposal-count").setValue(7);

        assertThat(validation(panel, "proposal-count").isInvalid()).isTrue();
        assertThat(validation(panel, "proposal-count").getErrorMessage()).isEqualTo("At most 6 installments, not 7");

        click(panel, "proposal-submit");

        assertThat(proposals.proposed).isEmpty();
        assertThat(text(panel, "proposal-problems")).startsWith("Not proposed: mend what is marked first.");
        assertThat(reloads).isEmpty();

        value(panel, "proposal-count").setValue(6);

        assertThat(validation(panel, "proposal-count").isInvalid()).isFalse();
        assertThat(text(panel, "proposal-problems")).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void withCustomDatesEachRowShowsWhatItBreaks() {
        openTheForm();
        ((Select<PlanFrequency>) field(panel, "proposal-frequency")).setValue(PlanFrequency.CUSTOM_DATES);

        assertThat(previewed()).as("the rows start from the schedule previewed last").hasSize(3);
        assertThat(field(panel, "proposal-count").isVisible()).isFalse();

        value(panel, "proposal-custom-amount-2").setValue(new BigDecimal("333.335"));
        value(panel, "proposal-custom-date-3").setValue(TODAY.minusDays(1));

        assertThat(validation(panel, "proposal-custom-amount-2").getErrorMessage()).isEqualTo("EUR has 2 decimals");
        assertThat(validation(panel, "proposal-custom-date-3").isInvalid()).isTrue();
        assertThat(text(panel, "proposal-problems")).contains("add up to");

        click(panel, "proposal-submit");
        assertThat(proposals.proposed).isEmpty();

        click(panel, "proposal-remove-installment-3");
        value(panel, "proposal-custom-amount-2").setValue(new BigDecimal("666.67"));

        assertThat(previewed()).extracting(i -> i.amount().rounded().amount().toPlainString()).containsExactly("333.33", "666.67");
        assertThat(text(panel, "proposal-problems")).isEmpty();
    }

    @Test
    void aValidProposalIsProposedAsPreviewedAndThePageRedrawn() {
        openTheForm();
        value(panel, "proposal-first-date").setValue(TODAY.plusDays(7));
        value(panel, "proposal-autopay").setValue(true);

        click(panel, "proposal-submit");

        assertThat(proposals.proposed).containsExactly(new ProposePlan("MONTHLY", null, 3, TODAY.plusDays(7), null, true));
        assertThat(reloads).containsExactly("reload");
    }

    @Test
    void aProposedPlanCanBeWithdrawnAndAnAcceptedOneCancelled() {
        PlanTerms terms = PlanBuilder.propose(Money.of("1000.00", EUR), Money.zero(EUR), 2, PlanFrequency.MONTHLY, TODAY,
                false);
        PaymentPlan plan = PaymentPlan.proposed(INVOICE, terms, new Actor(Actor.Kind.FREELANCER, "u1"),
                Instant.parse("2027-01-09T10:00:00Z"));
        PlanDetails details = new PlanDetails(new PlanStatement(plan, InstallmentAllocation.allocate(terms.installments(),
                Money.zero(EUR), TODAY), Money.zero(EUR), Money.zero(EUR), Money.of("1000.00", EUR)),
                AgreedTerms.of(INVOICE, terms), Optional.empty());

        panel.show(INVOICE, details, ZoneOffset.UTC, null, true, () -> reloads.add("reload"));

        assertThat(text(panel, "invoice-plan-title")).isEqualTo("Payment plan: proposed");
        assertThat(text(panel, "withdraw-plan")).isEqualTo("Withdraw the proposal");
        assertThat(find(panel, "proposal-submit")).isEmpty();

        plan.accept(Instant.parse("2027-01-09T11:00:00Z"));
        panel.show(INVOICE, details, ZoneOffset.UTC, null, true, () -> reloads.add("reload"));

        assertThat(text(panel, "cancel-plan")).isEqualTo("Cancel the plan");
        assertThat(find(panel, "withdraw-plan")).isEmpty();

        panel.show(INVOICE, details, ZoneOffset.UTC, null, false, () -> reloads.add("reload"));

        assertThat(find(panel, "cancel-plan")).as("read-only access").isEmpty();
    }

    @Test
    void theFreelancerSeesWhetherAutopayChargesAndFromWhichCardOrWhyNot() {
        PlanTerms terms = PlanBuilder.propose(Money.of("1000.00", EUR), Money.zero(EUR), 2, PlanFrequency.MONTHLY, TODAY,
                true);
        PaymentPlan plan = PaymentPlan.proposed(INVOICE, terms, new Actor(Actor.Kind.CLIENT, "pat@client.test"),
                Instant.parse("2027-01-09T10:00:00Z"));
        PlanStatement statement = new PlanStatement(plan, InstallmentAllocation.allocate(terms.installments(),
                Money.zero(EUR), TODAY), Money.zero(EUR), Money.zero(EUR), Money.of("1000.00", EUR));
        Instant at = Instant.parse("2027-01-09T12:00:00Z");
        Autopay on = Autopay.settingUp(INVOICE, "cs_setup_1", null, at)
                .saved(new Autopay.SavedCard("cus_1", "pm_1", "Visa ending 4242"), at);

        panel.show(INVOICE, new PlanDetails(statement, AgreedTerms.of(INVOICE, terms), Optional.empty(), Optional.of(on)),
                ZoneOffset.UTC, null, true, () -> { });
        assertThat(text(panel, "invoice-plan-autopay"))
                .isEqualTo("Autopay is on: each installment is charged to the client's Visa ending 4242 on its due date.");

        panel.show(INVOICE, new PlanDetails(statement, AgreedTerms.of(INVOICE, terms), Optional.empty(),
                Optional.of(on.needsClient("their bank asks them to confirm the payment", at))), ZoneOffset.UTC, null,
                true, () -> { });
        assertThat(text(panel, "invoice-plan-autopay")).startsWith(
                "Autopay is waiting for the client: their bank asks them to confirm the payment. Nothing is charged");

        panel.show(INVOICE, new PlanDetails(statement, AgreedTerms.of(INVOICE, terms), Optional.empty()), ZoneOffset.UTC,
                null, true, () -> { });
        assertThat(find(panel, "invoice-plan-autopay")).as("no autopay set up: nothing to say").isEmpty();
        assertThat(find(panel, "invoice-plan-debit")).isEmpty();

        Autopay.SavedCard account = new Autopay.SavedCard("cus_1", "pm_2", "SEPA Direct Debit •••• 3000");
        AutopayCharge debit = AutopayCharge.asked(INVOICE, plan.id(), 1, 1, account, Money.of("500.00", EUR), TODAY, at)
                .answered(AutopayChargeStatus.PROCESSING, "pi_1", null);
        panel.show(INVOICE, new PlanDetails(statement, AgreedTerms.of(INVOICE, terms), Optional.empty(),
                Optional.of(on.saved(account, at)), Optional.of(debit)), ZoneOffset.UTC, null, true, () -> { });
        assertThat(text(panel, "invoice-plan-debit")).isEqualTo("A bank debit of EUR 500.00 for installment 1 is on its"
                + " way since " + TODAY + "; it counts once the bank confirms it. No late fee or reminder meanwhile.");
    }

    private void openTheForm() {
        panel.offerProposal(INVOICE, () -> reloads.add("reload"));
        click(panel, "propose-plan");
    }

    @SuppressWarnings("unchecked")
    private List<ScheduledInstallment> previewed() {
        return ((Grid<ScheduledInstallment>) field(panel, "proposal-preview-table")).getGenericDataView().getItems().toList();
    }
}
