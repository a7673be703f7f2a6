package com.becflow.workspace.invoicing;

import static com.becflow.workspace.invoicing.InvoiceFixtures.click;
import static com.becflow.workspace.invoicing.InvoiceFixtures.client;
import static com.becflow.workspace.invoicing.InvoiceFixtures.field;
import static com.becflow.workspace.invoicing.InvoiceFixtures.text;
import static com.becflow.workspace.invoicing.InvoiceFixtures.validation;
import static com.becflow.workspace.invoicing.InvoiceFixtures.value;
import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.assistant.DraftProvenance;
import com.becflow.assistant.InvoiceProposal;
import com.becflow.assistant.Reason;
import com.becflow.assistant.reading.InvoiceLineReader;
import com.becflow.clients.Client;
import com.becflow.invoicing.InvoiceLine;
import com.becflow.invoicing.app.SaveInvoice;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * "Draft with assistant" on a new invoice without a browser: the drafted lines land in the invoice form with their
 * reasons, the freelancer edits them, and the save command is the edited lines.
 */
class InvoiceAssistantPanelTest {

    private final Client acme = client("Ada Lovelace", "EUR");
    private final InvoiceEditor editor = new InvoiceEditor(query -> Stream.of(acme), c -> List.of());
    private final InvoiceAssistantPanel panel = new InvoiceAssistantPanel();
    private final List<InvoiceDraft> saved = new ArrayList<>();
    private final List<String> asked = new ArrayList<>();

    InvoiceAssistantPanelTest() {
        editor.addSaveListener(e -> saved.add(e.draft()));
        panel.addDraftListener(e -> asked.add(e.brief()));
    }

    private static InvoiceProposal offline(String brief, String clientCurrency) {
        InvoiceLineReader.Lines read = InvoiceLineReader.read(brief, clientCurrency);
        return new InvoiceProposal(read.currency(), read.lines(), read.reasons(), DraftProvenance.offline());
    }

    @Test
    void theBriefBecomesLinesWithTheirReasonsWhichTheFreelancerEditsAndSaves() {
        String brief = "12 hours of design at 90 an hour and the print files for 250";
        editor.edit(new InvoiceDraft(), true, true, 30);
        value("invoice-client").setValue(acme);
        panel.reset(true);
        InvoiceFixtures.<String>value(panel, "invoice-assistant-brief").setValue(brief);
        click(panel, "invoice-assistant-draft");
        assertThat(asked).containsExactly(brief);

        panel.fill(editor, offline(brief, "EUR"));

        assertThat(InvoiceFixtures.<BigDecimal>value(editor, "line-quantity-0").getValue()).isEqualByComparingTo("12");
        assertThat(InvoiceFixtures.<BigDecimal>value(editor, "line-unit-price-0").getValue()).isEqualByComparingTo("90");
        assertThat(InvoiceFixtures.<BigDecimal>value(editor, "line-unit-price-1").getValue()).isEqualByComparingTo("250");
        assertThat(((TextField) field(editor, "line-description-0")).getHelperText())
                .contains("12 × 90").contains("'12 hours of design at 90 an hour'");
        assertThat(((TextField) field(editor, "line-description-1")).getHelperText()).contains("print files for 250");
        assertThat(text(editor, "invoice-total-preview")).isEqualTo("EUR 1,330.00");
        assertThat(text(panel, "invoice-assistant-provenance")).isEqualTo("Drafted offline on this server");
        assertThat(field(panel, "invoice-assistant-notes").getElement().getTextRecursively())
                .contains("Currency: EUR: the client's currency (the brief names none) (default)");

        InvoiceFixtures.<BigDecimal>value(editor, "line-unit-price-1").setValue(new BigDecimal("300"));
        click(editor, "save-invoice");

        assertThat(saved).hasSize(1);
        SaveInvoice command = saved.get(0).toCommand();
        assertThat(command.clientId()).isEqualTo(acme.id());
        assertThat(command.currency()).isEqualTo("EUR");
        assertThat(command.lines()).hasSize(2);
        assertThat(command.lines().get(0).description()).containsIgnoringCase("design");
        assertThat(command.lines().get(0).quantity()).isEqualByComparingTo("12");
        assertThat(command.lines().get(0).unitPrice()).isEqualByComparingTo("90");
        assertThat(command.lines().get(1).quantity()).isEqualByComparingTo("1");
        assertThat(command.lines().get(1).unitPrice()).isEqualByComparingTo("300");
    }

    @Test
    void aCurrencyTheBriefNamesReplacesTheClientsUnlessOneWasTyped() {
        editor.edit(new InvoiceDraft(), true, true, 30);
        value("invoice-client").setValue(acme);
        panel.fill(editor, offline("3 hours of consulting at 100 USD an hour", "EUR"));
        assertThat(value("invoice-currency").getValue()).isEqualTo("USD");

        editor.edit(new InvoiceDraft(), true, true, 30);
        value("invoice-client").setValue(acme);
        value("invoice-currency").setValue("GBP");
        panel.fill(editor, offline("3 hours of consulting at 100 USD an hour", "EUR"));
        assertThat(value("invoice-currency").getValue()).isEqualTo("GBP");
    }

    @Test
    void aLineLeftOutForBreakingARuleIsListedAndTheReasonsAfterItMoveUpWithTheirRows() {
        InvoiceProposal proposal = new InvoiceProposal("JPY", List.of(
                new InvoiceLine("Illustrations", BigDecimal.ONE, new BigDecimal("50000"), null, null, null),
                new InvoiceLine("Postage", BigDecimal.ONE, new BigDecimal("800"), null, null, null)),
                List.of(Reason.fromBrief("lines[0]", "1 × 50000 because you wrote 'illustrations for 50000'"),
                        Reason.fromBrief("lines[1]", "left out: More decimals than JPY has"),
                        Reason.fromBrief("lines[2]", "1 × 800 because you wrote 'postage 800'")),
                DraftProvenance.model("test-model"));

        InvoiceAssistantPanel.Explained explained = InvoiceAssistantPanel.explain(proposal);

        assertThat(explained.byRow()).containsOnlyKeys(0, 1);
        assertThat(explained.byRow().get(1)).contains("postage 800");
        assertThat(explained.others()).containsExactly("A part of the brief was left out: More decimals than JPY has");

        editor.edit(new InvoiceDraft(), true, true, 30);
        panel.fill(editor, proposal);
        assertThat(((TextField) field(editor, "line-description-1")).getHelperText()).contains("postage 800");
        assertThat(text(panel, "invoice-assistant-provenance")).isEqualTo("Drafted by test-model");
    }

    @Test
    void theBriefsOwnErrorIsMarkedOnItAndTheRestGoToTheInvoiceForm() {
        panel.reset(false);
        Map<String, String> rest = panel.showErrors(Map.of("brief", "Write what you did", "clientId", "Choose a client"));
        assertThat(validation(panel, "invoice-assistant-brief").isInvalid()).isTrue();
        assertThat(validation(panel, "invoice-assistant-brief").getErrorMessage()).isEqualTo("Write what you did");
        assertThat(panel.isOpened()).isTrue();
        assertThat(rest).containsOnlyKeys("clientId");
    }

    private <V> com.vaadin.flow.component.HasValue<?, V> value(String id) {
        return InvoiceFixtures.value(editor, id);
    }
}
