package com.becflow.workspace.contracts;

import com.becflow.assistant.ContractProposal;
import com.becflow.assistant.app.AssistantModelSwitch;
import com.becflow.assistant.app.DraftContractWithAssistant;
import com.becflow.contracts.app.ContractCheckup;
import com.becflow.contracts.app.SaveContract;
import com.becflow.clients.Client;
import com.becflow.clients.ClientId;
import com.becflow.clients.ClientSearch;
import com.becflow.clients.ClientSort;
import com.becflow.clients.app.ClientService;
import com.becflow.contracts.Contract;
import com.becflow.contracts.ContractTemplate;
import com.becflow.contracts.app.ContractService;
import com.becflow.contracts.app.ContractTemplateService;
import com.becflow.shared.tenant.TenantAccess;
import com.becflow.shared.tenant.TenantContext;
import com.becflow.workspace.Notices;
import com.becflow.workspace.WorkspaceLayout;
import com.becflow.workspace.security.WorkspaceTenant;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The freelancer's contracts, newest first, with where each stands; a new one starts from a template. */
@Route(value = "contracts", layout = WorkspaceLayout.class)
@PageTitle("Contracts | Becflow")
public class ContractListView extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ContractService contracts;
    private final ContractTemplateService templates;
    private final ClientService clients;
    private final WorkspaceTenant tenant;
    private final Clock clock;
    private final Grid<Contract> grid = new Grid<>(Contract.class, false);
    private final Button add = new Button("New contract");
    private final Button assisted = new Button("Draft with assistant");
    private final NewContractDialog dialog;
    private final AssistantDraftDialog assistantDialog;
    private final DraftContractWithAssistant assistant;
    private final ContractCheckup checkup;
    private final AssistantModelSwitch modelSwitch;
    private final Map<ClientId, String> clientNames = new HashMap<>();
    private final ZoneId zone;

    @Inject
    public ContractListView(ContractService contracts, ContractTemplateService templates, ClientService clients,
                            DraftContractWithAssistant assistant, ContractCheckup checkup,
                            AssistantModelSwitch modelSwitch, WorkspaceTenant tenant, Clock clock) {
        this.assistant = assistant;
        this.modelSwitch = modelSwitch;
        this.checkup = checkup;
        this.contracts = contracts;
        this.templates = templates;
        this.clients = clients;
        this.tenant = tenant;
        this.clock = clock;
        this.zone = tenant.get().zone();
        this.dialog = new NewContractDialog(query -> activeClients(query.getFilter().orElse(""), query.getOffset(),
                query.getLimit()));
        setSizeFull();
        configureGrid();
        dialog.addCreateListener(e -> create(e.draft()));
        this.assistantDialog = new AssistantDraftDialog(query -> activeClients(query.getFilter().orElse(""),
                query.getOffset(), query.getLimit()));
        assistantDialog.addDraftListener(e -> drafted(e.client(), e.brief()));
        assistantDialog.addCreateListener(this::createDrafted);
        assisted.setId("draft-with-assistant");
        assisted.setEnabled(tenant.get().access() == TenantAccess.FULL);
        assisted.addClickListener(e -> openAssistant());
        add.setId("new-contract");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setEnabled(tenant.get().access() == TenantAccess.FULL);
        add.addClickListener(e -> openDialog());
        HorizontalLayout toolbar = new HorizontalLayout(add, assisted);
        add(new H2("Contracts"), toolbar, grid);
    }

    private void configureGrid() {
        grid.setId("contract-grid");
        grid.addComponentColumn(c -> {
            RouterLink link = new RouterLink(c.title(), ContractView.class, new RouteParameters("id", c.id().toString()));
            link.setId("contract-link-" + c.id());
            return link;
        }).setHeader("Title").setAutoWidth(true).setFlexGrow(2);
        grid.addColumn(c -> clientNames.getOrDefault(c.clientId(), "")).setHeader("Client").setAutoWidth(true);
        grid.addComponentColumn(c -> StatusBadge.of(c.statusAt(clock.instant()))).setHeader("Status").setAutoWidth(true);
        grid.addColumn(c -> "rev. " + c.revision()).setHeader("Revision").setAutoWidth(true);
        grid.addColumn(c -> WHEN.format(c.updatedAt().atZone(zone))).setHeader("Updated").setAutoWidth(true);
        grid.setItems(query -> {
            try {
                TenantContext ctx = tenant.get();
                List<Contract> page = contracts.list(null, query.getOffset(), query.getLimit(), ctx);
                page.forEach(c -> clientNames.computeIfAbsent(c.clientId(), id -> clientName(id, ctx)));
                return page.stream();
            } catch (RuntimeException e) {
                Notices.unexpected(e);
                return Stream.empty();
            }
        }, query -> {
            try {
                return (int) Math.min(Integer.MAX_VALUE, contracts.count(null, tenant.get()));
            } catch (RuntimeException e) {
                Notices.unexpected(e);
                return 0;
            }
        });
        grid.addItemDoubleClickListener(e -> open(e.getItem()));
        grid.setSizeFull();
    }

    private String clientName(ClientId id, TenantContext ctx) {
        try {
            return clients.get(id, ctx).name();
        } catch (RuntimeException e) {
            return "(unknown client)";
        }
    }

    private Stream<Client> activeClients(String filter, int offset, int limit) {
        int size = Math.min(Math.max(limit, 1), ClientSearch.MAX_PAGE_SIZE);
        try {
            return clients.search(new ClientSearch(filter, false, ClientSort.NAME, true, offset / size, size),
                    tenant.get()).items().stream();
        } catch (RuntimeException e) {
            Notices.unexpected(e);
            return Stream.empty();
        }
    }

    private void openDialog() {
        List<ContractTemplate> list;
        try {
            list = templates.list(tenant.get());
        } catch (RuntimeException e) {
            Notices.unexpected(e);
            return;
        }
        if (list.isEmpty()) {
            Notices.error("You have no contract templates yet: add one under Templates first.");
            return;
        }
        dialog.open(list);
    }

    private void create(NewContractDraft draft) {
        TenantContext ctx = tenant.get();
        Contract[] made = new Contract[1];
        boolean created = Notices.attempt(() -> made[0] = contracts.create(
                draft.getTemplate() == null ? null : draft.getTemplate().id(),
                draft.getClient() == null ? null : draft.getClient().id(), draft.toCommand(), ctx), dialog::showErrors);
        if (created) {
            dialog.close();
            Notices.success("Draft created");
            open(made[0]);
        }
    }

    private void openAssistant() {
        TenantContext ctx = tenant.get();
        AssistantModelSwitch.State model = modelSwitch.state(ctx);
        assistantDialog.offerModel(model.model(), model.modelAllowed(), allowed -> Notices.attempt(() ->
                modelSwitch.allowModel(allowed, ctx)));
        assistantDialog.open(List.of());
    }

    private void drafted(Client client, String brief) {
        if (client == null) {
            assistantDialog.showErrors(Map.of("clientId", "Choose a client"));
            return;
        }
        TenantContext ctx = tenant.get();
        Notices.attempt(() -> {
            ContractProposal proposal = assistant.draft(client.id(), brief, ctx);
            ContractTemplate chosen = templates.get(proposal.templateId(), ctx);
            SaveContract drafted = proposal.contract();
            assistantDialog.show(proposal, client, chosen,
                    checkup.of(client.id(), drafted.terms(), drafted.fee(), drafted.currency(), ctx));
        }, assistantDialog::showErrors);
    }

    private void createDrafted(AssistantDraftDialog.CreateEvent e) {
        TenantContext ctx = tenant.get();
        Contract[] made = new Contract[1];
        boolean created = Notices.attempt(() -> made[0] = contracts.create(e.templateId(), e.client().id(), e.contract(),
                e.proposal().provenance().label(), ctx), assistantDialog::showErrors);
        if (created) {
            assistantDialog.close();
            Notices.success("Draft created");
            open(made[0]);
        }
    }

    private void open(Contract contract) {
        UI.getCurrent().navigate(ContractView.class, new RouteParameters("id", contract.id().toString()));
    }
}
