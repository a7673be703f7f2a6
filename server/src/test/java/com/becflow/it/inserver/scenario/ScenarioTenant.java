package com.becflow.it.inserver.scenario;

import com.becflow.clients.Client;
import com.becflow.clients.app.SaveClient;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceEvent;
import com.becflow.invoicing.InvoiceEventType;
import com.becflow.invoicing.InvoiceStatus;
import com.becflow.shared.agenda.AgendaEntry;
import com.becflow.shared.tenant.TenantContext;
import com.becflow.shared.tenant.TenantId;
import java.util.List;
import java.util.UUID;

/** A freelancer's workspace in a scenario: its clients, and what it shows about its invoices. */
public final class ScenarioTenant {

    private final Scenario scenario;
    private final TenantContext ctx;
    private ScenarioApi api;

    ScenarioTenant(Scenario scenario, TenantContext ctx) {
        this.scenario = scenario;
        this.ctx = ctx;
    }

    public TenantId id() {
        return ctx.tenant();
    }

    /** The context use cases run in for this tenant. */
    public TenantContext context() {
        return ctx;
    }

    /** A client living in a time zone, paying in the tenant's currency. */
    public ScenarioClient client(String name, String zone) {
        String email = name.toLowerCase().replaceAll("[^a-z]", "") + "-" + UUID.randomUUID() + "@client.test";
        Client client = scenario.harness.clients.add(new SaveClient(name, email, null, null, null, null, null, null,
                null, null, null, zone, null, null, null), ctx);
        return new ScenarioClient(scenario, this, client);
    }

    /** The status the freelancer and the client see now. */
    public InvoiceStatus statusOf(Invoice invoice) {
        return scenario.harness.queries.status(scenario.harness.queries.get(invoice.id(), ctx), ctx);
    }

    /** The invoice's history entries of one type. */
    public List<InvoiceEvent> history(Invoice invoice, InvoiceEventType type) {
        return scenario.harness.queries.events(invoice.id(), ctx).stream().filter(e -> e.type() == type).toList();
    }

    /** The tenant's entries on the housekeeping agenda. */
    public List<AgendaEntry> agenda() {
        return scenario.harness.agenda.of(ctx.tenant());
    }

    /** The workspace's invoice list, the real view, as this tenant's freelancer would open it now. */
    public WorkspaceInvoiceList workspaceList() {
        return new WorkspaceInvoiceList(scenario.harness, ctx);
    }

    /** The REST API over HTTP, with a token of this tenant's own freelancer (made at first use). */
    public ScenarioApi api() {
        if (api == null) {
            api = ScenarioApi.signIn(scenario.harness, ctx);
        }
        return api;
    }
}
