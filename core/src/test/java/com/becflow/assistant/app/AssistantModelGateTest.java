package com.becflow.assistant.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.assistant.AssistantSettings;
import com.becflow.assistant.ContractBrief;
import com.becflow.assistant.ContractProposal;
import com.becflow.assistant.DraftProvenance;
import com.becflow.assistant.DraftingAssistant;
import com.becflow.assistant.DraftingAssistants;
import com.becflow.assistant.InvoiceBrief;
import com.becflow.assistant.InvoiceProposal;
import com.becflow.clients.Client;
import com.becflow.clients.ClientDetails;
import com.becflow.clients.ClientId;
import com.becflow.clients.ReminderChannel;
import com.becflow.clients.app.ClientService;
import com.becflow.contracts.ContractTemplate;
import com.becflow.contracts.ContractTemplateId;
import com.becflow.contracts.ContractTemplateLibrary;
import com.becflow.contracts.TemplateContent;
import com.becflow.contracts.app.ContractTemplateService;
import com.becflow.contracts.app.SaveContract;
import com.becflow.invoicing.InvoiceLine;
import com.becflow.shared.tenant.TenantAccess;
import com.becflow.shared.tenant.TenantContext;
import com.becflow.shared.tenant.TenantId;
import com.becflow.shared.tenant.UserId;
import com.becflow.shared.time.ServerClock;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A brief (client names, fees) reaches a language model only when the operator configured one AND the tenant
 * turned it on; off by default. Checked on both use cases with an assistant that records whether it was asked.
 */
class AssistantModelGateTest {

    private final ServerClock clock = ServerClock.movable();
    private final TenantContext ctx = new TenantContext(TenantId.newId(), new UserId("u-1"), ZoneId.of("UTC"),
            Currency.getInstance("EUR"), TenantAccess.FULL);
    private final Client client = Client.add(ClientId.newId(), new ClientDetails("Bea Baker", "bea@client.test", null,
            null, null, Currency.getInstance("EUR"), ZoneId.of("UTC"), Locale.ENGLISH, ReminderChannel.EMAIL, null),
            clock.instant());
    private final TemplateContent design = ContractTemplateLibrary.defaults().get(0);
    private final ContractTemplate template = ContractTemplate.create(ContractTemplateId.newId(), design, clock.instant());
    private final AssistantSettings settings = new AssistantSettings() { };
    private final List<String> briefsSeenByTheModel = new ArrayList<>();
    private final Recording model = new Recording(DraftProvenance.model("test-model"), briefsSeenByTheModel);
    private final Recording offline = new Recording(DraftProvenance.offline(), new ArrayList<>());

    private final ClientService clients = new ClientService() {
        @Override
        public Client get(ClientId id, TenantContext tenant) {
            return client;
        }
    };
    private final ContractTemplateService templates = new ContractTemplateService() {
        @Override
        public List<ContractTemplate> list(TenantContext tenant) {
            return List.of(template);
        }
    };

    private boolean modelConfigured;
    private final DraftingAssistants assistants = new DraftingAssistants() {
        @Override
        public DraftingAssistant offline() {
            return offline;
        }

        @Override
        public Optional<DraftingAssistant> model() {
            return modelConfigured ? Optional.of(model) : Optional.empty();
        }
    };

    private AssistantModelSwitch modelSwitch(boolean configured) {
        modelConfigured = configured;
        return new AssistantModelSwitch(tenant -> settings, assistants, clock);
    }

    private ContractProposal draftContract(AssistantModelSwitch modelSwitch) {
        return new DraftContractWithAssistant(templates, clients, assistants, modelSwitch, clock)
                .draft(client.id(), "Logo for a bakery, 3,000 EUR", ctx);
    }

    private InvoiceProposal draftInvoice(AssistantModelSwitch modelSwitch) {
        return new DraftInvoiceWithAssistant(clients, assistants, modelSwitch, clock)
                .draft(client.id(), "Logo design for 900", ctx);
    }

    @Test
    void aConfiguredModelIsNotAskedWhileTheTenantHasNotTurnedItOn() {
        AssistantModelSwitch modelSwitch = modelSwitch(true);

        assertThat(modelSwitch.state(ctx)).isEqualTo(new AssistantModelSwitch.State(false, "test-model"));
        assertThat(draftContract(modelSwitch).provenance()).isEqualTo(DraftProvenance.offline());
        assertThat(draftInvoice(modelSwitch).provenance()).isEqualTo(DraftProvenance.offline());
        assertThat(briefsSeenByTheModel).isEmpty();
    }

    @Test
    void onceTheTenantTurnsItOnTheConfiguredModelDraftsAndIsNamed() {
        AssistantModelSwitch modelSwitch = modelSwitch(true);
        modelSwitch.allowModel(true, ctx);

        assertThat(draftContract(modelSwitch).provenance().label()).isEqualTo("model test-model");
        assertThat(draftInvoice(modelSwitch).provenance().label()).isEqualTo("model test-model");
        assertThat(briefsSeenByTheModel).containsExactly("Logo for a bakery, 3,000 EUR", "Logo design for 900");

        modelSwitch.allowModel(false, ctx);
        assertThat(draftContract(modelSwitch).provenance()).isEqualTo(DraftProvenance.offline());
        assertThat(briefsSeenByTheModel).hasSize(2);
    }

    @Test
    void aTenantThatTurnedItOnStillDraftsOfflineWhenNoModelIsConfigured() {
        AssistantModelSwitch modelSwitch = modelSwitch(false);
        modelSwitch.allowModel(true, ctx);

        assertThat(modelSwitch.allowed(ctx)).isFalse();
        assertThat(draftContract(modelSwitch).provenance()).isEqualTo(DraftProvenance.offline());
        assertThat(briefsSeenByTheModel).isEmpty();
    }

    /** Proposes the template as it is (a sound draft) and records each brief it was given. */
    private final class Recording implements DraftingAssistant {
        private final DraftProvenance provenance;
        private final List<String> briefs;

        Recording(DraftProvenance provenance, List<String> briefs) {
            this.provenance = provenance;
            this.briefs = briefs;
        }

        @Override
        public DraftProvenance provenance() {
            return provenance;
        }

        @Override
        public ContractProposal proposeContract(ContractBrief brief) {
            briefs.add(brief.text());
            return new ContractProposal(template.id(), new SaveContract(null, "Logo", null, null, new BigDecimal("3000"),
                    "EUR", design.body(), design.terms(), design.countersignRequired(), null), List.of(), provenance);
        }

        @Override
        public InvoiceProposal proposeInvoice(InvoiceBrief brief) {
            briefs.add(brief.text());
            return new InvoiceProposal("EUR", List.of(InvoiceLine.of("Logo design", "1", "900")), List.of(), provenance);
        }
    }
}
