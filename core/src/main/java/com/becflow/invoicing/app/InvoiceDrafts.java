package com.becflow.invoicing.app;

import com.becflow.clients.Client;
import com.becflow.clients.ClientId;
import com.becflow.clients.ClientNotFound;
import com.becflow.clients.app.ClientService;
import com.becflow.contracts.Contract;
import com.becflow.contracts.ContractId;
import com.becflow.contracts.Contracts;
import com.becflow.invoicing.InvalidInvoice;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceContent;
import com.becflow.invoicing.InvoiceDocument;
import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.InvoiceKind;
import com.becflow.invoicing.InvoiceLines;
import com.becflow.invoicing.InvoiceNotFound;
import com.becflow.invoicing.InvoiceParties;
import com.becflow.invoicing.InvoiceRendering;
import com.becflow.invoicing.InvoiceStateConflict;
import com.becflow.invoicing.InvoiceStatus;
import com.becflow.invoicing.Invoices;
import com.becflow.shared.money.InvoiceCurrency;
import com.becflow.shared.tenant.TenantContext;
import com.becflow.tenancy.app.TenantRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;

/** The freelancer's drafts: made, changed, previewed as they would be issued, and deleted while still drafts. */
@ApplicationScoped
@Transactional
public class InvoiceDrafts {

    private final Invoices invoices;
    private final ClientService clients;
    private final Contracts contracts;
    private final TenantRegistry tenants;
    private final Clock clock;

    @Inject
    public InvoiceDrafts(Invoices invoices, ClientService clients, Contracts contracts, TenantRegistry tenants, Clock clock) {
        this.invoices = invoices;
        this.clients = clients;
        this.contracts = contracts;
        this.tenants = tenants;
        this.clock = clock;
    }

    protected InvoiceDrafts() {
        this(null, null, null, null, null);
    }

    public Invoice create(SaveInvoice command, TenantContext ctx) {
        ctx.requireWritable();
        Checked checked = check(command, ctx);
        Invoice invoice = Invoice.draft(InvoiceId.newId(), InvoiceKind.INVOICE, checked.client().id(),
                checked.contract() == null ? null : checked.contract().id(), null, checked.content(), clock.instant());
        invoices.add(ctx.tenant(), invoice);
        return invoice;
    }

    /** A new invoice's fields checked as {@link #create} checks them, storing nothing: a recurring invoice's content. */
    public Checked check(SaveInvoice command, TenantContext ctx) {
        Map<String, String> errors = new LinkedHashMap<>();
        Client client = client(command.clientId(), ctx);
        Contract contract = contract(command.contractId(), client, errors, ctx);
        return new Checked(client, contract, content(command, client, contract, errors, InvoiceKind.INVOICE, ctx));
    }

    /** An invoice's fields as checked: its client, its contract if any, and its content with the defaults filled in. */
    public record Checked(Client client, Contract contract, InvoiceContent content) {
    }

    /** Replaces a draft's fields; the client can change too, an issued invoice never. */
    public Invoice update(InvoiceId id, SaveInvoice command, TenantContext ctx) {
        ctx.requireWritable();
        Invoice invoice = get(id, ctx);
        if (invoice.status() != InvoiceStatus.DRAFT) {
            throw new InvoiceStateConflict("invoice.change.issued", "Only a draft can be changed; " + invoice.describe()
                    + " is " + invoice.status().label().toLowerCase() + ". Issue a credit note to correct it");
        }
        if (command.clientId() != null && !command.clientId().equals(invoice.clientId())) {
            throw InvalidInvoice.of("clientId", "A draft keeps its client; start a new invoice for another client");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Client client = clients.get(invoice.clientId(), ctx);
        ContractId contractId = command.contractId() != null ? command.contractId() : invoice.contractId().orElse(null);
        Contract contract = contract(contractId, client, errors, ctx);
        InvoiceContent content = content(command, client, contract, errors, invoice.kind(), ctx);
        invoice.change(content, clock.instant());
        return invoice;
    }

    public void delete(InvoiceId id, TenantContext ctx) {
        ctx.requireWritable();
        Invoice invoice = get(id, ctx);
        if (invoice.status() != InvoiceStatus.DRAFT) {
            throw new InvoiceStateConflict("invoice.delete.issued", invoice.describe()
                    + " is issued and is kept for good; void it or issue a credit note");
        }
        invoices.removeDraft(ctx.tenant(), invoice);
    }

    /** A draft exactly as it would be issued today (without its number); an issued one as it was issued. */
    public String preview(InvoiceId id, TenantContext ctx) {
        Invoice invoice = get(id, ctx);
        if (invoice.status() != InvoiceStatus.DRAFT) {
            return invoices.document(ctx.tenant(), id).map(InvoiceDocument::html).orElseThrow(() -> new InvoiceNotFound(id));
        }
        return InvoiceRendering.document(invoice, InvoiceParties.of(tenants.get(ctx.tenant()),
                clients.get(invoice.clientId(), ctx)), invoices.settings(ctx.tenant()).branding(), null);
    }

    private Invoice get(InvoiceId id, TenantContext ctx) {
        return invoices.find(ctx.tenant(), id).orElseThrow(() -> new InvoiceNotFound(id));
    }

    private Client client(ClientId id, TenantContext ctx) {
        if (id == null) {
            throw InvalidInvoice.of("clientId", "Choose a client");
        }
        try {
            Client client = clients.get(id, ctx);
            if (client.archived()) {
                throw InvalidInvoice.of("clientId", "This client is archived");
            }
            return client;
        } catch (ClientNotFound e) {
            throw InvalidInvoice.of("clientId", "No such client");
        }
    }

    private Contract contract(ContractId id, Client client, Map<String, String> errors, TenantContext ctx) {
        if (id == null) {
            return null;
        }
        Contract contract = contracts.find(ctx.tenant(), id).orElse(null);
        if (contract == null || !contract.clientId().equals(client.id())) {
            errors.put("contractId", "No such contract for this client");
            return null;
        }
        if (!contract.status().signed()) {
            errors.put("contractId", "The contract is not signed yet");
            return null;
        }
        return contract;
    }

    private InvoiceContent content(SaveInvoice c, Client client, Contract contract, Map<String, String> errors,
                                   InvoiceKind kind, TenantContext ctx) {
        Currency currency;
        if (c.currency() == null || c.currency().isBlank()) {
            currency = contract != null ? contract.fee().currency() : client.currency();
        } else {
            currency = InvoiceCurrency.parse(c.currency(), problem -> errors.put("currency", problem)).orElse(null);
        }
        if (contract != null && currency != null && !currency.equals(contract.fee().currency())) {
            errors.put("currency", "The contract is in " + contract.fee().currency().getCurrencyCode());
        }
        int netDays = c.netDays() != null ? c.netDays()
                : contract != null && contract.terms().payment() != null && contract.terms().payment().netDays() != null
                ? contract.terms().payment().netDays()
                : invoices.settings(ctx.tenant()).defaultNetDays();
        InvoiceContent content = new InvoiceContent(currency, new InvoiceLines(c.lines()), c.reference(), c.notes(), netDays,
                Boolean.TRUE.equals(c.partialPayments()), c.minimumPayment());
        if (currency != null) {
            errors.putAll(content.problems(kind));
        } else {
            content.problems(kind).forEach((k, v) -> {
                if (!k.equals("currency") && !k.equals("minimumPayment") && !k.equals("lines")) {
                    errors.putIfAbsent(k, v);
                }
            });
        }
        if (!errors.isEmpty()) {
            throw new InvalidInvoice(errors);
        }
        return content.normalized();
    }
}
