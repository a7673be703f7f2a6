package com.becflow.it.inserver;

import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.contracts.Contract;
import com.becflow.contracts.ContractTerms;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.PaymentKind;
import com.becflow.invoicing.app.InvoiceLinks;
import com.becflow.invoicing.app.InvoiceQueries;
import com.becflow.invoicing.disputes.app.ClientDisputes;
import com.becflow.invoicing.disputes.app.DisputeAnswers;
import com.becflow.it.inserver.scenario.ClockScenarios;
import com.becflow.it.inserver.scenario.Scenario;
import com.becflow.it.inserver.scenario.ScenarioClient;
import com.becflow.it.inserver.scenario.ScenarioTenant;
import com.becflow.reminders.app.ReminderControls;
import com.becflow.shared.tenant.TenantContext;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A dispute on the movable clock: while it waits, late fees are charged on the undisputed part only and a dispute of
 * everything owed holds the reminders; once the freelancer rejects it, the whole is charged and reminded again. A
 * control invoice under the same clause is charged on the whole throughout.
 */
@ExtendWith(ArquillianExtension.class)
class DisputeScenariosIT {

    @Deployment
    static WebArchive workspace() {
        return InServerArchive.everyInServerTest();
    }

    @Inject
    ClockScenarios scenarios;

    @Inject
    InvoiceLinks links;

    @Inject
    ClientDisputes disputes;

    @Inject
    DisputeAnswers answers;

    @Inject
    InvoiceQueries queries;

    @Inject
    ReminderControls reminders;

    @Test
    void lateFeesLeaveTheDisputedPartOutUntilTheDisputeIsRejectedAndAWhollyDisputedInvoiceIsNotReminded()
            throws Exception {
        try (Scenario s = scenarios.begin()) {
            ScenarioTenant studio = s.tenant("Disputed Fee Studio", "Europe/Berlin");
            ScenarioClient acme = studio.client("Acme Inc", "Europe/Berlin");
            Contract signed = acme.signedContract(ContractTerms.netDays(14).withLateFee(new ContractTerms.LateFee(
                    null, new BigDecimal("10"), 30, 0, null)));
            Invoice disputed = acme.invoice().underContract(signed).line("Logo design", "1000.00").dueInDays(14).issue();
            Invoice whole = acme.invoice().underContract(signed).line("Brand book", "500.00").dueInDays(14).issue();
            Invoice control = acme.invoice().underContract(signed).line("Logo design", "1000.00").dueInDays(14).issue();
            TenantContext ctx = studio.context();
            disputes.raise(token(ctx, acme, disputed), new ClientDisputes.RaiseDispute(1, new BigDecimal("400"),
                    "Half of the logo work was never done"));
            disputes.raise(token(ctx, acme, whole), new ClientDisputes.RaiseDispute(null, new BigDecimal("500"),
                    "We never ordered a brand book"));
            assertThat(reminders.next(ctx, disputed.id())).as("the rest is still reminded").isPresent();
            assertThat(reminders.next(ctx, whole.id())).as("nothing left to remind of").isEmpty();

            s.timePassesUntil(acme.midnightEnding(disputed.dueDate()));
            s.housekeeping();
            s.housekeeping();
            assertThat(fees(disputed, ctx)).as("10% of the 600.00 not disputed").containsExactly("60.00");
            assertThat(fees(whole, ctx)).isEmpty();
            assertThat(fees(control, ctx)).containsExactly("100.00");

            answers.reject(ctx, disputed.id(), answers.of(ctx, disputed.id()).get(0).id(),
                    "The logo files went out on the due date");
            s.timePassesUntil(acme.midnightEnding(disputed.dueDate().plusDays(30)));
            s.housekeeping();
            s.housekeeping();
            assertThat(fees(disputed, ctx)).as("owed in full again").containsExactly("60.00", "100.00");
            assertThat(fees(control, ctx)).containsExactly("100.00", "100.00");
            assertThat(fees(whole, ctx)).as("still disputed").isEmpty();
            assertThat(reminders.next(ctx, whole.id())).isEmpty();
        }
    }

    private String token(TenantContext ctx, ScenarioClient client, Invoice invoice) {
        return links.issue(ctx, invoice, client.client(), client.client().email(), invoice.dueDate()).token();
    }

    private List<String> fees(Invoice invoice, TenantContext ctx) {
        return queries.payments(invoice.id(), ctx).stream().filter(p -> p.kind() == PaymentKind.LATE_FEE)
                .map(p -> p.amount().rounded().amount().toPlainString()).toList();
    }
}
