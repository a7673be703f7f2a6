package com.becflow.invoicing.app;

import com.becflow.clients.ClientId;
import com.becflow.clients.ClientNotFound;
import com.becflow.clients.app.ClientService;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceEvent;
import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.InvoiceNotFound;
import com.becflow.invoicing.InvoiceOrigin;
import com.becflow.invoicing.InvoiceOrigins;
import com.becflow.invoicing.InvoiceSettings;
import com.becflow.invoicing.InvoiceStatus;
import com.becflow.invoicing.Invoices;
import com.becflow.invoicing.Payment;
import com.becflow.shared.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the freelancer reads about invoices: lists, one invoice, its status as shown, ledger lines and history. */
@ApplicationScoped
@Transactional
public class InvoiceQueries {

    private final Invoices invoices;
    private final ClientService clients;
    private final InvoiceOrigins origins;
    private final Clock clock;

    @Inject
    public InvoiceQueries(Invoices invoices, ClientService clients, InvoiceOrigins origins, Clock clock) {
        this.invoices = invoices;
        this.clients = clients;
        this.origins = origins;
        this.clock = clock;
    }

    protected InvoiceQueries() {
        this(null, null, null, null);
    }

    public List<Invoice> list(ClientId client, InvoiceStatus status, int offset, int limit, TenantContext ctx) {
        return invoices.list(ctx.tenant(), filter(client, status, ctx), offset, limit);
    }

    public long count(ClientId client, InvoiceStatus status, TenantContext ctx) {
        return invoices.count(ctx.tenant(), filter(client, status, ctx));
    }

    /** The status filter means the status as shown: overdue, or not, by each client's own calendar. */
    private Invoices.InvoiceFilter filter(ClientId client, InvoiceStatus status, TenantContext ctx) {
        return new Invoices.InvoiceFilter(client, status, clock.instant());
    }

    public Invoice get(InvoiceId id, TenantContext ctx) {
        return invoices.find(ctx.tenant(), id).orElseThrow(() -> new InvoiceNotFound(id));
    }

    /** What the freelancer and the client see: the stored status, or overdue by the client's calendar. */
    public InvoiceStatus status(Invoice invoice, TenantContext ctx) {
        return invoice.statusOn(clientToday(invoice, ctx));
    }

    /** The shown status of each invoice of a page, reading each client's zone once rather than once per invoice. */
    public Map<InvoiceId, InvoiceStatus> statuses(List<Invoice> page, TenantContext ctx) {
        Map<ClientId, LocalDate> todays = new HashMap<>();
        Map<InvoiceId, InvoiceStatus> statuses = new LinkedHashMap<>();
        for (Invoice invoice : page) {
            statuses.put(invoice.id(), invoice.statusOn(todays.computeIfAbsent(invoice.clientId(),
                    client -> clientToday(invoice, ctx))));
        }
        return statuses;
    }

    /** What made each invoice of a page on its own (a recurring invoice, a package); those typed by hand are absent. */
    public Map<InvoiceId, InvoiceOrigin> origins(List<Invoice> page, TenantContext ctx) {
        return origins.of(ctx.tenant(), page.stream().map(Invoice::id).toList());
    }

    public Optional<InvoiceOrigin> origin(InvoiceId id, TenantContext ctx) {
        return Optional.ofNullable(origins.of(ctx.tenant(), List.of(id)).get(id));
    }

    public InvoiceSettings settings(TenantContext ctx) {
        return invoices.settings(ctx.tenant());
    }

    public List<Payment> payments(InvoiceId id, TenantContext ctx) {
        get(id, ctx);
        return invoices.payments(ctx.tenant(), id);
    }

    public List<InvoiceEvent> events(InvoiceId id, TenantContext ctx) {
        get(id, ctx);
        return invoices.events(ctx.tenant(), id);
    }

    public List<Invoice> creditNotes(InvoiceId id, TenantContext ctx) {
        get(id, ctx);
        return invoices.creditNotesFor(ctx.tenant(), id);
    }

    /** The day it is for the invoice's client, in their zone (the tenant's if the client is gone). */
    LocalDate clientToday(Invoice invoice, TenantContext ctx) {
        ZoneId zone;
        try {
            zone = clients.get(invoice.clientId(), ctx).zone();
        } catch (ClientNotFound e) {
            zone = ctx.zone();
        }
        return LocalDate.now(clock.withZone(zone));
    }
}
