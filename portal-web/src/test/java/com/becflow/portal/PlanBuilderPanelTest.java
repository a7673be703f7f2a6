package com.becflow.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.contracts.SignatureContext;
import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.plans.AgreedTerms;
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
import com.becflow.invoicing.plans.app.AcceptPlan;
import com.becflow.invoicing.plans.app.PlanDetails;
import com.becflow.invoicing.plans.app.PlanPortal;
import com.becflow.invoicing.plans.app.ProposePlan;
import com.becflow.shared.money.Money;
import com.becflow.shared.tenant.Actor;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * "Pay in installments" without a browser: every change previewed, rules on their fields, the previewed terms accepted;
 * and a proposed plan accepted as shown.
 */
class PlanBuilderPanelTest {

    static final Currency EUR = Currency.getInstance("EUR");
    static final LocalDate TODAY = LocalDate.of(2027, 1, 10);
    static final InvoiceId INVOICE = new InvoiceId(UUID.randomUUID());

    /** The portal's use cases over the real builder and rules, for one invoice of EUR 1,000.00, keeping what is built. */
    static final class FakePortal extends PlanPortal {
        final Offer offer = new Offer(Money.of("1000.00", EUR), new PlanLimits(true, null, 6, null, 365, null,
                EnumSet.allOf(PlanFrequency.class), AutopayRule.OPTIONAL), TODAY, TODAY.plusDays(365));
        final List<AcceptPlan> accepted = new ArrayList<>();

        @Override
        public Preview preview(String token, ProposePlan command) {
            PlanFrequency frequency = PlanFrequency.valueOf(command.frequency());
            PlanTerms terms = frequency.custom() ? custom(command) : PlanBuilder.propose(offer.total(),
                    command.deposit() == null ? Money.zero(EUR) : new Money(command.deposit(), EUR), command.count(),
                    frequency, command.firstDueDate(), command.autopay());
            return new Preview(terms, AgreedTerms.of(INVOICE, terms), PlanRules.check(terms, new PlanRules.Setting(
                    offer.total(), TODAY, TODAY, offer.limits(), true)));
        }

        private static PlanTerms custom(ProposePlan command) {
            List<ScheduledInstallment> installments = new ArrayList<>();
            for (ProposePlan.Item item : command.installments()) {
                installments.add(new ScheduledInstallment(installments.size() + 1, item.dueDate(),
                        new Money(item.amount(), EUR)));
            }
            return new PlanTerms(EUR, PlanFrequency.CUSTOM_DATES, command.autopay(), installments);
        }

        @Override
        public PlanDetails build(String token, ProposePlan command, AcceptPlan acceptance, SignatureContext where) {
            accepted.add(acceptance);
            return null;
        }

        @Override
        public PlanDetails accept(String token, AcceptPlan acceptance, SignatureContext where) {
            accepted.add(acceptance);
            return null;
        }
    }

    private final FakePortal portal = new FakePortal();
    private final List<String> reloads = new ArrayList<>();
    private final Component panel = PlanBuilderPanel.of("token", portal, portal.offer, () -> reloads.add("reload"));

    @Test
    void everyChangeIsPreviewedAndThePreviewSumsToTheTotal() {
        ((IntegerField) find("plan-count")).setValue(4);

        assertThat(previewed()).extracting(i -> i.amount().amount().toPlainString())
                .containsExactly("250.00", "250.00", "250.00", "250.00");
        assertThat(find("plan-preview-sum").getElement().getText())
                .isEqualTo("4 installments adding up to EUR 1,000.00, the invoice's total.");

        ((IntegerField) find("plan-count")).setValue(3);

        assertThat(previewed()).extracting(i -> i.amount().amount().toPlainString())
                .containsExactly("333.33", "333.33", "333.34");
    }

    @Test
    void aRuleTheChoiceBreaksIsShownOnItsFieldAndThePlanCannotBeAccepted() {
        IntegerField count = (IntegerField) find("plan-count");
        count.setValue(7);

        assertThat(count.isInvalid()).isTrue();
        assertThat(count.getErrorMessage()).isEqualTo("At most 6 installments, not 7");
        assertThat(((Button) find("plan-accept")).isEnabled()).isFalse();

        count.setValue(6);

        assertThat(count.isInvalid()).isFalse();
        assertThat(((Button) find("plan-accept")).isEnabled()).isTrue();
    }

    @Test
    void acceptingNamesTheTermsPreviewedAndNeedsTheClientsAgreement() {
        ((IntegerField) find("plan-count")).setValue(4);
        Button accept = (Button) find("plan-accept");

        accept.click();

        assertThat(((HasValidation) find("plan-consent")).isInvalid()).isTrue();
        assertThat(portal.accepted).isEmpty();

        ((Checkbox) find("plan-consent")).setValue(true);
        accept.click();

        PlanTerms previewed = portal.preview("token", new ProposePlan("MONTHLY", null, 4, TODAY, null, false)).terms();
        assertThat(portal.accepted).containsExactly(new AcceptPlan(AgreedTerms.of(INVOICE, previewed).sha256(), true));
        assertThat(reloads).containsExactly("reload");
    }

    @Test
    @SuppressWarnings("unchecked")
    void withCustomDatesEachInstallmentIsEditedAndWhatItBreaksShowsOnItsRowOrUnderThem() {
        ((IntegerField) find("plan-count")).setValue(4);
        ((Select<PlanFrequency>) find("plan-frequency")).setValue(PlanFrequency.CUSTOM_DATES);

        assertThat(previewed()).as("the rows start from the schedule previewed last").hasSize(4)
                .allSatisfy(i -> assertThat(i.amount().amount()).isEqualByComparingTo("250.00"));
        assertThat(find("plan-count").isVisible()).isFalse();

        ((BigDecimalField) find("plan-custom-amount-2")).setValue(new BigDecimal("250.005"));

        BigDecimalField second = (BigDecimalField) find("plan-custom-amount-2");
        assertThat(second.isInvalid()).isTrue();
        assertThat(second.getErrorMessage()).isEqualTo("EUR has 2 decimals");
        assertThat(find("plan-problems").getElement().getText()).contains("add up to");
        assertThat(((Button) find("plan-accept")).isEnabled()).isFalse();

        second.setValue(new BigDecimal("300.00"));
        ((BigDecimalField) find("plan-custom-amount-4")).setValue(new BigDecimal("200.00"));

        assertThat(second.isInvalid()).isFalse();
        assertThat(find("plan-problems").getElement().getText()).isEmpty();
        assertThat(previewed()).extracting(i -> i.amount().amount().toPlainString())
                .containsExactly("250.00", "300.00", "250.00", "200.00");
        assertThat(((Button) find("plan-accept")).isEnabled()).isTrue();
    }

    @Test
    void aProposedPlanIsAcceptedAsShownOnceTheClientAgrees() {
        PlanTerms terms = PlanBuilder.propose(Money.of("1000.00", EUR), Money.zero(EUR), 2, PlanFrequency.MONTHLY, TODAY,
                false);
        PaymentPlan proposed = PaymentPlan.proposed(INVOICE, terms, new Actor(Actor.Kind.FREELANCER, "u1"),
                Instant.parse("2027-01-09T10:00:00Z"));
        PlanDetails details = new PlanDetails(new PlanStatement(proposed, InstallmentAllocation.allocate(
                terms.installments(), Money.zero(EUR), TODAY), Money.zero(EUR), Money.zero(EUR), Money.of("1000.00", EUR)),
                AgreedTerms.of(INVOICE, terms), Optional.empty());
        Component proposal = PlanProposalPanel.of("token", details, portal, "Hamilton Studio", () -> reloads.add("reload"));
        Button accept = (Button) find(proposal, "plan-accept").orElseThrow();

        accept.click();

        assertThat(portal.accepted).isEmpty();
        assertThat(((HasValidation) find(proposal, "plan-consent").orElseThrow()).isInvalid()).isTrue();

        ((Checkbox) find(proposal, "plan-consent").orElseThrow()).setValue(true);
        accept.click();

        assertThat(portal.accepted).containsExactly(new AcceptPlan(AgreedTerms.of(INVOICE, terms).sha256(), true));
        assertThat(reloads).containsExactly("reload");
    }

    @SuppressWarnings("unchecked")
    private List<ScheduledInstallment> previewed() {
        return ((Grid<ScheduledInstallment>) find("plan-preview-table")).getGenericDataView().getItems().toList();
    }

    private Component find(String id) {
        return find(panel, id).orElseThrow(() -> new AssertionError("No #" + id));
    }

    private static java.util.Optional<Component> find(Component root, String id) {
        if (root.getId().filter(id::equals).isPresent()) {
            return java.util.Optional.of(root);
        }
        return root.getChildren().map(c -> find(c, id)).flatMap(java.util.Optional::stream).findFirst();
    }
}
