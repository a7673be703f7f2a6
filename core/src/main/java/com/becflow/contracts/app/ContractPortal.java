package com.becflow.contracts.app;

import com.becflow.clients.Client;
import com.becflow.clients.app.ClientService;
import com.becflow.contracts.ConsentText;
import com.becflow.contracts.Contract;
import com.becflow.contracts.ContractDocument;
import com.becflow.contracts.ContractEventType;
import com.becflow.contracts.ContractFile;
import com.becflow.contracts.ContractFileKind;
import com.becflow.contracts.ContractSignature;
import com.becflow.contracts.ContractStateConflict;
import com.becflow.contracts.ContractStatus;
import com.becflow.contracts.Contracts;
import com.becflow.contracts.InvalidContract;
import com.becflow.contracts.SignatureContext;
import com.becflow.contracts.SignerRole;
import com.becflow.contracts.ContractFollowUp;
import com.becflow.contracts.ContractId;
import com.becflow.portal.PageInteraction;
import com.becflow.portal.PortalLink;
import com.becflow.portal.PortalLinkNotFound;
import com.becflow.portal.PortalPurpose;
import com.becflow.portal.app.IssuedLink;
import com.becflow.portal.app.PortalLinkService;
import com.becflow.shared.agenda.Agenda;
import com.becflow.shared.agenda.AgendaTopic;
import com.becflow.shared.tenant.TenantContext;
import com.becflow.tenancy.Tenant;
import com.becflow.tenancy.app.TenantRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * The client's use cases in the portal. Each starts from a link's secret: the link names the tenant, the
 * client and the contract, and nothing else can be reached with it. Reading never signs; signing needs a
 * deliberate request with consent and a typed name.
 */
@ApplicationScoped
@Transactional
public class ContractPortal {

    private final PortalLinkService links;
    private final TenantRegistry tenants;
    private final Contracts contracts;
    private final ClientService clients;
    private final ContractEvidence evidence;
    private final ContractService service;
    private final jakarta.enterprise.event.Event<com.becflow.contracts.ContractSigned> signed;
    private final Agenda agenda;
    private final Clock clock;

    @Inject
    public ContractPortal(PortalLinkService links, TenantRegistry tenants, Contracts contracts, ClientService clients,
                          ContractEvidence evidence, ContractService service,
                          jakarta.enterprise.event.Event<com.becflow.contracts.ContractSigned> signed, Agenda agenda,
                          Clock clock) {
        this.links = links;
        this.tenants = tenants;
        this.contracts = contracts;
        this.clients = clients;
        this.evidence = evidence;
        this.service = service;
        this.signed = signed;
        this.agenda = agenda;
        this.clock = clock;
    }

    protected ContractPortal() {
        this(null, null, null, null, null, null, null, null, null);
    }

    private record Opened(PortalLink link, TenantContext ctx, Contract contract) {
    }

    private Opened enter(PortalLink link) {
        TenantContext ctx = links.enterAsClient(link);
        Contract contract = contracts.find(ctx.tenant(), new ContractId(link.subject()))
                .filter(c -> c.clientId().equals(link.client()))
                .orElseThrow(PortalLinkNotFound::unknown);
        return new Opened(link, ctx, contract);
    }

    private Opened open(String token) {
        return enter(links.open(token, PortalPurpose.CONTRACT));
    }

    /**
     * The contract behind a link. With {@code recordView}, the first view is recorded; the portal's page does not ask
     * for that when it opens (mail scanners open links and run their scripts) but calls {@link #interacted} once the
     * client does something on it.
     */
    public ContractPortalView view(String token, boolean recordView, SignatureContext context) {
        Opened o = open(token);
        Instant now = clock.instant();
        if (recordView && o.contract().view(now)) {
            evidence.log(o.ctx().tenant(), o.contract(), ContractEventType.VIEWED, client(o),
                    "Opened from " + context.ipAddress() + " with " + context.userAgent(), now);
            agenda.expect(o.ctx().tenant(), AgendaTopic.REMINDERS, ContractFollowUp.dueAfterOpening(now));
        }
        ContractDocument document = contracts.document(o.ctx().tenant(), o.contract().id(), o.contract().revision())
                .orElseThrow(PortalLinkNotFound::unknown);
        Tenant tenant = tenants.get(o.ctx().tenant());
        Client client = clients.get(o.contract().clientId(), o.ctx());
        boolean signed = contracts.latestFile(o.ctx().tenant(), o.contract().id(), ContractFileKind.SIGNED_CONTRACT).isPresent();
        return new ContractPortalView(o.contract(), o.contract().statusAt(now), document.html(), document.sha256(),
                tenant.displayName(), tenant.ownerEmail(), client.name(), signed);
    }

    /**
     * The client did something on the contract's page ({@link PageInteraction}: a pointer press, a touch, a key press,
     * the mouse wheel, as the browser saw the user do it). The first such moment is the view recorded, in the contract
     * and in its evidence, with where it came from, what it was and how long after the page opened.
     *
     * @param afterOpening how long the page had been open, or null if unknown
     * @return whether this recorded the view (false: it was recorded before, or the contract no longer awaits the client)
     */
    public boolean interacted(String token, SignatureContext context, PageInteraction interaction, Duration afterOpening) {
        Opened o = open(token);
        Instant now = clock.instant();
        if (!o.contract().view(now)) {
            return false;
        }
        evidence.log(o.ctx().tenant(), o.contract(), ContractEventType.VIEWED, client(o), "Opened from "
                + context.ipAddress() + " with " + context.userAgent() + "; seen through the client's first "
                + interaction.description() + " on the page" + (afterOpening == null ? ""
                : ", " + Math.max(0, afterOpening.toSeconds()) + " s after it opened"), now);
        agenda.expect(o.ctx().tenant(), AgendaTopic.REMINDERS, ContractFollowUp.dueAfterOpening(now));
        return true;
    }

    /** Signs with the evidence the issue of e-signatures asks for; refuses before writing anything. */
    public ContractPortalView sign(String token, SignContract command, SignatureContext context) {
        String name = command.checked();
        Opened o = open(token);
        Instant now = clock.instant();
        Contract contract = o.contract();
        ContractDocument document = contracts.document(o.ctx().tenant(), contract.id(), contract.revision())
                .orElseThrow(PortalLinkNotFound::unknown);
        if (!document.intact()) {
            throw new ContractStateConflict("The document on file does not match its fingerprint; it cannot be signed");
        }
        contract.sign(now);
        ContractSignature signature = new ContractSignature(contract.id(), contract.revision(), SignerRole.CLIENT, name,
                "personal link emailed to " + o.link().sentTo(), context, ConsentText.CURRENT, document.sha256(), now);
        ContractFile signed = evidence.signedPdf(o.ctx().tenant(), contract, document, signature, now);
        evidence.log(o.ctx().tenant(), contract, ContractEventType.SIGNED, client(o), "Signed as \"" + name + "\" from "
                + context.ipAddress() + " with " + context.userAgent() + "; consent " + ConsentText.CURRENT.version()
                + "; document SHA-256 " + document.sha256() + "; signed PDF SHA-256 " + signed.sha256(), now);
        Tenant tenant = tenants.get(o.ctx().tenant());
        evidence.certificate(o.ctx().tenant(), contract, ContractService.parties(tenant,
                clients.get(contract.clientId(), o.ctx())), document, signed, now);
        this.signed.fire(new com.becflow.contracts.ContractSigned(contract, o.ctx()));
        return view(token, false, context);
    }

    public ContractPortalView decline(String token, String reason, SignatureContext context) {
        String why = reason == null ? "" : reason.strip();
        if (why.length() > 2000) {
            throw new InvalidContract(Map.of("reason", "At most 2000 characters"));
        }
        Opened o = open(token);
        Instant now = clock.instant();
        o.contract().decline(why.isEmpty() ? null : why, now);
        links.revokeAll(o.ctx().tenant(), PortalPurpose.CONTRACT, o.contract().id().value());
        evidence.log(o.ctx().tenant(), o.contract(), ContractEventType.DECLINED, client(o),
                "Declined from " + context.ipAddress() + (why.isEmpty() ? "" : ": " + why), now);
        Tenant tenant = tenants.get(o.ctx().tenant());
        return new ContractPortalView(o.contract(), ContractStatus.DECLINED, "", "", tenant.displayName(),
                tenant.ownerEmail(), "", false);
    }

    /**
     * Emails a fresh link to the address the expired one was sent to, if the contract still awaits the client.
     * Never reveals more than "on its way" and never sends to anyone else.
     */
    public void renew(String token) {
        PortalLink expired = links.expired(token, PortalPurpose.CONTRACT);
        Opened o = enter(expired);
        Instant now = clock.instant();
        if (!o.contract().statusAt(now).awaitsClient()
                || links.sentRecently(o.ctx().tenant(), PortalPurpose.CONTRACT, o.contract().id().value())) {
            return;
        }
        expired.revoke(now);
        IssuedLink fresh = links.issue(o.ctx().tenant(), expired.client(), PortalPurpose.CONTRACT,
                o.contract().id().value(), expired.sentTo());
        evidence.log(o.ctx().tenant(), o.contract(), ContractEventType.LINK_RENEWED, client(o),
                "Client asked for a fresh link; sent to " + expired.sentTo() + "; expires " + fresh.link().expiresAt(), now);
        service.mailLink(o.contract(), tenants.get(o.ctx().tenant()), clients.get(o.contract().clientId(), o.ctx()).name(),
                expired.sentTo(), fresh, true);
    }

    public ContractFile file(String token, ContractFileKind kind) {
        Opened o = open(token);
        return contracts.latestFile(o.ctx().tenant(), o.contract().id(), kind).orElseThrow(PortalLinkNotFound::unknown);
    }

    private static String client(Opened o) {
        return "client (link sent to " + o.link().sentTo() + ")";
    }
}
