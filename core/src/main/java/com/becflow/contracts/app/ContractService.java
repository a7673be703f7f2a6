package com.becflow.contracts.app;

import com.becflow.clients.Client;
import com.becflow.clients.ClientId;
import com.becflow.clients.app.ClientService;
import com.becflow.contracts.ConsentText;
import com.becflow.contracts.Contract;
import com.becflow.contracts.ContractContent;
import com.becflow.contracts.ContractDocument;
import com.becflow.contracts.ContractEvent;
import com.becflow.contracts.ContractEventType;
import com.becflow.contracts.ContractFile;
import com.becflow.contracts.ContractFileKind;
import com.becflow.contracts.ContractFollowUp;
import com.becflow.contracts.ContractId;
import com.becflow.contracts.ContractNotFound;
import com.becflow.contracts.ContractRendering;
import com.becflow.contracts.ContractSignature;
import com.becflow.contracts.ContractStateConflict;
import com.becflow.contracts.ContractStatus;
import com.becflow.contracts.ContractTemplate;
import com.becflow.contracts.ContractTemplateId;
import com.becflow.contracts.Contracts;
import com.becflow.contracts.InvalidContract;
import com.becflow.contracts.Parties;
import com.becflow.contracts.SignatureContext;
import com.becflow.contracts.SignerRole;
import com.becflow.clients.PostalAddress;
import com.becflow.portal.PortalPurpose;
import com.becflow.portal.app.IssuedLink;
import com.becflow.portal.app.PortalLinkService;
import com.becflow.shared.agenda.Agenda;
import com.becflow.shared.agenda.AgendaTopic;
import com.becflow.shared.mail.MailDelivery;
import com.becflow.shared.mail.MailTopic;
import com.becflow.shared.mail.OutgoingMail;
import com.becflow.shared.mail.Outbox;
import com.becflow.shared.money.InvoiceCurrency;
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
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The freelancer's use cases on contracts: draft, preview, send, revise, void, countersign, and the evidence. */
@ApplicationScoped
@Transactional
public class ContractService {

    static final int DEFAULT_VALIDITY_DAYS = 30;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private final Contracts contracts;
    private final ContractTemplateService templates;
    private final ClientService clients;
    private final TenantRegistry tenants;
    private final PortalLinkService links;
    private final ContractEvidence evidence;
    private final Outbox outbox;
    private final Agenda agenda;
    private final Clock clock;
    private final String publicUrl;

    @Inject
    public ContractService(Contracts contracts, ContractTemplateService templates, ClientService clients,
                           TenantRegistry tenants, PortalLinkService links, ContractEvidence evidence, Outbox outbox,
                           Agenda agenda, Clock clock, @ConfigProperty(name = "BECFLOW_PUBLIC_URL") String publicUrl) {
        this.contracts = contracts;
        this.templates = templates;
        this.clients = clients;
        this.tenants = tenants;
        this.links = links;
        this.evidence = evidence;
        this.outbox = outbox;
        this.agenda = agenda;
        this.clock = clock;
        this.publicUrl = publicUrl == null ? null : publicUrl.replaceAll("/+$", "");
    }

    protected ContractService() {
        this(null, null, null, null, null, null, null, null, null, null);
    }

    public List<Contract> list(ClientId client, int offset, int limit, TenantContext ctx) {
        return contracts.list(ctx.tenant(), client, offset, limit);
    }

    public long count(ClientId client, TenantContext ctx) {
        return contracts.count(ctx.tenant(), client);
    }

    public Contract get(ContractId id, TenantContext ctx) {
        return contracts.find(ctx.tenant(), id).orElseThrow(() -> new ContractNotFound(id));
    }

    /** A draft for a client from a template; what the command leaves out comes from the template and the client. */
    public Contract create(ContractTemplateId templateId, ClientId clientId, SaveContract command, TenantContext ctx) {
        return create(templateId, clientId, command, null, ctx);
    }

    /**
     * As {@link #create(ContractTemplateId, ClientId, SaveContract, TenantContext)}, for a draft the assistant
     * proposed: {@code draftedBy} ("offline", or the model's name) goes into the contract's history.
     */
    public Contract create(ContractTemplateId templateId, ClientId clientId, SaveContract command, String draftedBy,
                           TenantContext ctx) {
        ctx.requireWritable();
        Map<String, String> errors = new LinkedHashMap<>();
        ContractTemplate template = null;
        Client client = null;
        if (templateId == null) {
            errors.put("templateId", "Choose a template");
        } else {
            template = templates.list(ctx).stream().filter(t -> t.id().equals(templateId)).findFirst().orElse(null);
            if (template == null) {
                errors.put("templateId", "No such template");
            }
        }
        if (clientId == null) {
            errors.put("clientId", "Choose a client");
        } else {
            try {
                client = clients.get(clientId, ctx);
                if (client.archived()) {
                    errors.put("clientId", "This client is archived");
                }
            } catch (com.becflow.clients.ClientNotFound e) {
                errors.put("clientId", "No such client");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidContract(errors);
        }
        String title = command.title() == null || command.title().isBlank()
                ? template.name() + (command.projectName() == null || command.projectName().isBlank() ? "" : ": " + command.projectName().strip())
                : command.title();
        SaveContract filled = new SaveContract(title, command.projectName(), command.startDate(), command.endDate(),
                command.fee(), command.currency() == null || command.currency().isBlank() ? client.currency().getCurrencyCode() : command.currency(),
                command.body() == null ? template.body() : command.body(),
                command.terms() == null ? template.terms() : command.terms(),
                command.countersignRequired() == null ? template.countersignRequired() : command.countersignRequired(),
                command.validityDays() == null ? DEFAULT_VALIDITY_DAYS : command.validityDays());
        Instant now = clock.instant();
        Contract contract = Contract.draft(ContractId.newId(), client.id(), template.id(), content(filled), now);
        contracts.add(ctx.tenant(), contract);
        evidence.log(ctx.tenant(), contract, ContractEventType.CREATED, freelancer(ctx),
                "From template \"" + template.name() + "\" for client " + client.name() + " <" + client.email() + ">", now);
        if (draftedBy != null) {
            evidence.log(ctx.tenant(), contract, ContractEventType.DRAFTED_BY_ASSISTANT, freelancer(ctx),
                    "Drafted from the freelancer's brief by the assistant (" + draftedBy + ") and reviewed before saving", now);
        }
        return contract;
    }

    /**
     * Changes a draft. A sent contract that is not signed becomes the next revision: its link stops working,
     * the document the client saw is kept, and the new revision waits to be sent.
     */
    public Contract update(ContractId id, SaveContract command, TenantContext ctx) {
        ctx.requireWritable();
        Contract contract = get(id, ctx);
        SaveContract filled = new SaveContract(command.title(), command.projectName(), command.startDate(),
                command.endDate(), command.fee(),
                command.currency() == null || command.currency().isBlank() ? contract.fee().currency().getCurrencyCode() : command.currency(),
                command.body(), command.terms(),
                command.countersignRequired() == null ? contract.countersignRequired() : command.countersignRequired(),
                command.validityDays() == null ? contract.validityDays() : command.validityDays());
        ContractContent content = content(filled);
        Instant now = clock.instant();
        ContractStatus status = contract.statusAt(now);
        if (status.awaitsClient() || status == ContractStatus.EXPIRED) {
            int revoked = links.revokeAll(ctx.tenant(), PortalPurpose.CONTRACT, id.value());
            int previous = contract.revise(now);
            evidence.log(ctx.tenant(), contract, ContractEventType.REVISED, freelancer(ctx), "Revision " + previous
                    + " withdrawn (" + revoked + " link(s) revoked); revision " + contract.revision() + " started", now);
        }
        contract.change(content, now);
        evidence.log(ctx.tenant(), contract, ContractEventType.UPDATED, freelancer(ctx),
                "Revision " + contract.revision() + " edited", now);
        return contract;
    }

    /** The document exactly as the client will see it if it were sent now. */
    public String preview(ContractId id, TenantContext ctx) {
        Contract contract = get(id, ctx);
        if (contract.status() != ContractStatus.DRAFT) {
            return contracts.document(ctx.tenant(), id, contract.revision()).map(ContractDocument::html)
                    .orElseThrow(() -> new ContractNotFound(id));
        }
        return ContractRendering.fragment(contract.content(),
                parties(tenants.get(ctx.tenant()), clients.get(contract.clientId(), ctx)), contract.revision(),
                today(ctx.zone()));
    }

    /** A preview of unsaved content, for the editor; checks the content like a save would. */
    public String preview(ClientId clientId, SaveContract command, TenantContext ctx) {
        Client client = clients.get(clientId, ctx);
        ContractContent content = content(command);
        return ContractRendering.fragment(content, parties(tenants.get(ctx.tenant()), client), 1, today(ctx.zone()));
    }

    /** Fixes the document of this revision, queues the mail with the client's personal link and records both. */
    public Contract send(ContractId id, TenantContext ctx) {
        ctx.requireWritable();
        Contract contract = get(id, ctx);
        Client client = clients.get(contract.clientId(), ctx);
        if (client.archived()) {
            throw new ContractStateConflict("The client is archived; restore them before sending");
        }
        Instant now = clock.instant();
        Tenant tenant = tenants.get(ctx.tenant());
        Parties parties = parties(tenant, client);
        ContractDocument document = new ContractDocument(contract.id(), contract.revision(),
                ContractRendering.fragment(contract.content(), parties, contract.revision(), today(ctx.zone())), now);
        contract.send(client.email(), now);
        contracts.addDocument(ctx.tenant(), document);
        IssuedLink link = links.issue(ctx.tenant(), client.id(), PortalPurpose.CONTRACT, id.value(), client.email());
        evidence.log(ctx.tenant(), contract, ContractEventType.SENT, freelancer(ctx), "Revision " + contract.revision()
                + " sent to " + client.email() + "; document SHA-256 " + document.sha256() + "; link expires "
                + link.link().expiresAt(), now);
        mailLink(contract, tenant, client.name(), client.email(), link, false);
        agenda.expect(ctx.tenant(), AgendaTopic.REMINDERS, ContractFollowUp.dueAfterSending(now));
        return contract;
    }

    /** A fresh link for a contract awaiting the client, e.g. when the first mail got lost; the old link stops working. */
    public Contract resend(ContractId id, TenantContext ctx) {
        ctx.requireWritable();
        Contract contract = get(id, ctx);
        if (!contract.statusAt(clock.instant()).awaitsClient()) {
            throw new ContractStateConflict("Only a contract awaiting the client's signature can be sent again");
        }
        Client client = clients.get(contract.clientId(), ctx);
        links.revokeAll(ctx.tenant(), PortalPurpose.CONTRACT, id.value());
        IssuedLink link = links.issue(ctx.tenant(), client.id(), PortalPurpose.CONTRACT, id.value(), contract.sentTo());
        evidence.log(ctx.tenant(), contract, ContractEventType.LINK_RENEWED, freelancer(ctx),
                "New link sent to " + contract.sentTo() + "; earlier links revoked; expires " + link.link().expiresAt(),
                clock.instant());
        mailLink(contract, tenants.get(ctx.tenant()), client.name(), contract.sentTo(), link, true);
        return contract;
    }

    public Contract voidContract(ContractId id, TenantContext ctx) {
        ctx.requireWritable();
        Contract contract = get(id, ctx);
        Instant now = clock.instant();
        contract.voidContract(now);
        int revoked = links.revokeAll(ctx.tenant(), PortalPurpose.CONTRACT, id.value());
        evidence.log(ctx.tenant(), contract, ContractEventType.VOIDED, freelancer(ctx),
                "Voided; " + revoked + " link(s) revoked", now);
        return contract;
    }

    /** The freelancer's own signature after the client's, with the same evidence a client signature gets. */
    public Contract countersign(ContractId id, SignContract command, SignatureContext context, TenantContext ctx) {
        ctx.requireWritable();
        String name = command.checked();
        Contract contract = get(id, ctx);
        Instant now = clock.instant();
        contract.countersign(now);
        Tenant tenant = tenants.get(ctx.tenant());
        ContractDocument document = contracts.document(ctx.tenant(), id, contract.revision())
                .orElseThrow(() -> new ContractNotFound(id));
        ContractSignature signature = new ContractSignature(id, contract.revision(), SignerRole.FREELANCER, name,
                "signed in to the Becflow workspace as " + tenant.ownerEmail() + " (user " + ctx.actor() + ")",
                context, ConsentText.CURRENT, document.sha256(), now);
        ContractFile signed = evidence.signedPdf(ctx.tenant(), contract, document, signature, now);
        evidence.log(ctx.tenant(), contract, ContractEventType.COUNTERSIGNED, freelancer(ctx), "Countersigned as \""
                + name + "\" from " + context.ipAddress() + "; signed PDF SHA-256 " + signed.sha256(), now);
        evidence.certificate(ctx.tenant(), contract, parties(tenant, clients.get(contract.clientId(), ctx)), document,
                signed, now);
        return contract;
    }

    /** Every mail queued about this contract and where it stands (queued, sent, failed and why). */
    public List<MailDelivery> mails(ContractId id, TenantContext ctx) {
        get(id, ctx);
        return outbox.deliveries(ctx.tenant(), id.value());
    }

    public List<ContractEvent> events(ContractId id, TenantContext ctx) {
        get(id, ctx);
        return contracts.events(ctx.tenant(), id);
    }

    public List<ContractSignature> signatures(ContractId id, TenantContext ctx) {
        Contract contract = get(id, ctx);
        return contracts.signatures(ctx.tenant(), id, contract.revision());
    }

    public ContractFile file(ContractId id, ContractFileKind kind, TenantContext ctx) {
        get(id, ctx);
        return contracts.latestFile(ctx.tenant(), id, kind).orElseThrow(() -> new ContractNotFound(id + " " + kind.label()));
    }

    /** Re-checks everything kept about a contract against the hashes recorded when it was written. */
    public ContractIntegrity integrity(ContractId id, TenantContext ctx) {
        Contract contract = get(id, ctx);
        Map<String, Boolean> files = new LinkedHashMap<>();
        for (ContractFileKind kind : ContractFileKind.values()) {
            contracts.latestFile(ctx.tenant(), id, kind).ifPresent(f -> files.put(kind.name(), f.intact()));
        }
        boolean documents = true;
        for (int revision = 1; revision <= contract.revision(); revision++) {
            documents &= contracts.document(ctx.tenant(), id, revision).map(ContractDocument::intact).orElse(true);
        }
        return new ContractIntegrity(ContractEvent.firstBroken(contracts.events(ctx.tenant(), id)), documents, files);
    }

    static Parties parties(Tenant tenant, Client client) {
        return new Parties(tenant.displayName(), tenant.ownerEmail(), client.name(), client.company(), client.email(),
                PostalAddress.oneLine(client.billingAddress()));
    }

    /** Where a contract's link opens the contract in the client's portal. */
    public String linkUrl(IssuedLink link) {
        return publicUrl + "/portal/contract/" + link.token();
    }

    /** Queues the link's mail in the caller's transaction: it goes out once the link it carries is committed. */
    void mailLink(Contract contract, Tenant tenant, String clientName, String to, IssuedLink link, boolean again) {
        String url = linkUrl(link);
        String expires = DAY.format(link.link().expiresAt().atZone(tenant.zone()).toLocalDate());
        String subject = (again ? "Your link to sign: " : tenant.displayName() + " sent you a contract to sign: ")
                + contract.title();
        String text = "Hello " + clientName + ",\n\n" + tenant.displayName() + (again ? " sent you a fresh link to \""
                : " sent you \"") + contract.title() + "\" for " + contract.projectName() + ". Read it and sign it here:\n\n"
                + url + "\n\nThe link is personal: anyone who has it can open this contract. It works until " + expires
                + ". Opening it signs nothing.\n\nBecflow, on behalf of " + tenant.displayName() + " <" + tenant.ownerEmail() + ">\n";
        outbox.queueToClient(tenant.id(), MailTopic.contract(contract.id().value()), OutgoingMail.text(to, subject, text),
                Locale.ENGLISH);
    }

    private LocalDate today(ZoneId zone) {
        return LocalDate.now(clock.withZone(zone));
    }

    static String freelancer(TenantContext ctx) {
        return "freelancer (user " + ctx.actor() + ")";
    }

    /** Turns typed fields into content, collecting every problem before refusing. */
    static ContractContent content(SaveContract c) {
        Map<String, String> errors = new LinkedHashMap<>();
        Currency currency = null;
        if (c.currency() == null || c.currency().isBlank()) {
            errors.put("currency", "Choose a currency");
        } else {
            currency = InvoiceCurrency.parse(c.currency(), problem -> errors.put("currency", problem)).orElse(null);
        }
        Money fee = c.fee() == null || currency == null ? null : new Money(c.fee(), currency);
        ContractContent content = new ContractContent(c.title(), c.projectName(), c.startDate(), c.endDate(), fee,
                c.body(), c.terms(), Boolean.TRUE.equals(c.countersignRequired()),
                c.validityDays() == null ? DEFAULT_VALIDITY_DAYS : c.validityDays());
        Map<String, String> contentErrors = content.problems();
        if (currency == null) {
            contentErrors.remove("fee");
        }
        errors.putAll(contentErrors);
        if (c.fee() == null) {
            errors.put("fee", "What is the fee?");
        }
        if (!errors.isEmpty()) {
            throw new InvalidContract(errors);
        }
        return content.normalized();
    }
}
