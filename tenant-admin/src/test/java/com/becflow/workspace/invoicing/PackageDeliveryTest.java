package com.becflow.workspace.invoicing;

import static com.becflow.workspace.invoicing.InvoiceFixtures.NOW;
import static com.becflow.workspace.invoicing.InvoiceFixtures.click;
import static com.becflow.workspace.invoicing.InvoiceFixtures.field;
import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.clients.ClientId;
import com.becflow.invoicing.packages.MilestoneConflict;
import com.becflow.invoicing.packages.PackageBilling;
import com.becflow.invoicing.packages.PackageDeal;
import com.becflow.invoicing.packages.PackageDeal.MilestoneDraft;
import com.becflow.invoicing.packages.PackageDealId;
import com.becflow.invoicing.packages.app.PackageSelling;
import com.becflow.shared.tenant.TenantContext;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * "Mark delivered" without a browser: a question first that says what goes out to the client, the delivery only once
 * confirmed, and a milestone delivered meanwhile told in words, not as a stack trace.
 */
class PackageDeliveryTest {

    /** The use case, keeping what was asked of it; it refuses with {@link #refusal} when one is set. */
    static final class FakeSelling extends PackageSelling {
        final List<String> deliveries = new ArrayList<>();
        final List<String> cancellations = new ArrayList<>();
        MilestoneConflict refusal;

        @Override
        public PackageDeal undoDelivery(PackageDealId id, int position, TenantContext ctx) {
            deliveries.add("undo " + id + " #" + position);
            return null;
        }

        @Override
        public PackageDeal cancel(PackageDealId id, String reason, TenantContext ctx) {
            if (refusal != null) {
                throw refusal;
            }
            cancellations.add(id.toString());
            return null;
        }

        @Override
        public PackageDeal deliver(PackageDealId id, int position, TenantContext ctx) {
            if (refusal != null) {
                throw refusal;
            }
            deliveries.add(id + " #" + position);
            return null;
        }
    }

    /** Held here: the current UI is only weakly referenced, and dialogs and notifications need one. */
    private final UI ui = new UI();
    private final FakeSelling selling = new FakeSelling();
    private final PackageDelivery delivery = new PackageDelivery(selling, () -> null);
    private final List<String> redrawn = new ArrayList<>();

    @BeforeEach
    void aUiToOpenDialogsIn() {
        UI.setCurrent(ui);
    }

    @AfterEach
    void noUiLeftBehind() {
        UI.setCurrent(null);
    }

    @Test
    void billedPerMilestoneTheQuestionNamesTheShareAndTheInvoiceSentNow() {
        PackageDeal deal = deal(PackageBilling.PER_MILESTONE);

        Dialog question = delivery.ask(deal, deal.milestone(2), redrawn::clear);

        assertThat(question.getHeaderTitle()).isEqualTo("Mark “Website” delivered?");
        assertThat(body(question)).isEqualTo("Its share of EUR 4,000.00 (before tax) will be invoiced now: the invoice"
                + " is issued and sent to the client at once. Until the client pays it, you can undo the delivery, which"
                + " voids the invoice.");
        assertThat(((Button) field(question, "milestone-deliver-confirm")).getText()).isEqualTo("Deliver and send invoice");
    }

    @Test
    void billedByAPlanTheQuestionSaysNoInvoiceGoesOut() {
        PackageDeal deal = deal(PackageBilling.BY_PLAN);

        Dialog question = delivery.ask(deal, deal.milestone(2), redrawn::clear);

        assertThat(body(question)).startsWith("It is marked delivered today. No invoice is issued")
                .doesNotContain("EUR");
        assertThat(((Button) field(question, "milestone-deliver-confirm")).getText()).isEqualTo("Mark delivered");
    }

    @Test
    void aMilestoneIsDeliveredOnlyOnceConfirmed() {
        PackageDeal deal = deal(PackageBilling.PER_MILESTONE);
        Button button = delivery.button(deal, deal.milestone(2), () -> redrawn.add("redraw"));
        assertThat(button.getId()).contains("milestone-deliver-2");

        button.click();
        assertThat(selling.deliveries).as("nothing is delivered before the question is answered").isEmpty();
        click(delivery.ask(deal, deal.milestone(2), () -> redrawn.add("redraw")), "milestone-deliver-confirm-cancel");
        assertThat(selling.deliveries).isEmpty();

        click(delivery.ask(deal, deal.milestone(2), () -> redrawn.add("redraw")), "milestone-deliver-confirm");

        assertThat(selling.deliveries).containsExactly(deal.id() + " #2");
        assertThat(redrawn).containsExactly("redraw");
    }

    @Test
    void aMilestoneDeliveredMeanwhileIsToldAndThePageRedrawn() {
        PackageDeal deal = deal(PackageBilling.PER_MILESTONE);
        selling.refusal = new MilestoneConflict("package-deal.milestone.already-delivered",
                "“Website” was delivered on 2027-01-04");

        click(delivery.ask(deal, deal.milestone(2), () -> redrawn.add("redraw")), "milestone-deliver-confirm");

        assertThat(selling.deliveries).isEmpty();
        assertThat(redrawn).as("the page shows it delivered").containsExactly("redraw");
    }

    @Test
    void aPackageIsCancelledOnlyOnceConfirmedAndTheQuestionSaysWhatHappensToItsInvoices() {
        PackageDeal deal = deal(PackageBilling.PER_MILESTONE);
        deal.deliver(1, LocalDate.of(2027, 1, 4), null, NOW);

        Dialog question = delivery.askToCancel(deal, () -> redrawn.add("redraw"));
        assertThat(body(question)).isEqualTo("The milestone not delivered is never delivered or invoiced. The invoices of"
                + " delivered milestones stay as they are. This cannot be taken back.");
        click(question, "package-cancel-confirm-cancel");
        assertThat(selling.cancellations).as("kept when the question is declined").isEmpty();

        click(delivery.askToCancel(deal, () -> redrawn.add("redraw")), "package-cancel-confirm");

        assertThat(selling.cancellations).containsExactly(deal.id().toString());
        assertThat(redrawn).containsExactly("redraw");
        assertThat(PackageDelivery.cancelQuestion(deal(PackageBilling.BY_PLAN))).startsWith("The 2 milestones not"
                + " delivered are never delivered or invoiced. Its invoice is voided if nothing was paid on it");
    }

    @Test
    void aDeliveryIsTakenBackOnlyOnceConfirmedAndTheQuestionNamesTheInvoiceVoided() {
        PackageDeal deal = deal(PackageBilling.PER_MILESTONE);
        deal.deliver(2, LocalDate.of(2027, 1, 4), null, NOW);
        assertThat(delivery.undoButton(deal, deal.milestone(2), redrawn::clear).getId()).contains("milestone-undo-2");

        Dialog question = delivery.askToUndo(deal, deal.milestone(2), () -> redrawn.add("redraw"));
        assertThat(body(question)).startsWith("It goes back to in progress. The invoice its delivery issued is voided");
        click(question, "milestone-undo-confirm-cancel");
        assertThat(selling.deliveries).isEmpty();
        click(delivery.askToUndo(deal, deal.milestone(2), () -> redrawn.add("redraw")), "milestone-undo-confirm");

        assertThat(selling.deliveries).containsExactly("undo " + deal.id() + " #2");
        assertThat(redrawn).containsExactly("redraw");
    }

    private static String body(Dialog dialog) {
        return dialog.getChildren().filter(Paragraph.class::isInstance).map(p -> ((Paragraph) p).getText())
                .findFirst().orElseThrow();
    }

    static PackageDeal deal(PackageBilling billing) {
        boolean shares = billing == PackageBilling.PER_MILESTONE;
        return PackageDeal.offer(ClientId.newId(), null, "Brand identity", Currency.getInstance("EUR"),
                new BigDecimal("6000"), null, null, null, null, billing,
                List.of(new MilestoneDraft("Logo", shares ? new BigDecimal("2000") : null),
                        new MilestoneDraft("Website", shares ? new BigDecimal("4000") : null)), NOW);
    }
}
