package com.becflow.workspace.contracts;

import static com.becflow.workspace.Components.click;
import static com.becflow.workspace.Components.field;
import static com.becflow.workspace.Components.validation;
import static com.becflow.workspace.Components.value;
import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.assistant.BriefRefused;
import com.becflow.assistant.ContractProposal;
import com.becflow.assistant.DraftProvenance;
import com.becflow.assistant.Reason;
import com.becflow.clients.Client;
import com.becflow.clients.ClientDetails;
import com.becflow.clients.ClientId;
import com.becflow.clients.ReminderChannel;
import com.becflow.contracts.ContractTemplate;
import com.becflow.contracts.ContractTemplateId;
import com.becflow.contracts.ContractTemplateLibrary;
import com.becflow.contracts.TemplateContent;
import com.becflow.contracts.app.SaveContract;
import com.becflow.contracts.checks.ClauseWarning;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The contract assistant's dialog without a browser: a refused brief is a message on the brief, the draft's main
 * fields carry their reasons, the other clauses are listed with theirs (defaults marked), the rule checks show,
 * and "Create draft" hands on the fields as edited.
 */
class AssistantDraftDialogTest {

    private static final Instant NOW = Instant.parse("2027-01-04T09:00:00Z");
    private final Client bea = Client.add(ClientId.newId(), new ClientDetails("Bea Baker", "bea@client.test", null, null,
            null, Currency.getInstance("EUR"), ZoneId.of("UTC"), Locale.ENGLISH, ReminderChannel.EMAIL, null), NOW);
    private final TemplateContent design = ContractTemplateLibrary.defaults().get(0);
    private final ContractTemplate template = ContractTemplate.create(ContractTemplateId.newId(), design, NOW);
    private final AssistantDraftDialog dialog = new AssistantDraftDialog(query -> Stream.of(bea));
    private final List<AssistantDraftDialog.DraftEvent> asked = new ArrayList<>();
    private final List<AssistantDraftDialog.CreateEvent> created = new ArrayList<>();

    AssistantDraftDialogTest() {
        dialog.addDraftListener(asked::add);
        dialog.addCreateListener(created::add);
    }

    @Test
    void aRefusedBriefIsAMessageOnTheBriefAndClearedOnTheNextTry() {
        value(dialog, "assistant-client").setValue(bea);
        value(dialog, "assistant-brief").setValue("Dodici ore di grafica a 90 all'ora");
        click(dialog, "assistant-draft");
        assertThat(asked).singleElement().satisfies(e -> assertThat(e.client()).isEqualTo(bea));

        Map<String, String> rest = dialog.showErrors(BriefRefused.languageUnsupported("like Italian").fieldErrors());

        assertThat(rest).isEmpty();
        assertThat(validation(dialog, "assistant-brief").isInvalid()).isTrue();
        assertThat(validation(dialog, "assistant-brief").getErrorMessage())
                .contains("English, German, French and Spanish", "Italian");
        assertThat(dialog.showErrors(BriefRefused.empty().fieldErrors())).isEmpty();
        assertThat(validation(dialog, "assistant-brief").getErrorMessage()).contains("Write a few words");

        click(dialog, "assistant-draft");
        assertThat(validation(dialog, "assistant-brief").isInvalid()).as("cleared when drafting again").isFalse();
    }

    @Test
    void theModelIsOfferedOnlyWhenOneIsConfiguredAndTheBriefSaysWhereItGoes() {
        List<Boolean> chosen = new ArrayList<>();
        com.vaadin.flow.component.checkbox.Checkbox useModel = (com.vaadin.flow.component.checkbox.Checkbox)
                field(dialog, "assistant-use-model");
        com.vaadin.flow.component.textfield.TextArea brief = (com.vaadin.flow.component.textfield.TextArea)
                field(dialog, "assistant-brief");

        dialog.offerModel(null, false, chosen::add);
        assertThat(useModel.isVisible()).isFalse();
        assertThat(brief.getHelperText()).contains("nothing is sent to anyone");

        dialog.offerModel("gpt-4o-mini", false, chosen::add);
        assertThat(useModel.isVisible()).isTrue();
        assertThat(useModel.getLabel()).contains("gpt-4o-mini");
        assertThat(useModel.getValue()).isFalse();
        assertThat(brief.getHelperText()).contains("nothing is sent to anyone");

        // The freelancer ticks it: the box takes the value, then the change comes in as the browser's (a change made
        // by the server alone is not their choice).
        useModel.setValue(true);
        assertThat(chosen).isEmpty();
        com.vaadin.flow.component.ComponentUtil.fireEvent(useModel,
                new com.vaadin.flow.component.AbstractField.ComponentValueChangeEvent<>(useModel, useModel, false, true));
        assertThat(brief.getHelperText()).isEqualTo("English, German, French or Spanish. The brief goes to gpt-4o-mini"
                + " to draft it; you review the draft first.");
        assertThat(chosen).containsExactly(true);
    }

    @Test
    void theDraftShowsEachReasonItsChecksAndCreatesWithTheFieldsAsEdited() {
        SaveContract contract = new SaveContract(null, "Logo for a bakery", LocalDate.of(2027, 3, 1), null,
                new BigDecimal("3000"), "EUR", design.body(), design.terms(), design.countersignRequired(), null);
        ContractProposal proposal = new ContractProposal(template.id(), contract, List.of(
                Reason.fromBrief("fee", "3000 because you wrote '3,000 EUR'"),
                Reason.fromBrief("terms.deposit.percent", "deposit 50% because you wrote 'half upfront'"),
                Reason.templateDefault("terms.payment.netDays", "14 days: the template's default")),
                DraftProvenance.offline());

        dialog.show(proposal, bea, template, List.of(new ClauseWarning("terms.lateFee.percentPerPeriod",
                "contract.check.late-fee-above-legal-maximum", "24.33% a year, above the 18% Texas allows",
                "Tex. Fin. Code § 303.009(a)")));

        assertThat(((BigDecimalField) field(dialog, "assistant-fee")).getHelperText()).isEqualTo("3000 because you wrote '3,000 EUR'");
        assertThat(((TextField) field(dialog, "assistant-project")).getValue()).isEqualTo("Logo for a bakery");
        String reasons = field(dialog, "assistant-reasons").getElement().getTextRecursively();
        assertThat(reasons).contains("Deposit: deposit 50% because you wrote 'half upfront'")
                .contains("Payment terms: 14 days: the template's default (default)");
        assertThat(field(dialog, "assistant-checks").isVisible()).isTrue();
        assertThat(field(dialog, "assistant-checks").getElement().getTextRecursively())
                .contains("Late fee: 24.33% a year", "Tex. Fin. Code");

        value(dialog, "assistant-fee").setValue(new BigDecimal("3200"));
        click(dialog, "assistant-create");

        assertThat(created).singleElement().satisfies(e -> {
            assertThat(e.client()).isEqualTo(bea);
            assertThat(e.templateId()).isEqualTo(template.id());
            assertThat(e.contract().fee()).isEqualByComparingTo("3200");
            assertThat(e.contract().terms()).isEqualTo(design.terms());
            assertThat(e.proposal().provenance().label()).isEqualTo("offline");
        });

        dialog.show(proposal, bea, template, List.of());
        assertThat(field(dialog, "assistant-checks").isVisible()).as("no warnings, no panel").isFalse();
    }
}
