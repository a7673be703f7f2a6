package com.becflow.portal;

import static com.becflow.portal.PortalComponents.find;
import static com.becflow.portal.PortalComponents.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.disputes.InvalidDispute;
import com.becflow.invoicing.disputes.InvoiceDispute;
import com.becflow.invoicing.disputes.app.ClientDisputes;
import com.becflow.shared.money.Money;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The dispute panel without a browser: what it says of each dispute, and what its form sends or marks. */
class DisputePanelTest {

    private static final Instant RAISED = Instant.parse("2027-03-01T23:30:00Z");
    private static final InvoiceId INVOICE = InvoiceId.newId();
    private static final List<ClientDisputes.LineChoice> LINES = List.of(
            new ClientDisputes.LineChoice(1, "Logo design", Money.of("952.00", "EUR")),
            new ClientDisputes.LineChoice(2, "Second draft", Money.of("238.00", "EUR")));

    private final List<ClientDisputes.RaiseDispute> sent = new ArrayList<>();

    @Test
    void theClientPicksALineWhoseTotalBecomesTheAmountAndSendsItWithTheirReason() {
        Component panel = DisputePanel.of(standing(List.of(), true), "Ada Studio", sent::add);

        value(panel, "dispute-line").setValue(2);
        assertThat(((BigDecimalField) find(panel, "dispute-amount")).getValue()).isEqualByComparingTo("238.00");
        value(panel, "dispute-reason").setValue("The second draft never came");
        click(panel, "dispute-send");

        assertThat(sent).containsExactly(new ClientDisputes.RaiseDispute(2, new BigDecimal("238.00"),
                "The second draft never came"));
    }

    @Test
    void aRefusalIsMarkedOnTheFieldItNames() {
        Component panel = DisputePanel.of(standing(List.of(), true), "Ada Studio", dispute -> {
            throw new InvalidDispute(Map.of("amount", "At most what is still open, EUR 1,190.00"));
        });
        ((BigDecimalField) find(panel, "dispute-amount")).setValue(new BigDecimal("5000"));
        click(panel, "dispute-send");

        BigDecimalField amount = (BigDecimalField) find(panel, "dispute-amount");
        assertThat(amount.isInvalid()).isTrue();
        assertThat(amount.getErrorMessage()).isEqualTo("At most what is still open, EUR 1,190.00");
        assertThat(((Button) find(panel, "dispute-send")).isEnabled()).isTrue();
    }

    @Test
    void eachDisputeIsSaidWithItsAnswerOnTheClientsCalendarAndNoFormWhileOneWaits() {
        InvoiceDispute waiting = InvoiceDispute.raise(INVOICE, 2, Money.of("238.00", "EUR"), Money.of("238", "EUR"),
                "Never came", Money.of("1190", "EUR"), RAISED);
        InvoiceDispute rejected = InvoiceDispute.raise(INVOICE, null, null, Money.of("100", "EUR"), "Too many hours",
                Money.of("1190", "EUR"), RAISED);
        rejected.reject("All hours are in the timesheet.", RAISED.plusSeconds(3600));

        Component panel = DisputePanel.of(standing(List.of(rejected, waiting), false), "Ada Studio", sent::add);

        assertThat(text(panel, "dispute-status-1")).isEqualTo("You disputed EUR 100.00 on 2 March 2027: Too many hours."
                + " Ada Studio answered: All hours are in the timesheet. The amount is due again.");
        assertThat(text(panel, "dispute-status-2")).isEqualTo("You disputed EUR 238.00 of line 2, Second draft on 2"
                + " March 2027: Never came. Waiting for Ada Studio's answer. Meanwhile this amount is not asked for; the"
                + " rest is still due.");
        assertThat(find(panel, "dispute-form")).isNull();
    }

    private static ClientDisputes.Standing standing(List<InvoiceDispute> disputes, boolean canRaise) {
        return new ClientDisputes.Standing(disputes, canRaise, LINES, Money.of("1190.00", "EUR"),
                InvoiceDispute.openAmount(disputes, Money.of("0", "EUR").currency()), ZoneId.of("Europe/Berlin"));
    }

    @SuppressWarnings("unchecked")
    private static <V> HasValue<?, V> value(Component root, String id) {
        return (HasValue<?, V>) find(root, id);
    }

    private static void click(Component root, String id) {
        ((Button) find(root, id)).click();
    }
}
