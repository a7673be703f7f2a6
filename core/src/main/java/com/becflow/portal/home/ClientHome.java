package com.becflow.portal.home;

import com.becflow.clients.Client;
import com.becflow.clients.app.ClientService;
import com.becflow.contracts.Contract;
import com.becflow.contracts.ContractId;
import com.becflow.contracts.ContractStatus;
import com.becflow.contracts.Contracts;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.InvoiceKind;
import com.becflow.invoicing.InvoiceStatus;
import com.becflow.invoicing.Invoices;
import com.becflow.invoicing.app.InvoiceLinks;
import com.becflow.invoicing.statements.StatementFile;
import com.becflow.invoicing.statements.app.ClientStatements;
import com.becflow.portal.PortalLink;
import com.becflow.portal.PortalLinkNotFound;
import com.becflow.portal.PortalPurpose;
import com.becflow.portal.app.IssuedLink;
import com.becflow.portal.app.PortalLinkService;
import com.becflow.shared.mail.MailBrands;
import com.becflow.shared.mail.MailDelivery;
import com.becflow.shared.mail.Outbox;
import com.becflow.shared.money.Money;
import com.becflow.shared.tenant.TenantContext;
import com.becflow.tenancy.Tenant;
import com.becflow.tenancy.app.TenantRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A client's home with one freelancer, opened by any usable link to an invoice or a contract that was sent to them, or
 * by the link signing in gives ({@link ClientSignIn}): it names the tenant and the client, and the home shows that
 * client's documents and nothing else. A document is opened from it by a fresh link of its own, made when the client
 * asks (never on reading the page, which mail scanners do), sent to the address the opening link went to.
 */
@ApplicationScoped
@Transactional
public class ClientHome {

    /** Documents listed of each kind, newest first: a client of years sees their recent ones. */
    static final int SHOWN = 100;
    /** Mails listed: the recent conversation, not an archive. */
    static final int MAILS_SHOWN = 30;
    private static final Set<PortalPurpose> OPENING = Set.of(PortalPurpose.INVOICE, PortalPurpose.CONTRACT,
            PortalPurpose.HOME);

    private final PortalLinkService links;
    private final InvoiceLinks invoiceLinks;
    private final Invoices invoices;
    private final Contracts contracts;
    private final ClientService clients;
    private final TenantRegistry tenants;
    private final Outbox outbox;
    private final MailBrands brands;
    private final Clock clock;
    private final ClientPlans plans;
    private final ClientStatements statements;

    @Inject
    public ClientHome(PortalLinkService links, InvoiceLinks invoiceLinks, Invoices invoices, Contracts contracts,
                      ClientService clients, TenantRegistry tenants, Outbox outbox, MailBrands brands, Clock clock,
                      ClientPlans plans, ClientStatements statements) {
        this.links = links;
        this.invoiceLinks = invoiceLinks;
        this.invoices = invoices;
        this.contracts = contracts;
        this.clients = clients;
        this.tenants = tenants;
        this.outbox = outbox;
        this.brands = brands;
        this.clock = clock;
        this.plans = plans;
        this.statements = statements;
    }

    protected ClientHome() {
        this(null, null, null, null, null, null, null, null, null, null, null);
    }

    private record Entered(PortalLink link, TenantContext ctx, Client client) {
    }

    public ClientOverview overview(String token) {
        Entered home = enter(token);
        Tenant tenant = tenants.recent(home.ctx().tenant());
        String freelancer = brands.of(home.ctx().tenant()).name();
        LocalDate clientToday = home.client().today(clock);
        Instant now = clock.instant();
        List<ClientOverview.InvoiceEntry> shown = new ArrayList<>();
        Map<Currency, Money> owed = new LinkedHashMap<>();
        Map<InvoiceId, Invoice> issued = new HashMap<>();
        Set<UUID> documents = new HashSet<>();
        Set<String> addresses = new HashSet<>();
        if (home.client().email() != null) {
            addresses.add(home.client().email().toLowerCase(Locale.ROOT));
        }
        addresses.add(home.link().sentTo().toLowerCase(Locale.ROOT));
        for (Invoice invoice : invoices.list(home.ctx().tenant(),
                new Invoices.InvoiceFilter(home.client().id(), null, now), 0, SHOWN)) {
            if (invoice.status() == InvoiceStatus.DRAFT) {
                continue;
            }
            documents.add(invoice.id().value());
            issued.put(invoice.id(), invoice);
            if (invoice.sentTo() != null) {
                addresses.add(invoice.sentTo().toLowerCase(Locale.ROOT));
            }
            InvoiceStatus status = invoice.statusOn(clientToday);
            Money balance = invoice.kind().owed() && status.open() ? invoice.balance().rounded()
                    : Money.zero(invoice.currency());
            if (balance.isPositive()) {
                owed.merge(invoice.currency(), balance, Money::plus);
            }
            shown.add(new ClientOverview.InvoiceEntry(invoice.id(), invoice.kind(), invoice.number().orElse(""),
                    status, invoice.issueDate(), invoice.kind() == InvoiceKind.CREDIT_NOTE ? null : invoice.dueNow(),
                    invoice.total().rounded(), balance));
        }
        List<ClientOverview.ContractEntry> sent = new ArrayList<>();
        for (Contract c : contracts.list(home.ctx().tenant(), home.client().id(), 0, SHOWN)) {
            if (c.sentAt() == null || c.statusAt(now) == ContractStatus.DRAFT) {
                continue;
            }
            documents.add(c.id().value());
            if (c.sentTo() != null) {
                addresses.add(c.sentTo().toLowerCase(Locale.ROOT));
            }
            sent.add(new ClientOverview.ContractEntry(c.id(), c.title(), c.statusAt(now), c.sentAt(), c.fee()));
        }
        // Mails about these documents went to the freelancer too (a dispute, a promise): only the client's are theirs.
        List<ClientOverview.MailEntry> mails = outbox.deliveries(home.ctx().tenant(), documents, MAILS_SHOWN).stream()
                .filter(m -> addresses.contains(m.to().toLowerCase(Locale.ROOT)))
                .map(m -> new ClientOverview.MailEntry(m.subject(), m.sentAt() != null ? m.sentAt() : m.queuedAt(),
                        m.state() == MailDelivery.State.SENT))
                .toList();
        // The payment plans on these invoices and the methods autopay charges for them: ClientPlans' section.
        List<PlanEntry> planned = plans.of(home.ctx(), home.client().id(), issued);
        return new ClientOverview(home.client().name(), home.client().zone(), freelancer, tenant.ownerEmail(),
                tenant.slug().value(), List.copyOf(owed.values()), shown, sent, mails, planned,
                SavedMethodEntry.of(planned));
    }

    /** A fresh link to one of the client's issued invoices. */
    public IssuedLink openInvoice(String token, InvoiceId id) {
        Entered home = enter(token);
        Invoice invoice = invoices.find(home.ctx().tenant(), id)
                .filter(i -> i.clientId().equals(home.client().id()) && i.status() != InvoiceStatus.DRAFT)
                .orElseThrow(PortalLinkNotFound::unknown);
        return invoiceLinks.issue(home.ctx(), invoice, home.client(), home.link().sentTo(), invoice.dueDate());
    }

    /** A fresh link to one of the contracts sent to the client. */
    public IssuedLink openContract(String token, ContractId id) {
        Entered home = enter(token);
        Contract contract = contracts.find(home.ctx().tenant(), id)
                .filter(c -> c.clientId().equals(home.client().id()) && c.sentAt() != null)
                .orElseThrow(PortalLinkNotFound::unknown);
        return links.issue(home.ctx().tenant(), home.client().id(), PortalPurpose.CONTRACT, contract.id().value(),
                home.link().sentTo());
    }

    /**
     * The client's statement of account with this freelancer over the days named ({@code from}, {@code to}; the twelve
     * months ending today on the freelancer's calendar when left out). A link that opens no home is refused before
     * the period is looked at.
     */
    public StatementFile statement(String token, String from, String to) {
        Entered home = enter(token);
        return statements.pdf(home.client().id(), statements.period(from, to, home.ctx()), home.ctx());
    }

    private Entered enter(String token) {
        PortalLink link = links.openAny(token, OPENING);
        TenantContext ctx = links.enterAsClient(link);
        Client client = clients.get(link.client(), ctx);
        return new Entered(link, ctx, client);
    }
}
