package com.becflow.workspace.invoicing;

import static com.becflow.workspace.invoicing.InvoiceFixtures.NOW;
import static com.becflow.workspace.invoicing.InvoiceFixtures.click;
import static com.becflow.workspace.invoicing.InvoiceFixtures.find;
import static com.becflow.workspace.invoicing.InvoiceFixtures.text;
import static com.becflow.workspace.invoicing.InvoiceFixtures.validation;
import static com.becflow.workspace.invoicing.InvoiceFixtures.value;
import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.clients.Client;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceContent;
import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.InvoiceKind;
import com.becflow.invoicing.InvoiceLine;
import com.becflow.invoicing.InvoiceLines;
import com.becflow.invoicing.app.IssueCreditNote;
import com.becflow.invoicing.disputes.InvoiceDispute;
import com.becflow.invoicing.disputes.InvoiceDisputeId;
import com.becflow.invoicing.disputes.app.DisputeAnswers;
import com.becflow.shared.money.Money;
import com.becflow.shared.tenant.TenantContext;
import com.vaadin.flow.component.UI;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client's disputes on the invoice's page without a server: what they say, the credit note offered, the answers. */
class InvoiceDisputesPanelTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final UI ui = new UI();
    private final Invoice invoice = issued();
    private final InvoiceDispute dispute = InvoiceDispute.raise(invoice.id(), 2, Money.of("238.00", "EUR"),
            Money.of("119", "EUR"), "Only half of the second draft came", invoice.balance(), NOW);
    private final List<String> done = new ArrayList<>();

    private final DisputeAnswers answers = new DisputeAnswers() {
        @Override
        public List<InvoiceDispute> of(TenantContext ctx, InvoiceId id) {
            return List.of(dispute);
        }

        @Override
        public InvoiceDispute credit(TenantContext ctx, InvoiceId id, InvoiceDisputeId disputeId, IssueCreditNote note,
                                     String answer) {
            done.add("credit " + note.lines() + " " + answer);
            return dispute;
        }

        @Override
        public InvoiceDispute reject(TenantContext ctx, InvoiceId id, InvoiceDisputeId disputeId, String answer) {
            dispute.reject(answer, NOW);
            done.add("reject " + answer);
            return dispute;
        }
    };
    private final InvoiceDisputesPanel panel = new InvoiceDisputesPanel(answers, () -> null);

    @BeforeEach
    void aUiForNotifications() {
        UI.setCurrent(ui);
    }

    @AfterEach
    void noUiLeftBehind() {
        UI.setCurrent(null);
    }

    @Test
    void anOpenDisputeIsSaidAndItsCreditNoteStartsFromTheLineBroughtDownToTheAmountWithItsTax() {
        panel.show(invoice, BERLIN, true, () -> done.add("redraw"));

        assertThat(text(panel, "invoice-dispute-1")).isEqualTo("The client disputes EUR 119.00 of line 2 (Second draft)"
                + " since 4 Jan 2027: \u201cOnly half of the second draft came\u201d Until you answer, this amount is not"
                + " reminded and no late fee is charged on it.");
        CreditNoteDraft start = InvoiceDisputesPanel.start(invoice, dispute);
        InvoiceLine line = start.toCommand().lines().get(0);
        assertThat(line.description()).isEqualTo("Second draft");
        assertThat(line.unitPrice()).isEqualByComparingTo("100.00");
        assertThat(line.taxRate()).isEqualByComparingTo("19");
        assertThat(line.net(invoice.currency()).plus(line.tax(invoice.currency()))).isEqualTo(Money.of("119.00", "EUR"));
        assertThat(start.toCommand().reason()).isEqualTo("Disputed by the client: Only half of the second draft came");
    }

    @Test
    void rejectingNeedsAWordToTheClientAndAReadOnlyWorkspaceGetsNoButtons() {
        panel.show(invoice, BERLIN, true, () -> done.add("redraw"));
        click(panel, "invoice-dispute-reject");
        assertThat(validation(panel, "invoice-dispute-answer").isInvalid()).isTrue();
        assertThat(done).isEmpty();

        value(panel, "invoice-dispute-answer").setValue("Both drafts went out on 2 March.");
        click(panel, "invoice-dispute-reject");
        assertThat(done).containsExactly("reject Both drafts went out on 2 March.", "redraw");
        panel.show(invoice, BERLIN, true, () -> { });
        assertThat(text(panel, "invoice-dispute-1")).endsWith("You rejected it: Both drafts went out on 2 March.");
        assertThat(find(panel, "invoice-dispute-reject")).isEmpty();
    }

    private static Invoice issued() {
        Client acme = InvoiceFixtures.client("Acme Inc", "EUR");
        List<InvoiceLine> lines = List.of(InvoiceLine.of("Logo design", "1", "800").withTax("19", "VAT"),
                InvoiceLine.of("Second draft", "1", "200").withTax("19", "VAT"));
        Invoice invoice = Invoice.draft(InvoiceId.newId(), InvoiceKind.INVOICE, acme.id(), null, null,
                new InvoiceContent(Currency.getInstance("EUR"), new InvoiceLines(lines), null, null, 14, false, null),
                NOW);
        invoice.issue("INV-2027-0001", NOW.atZone(BERLIN).toLocalDate(), acme.email(), NOW);
        assertThat(invoice.balance()).isEqualTo(Money.of("1190.00", "EUR"));
        return invoice;
    }
}
