package com.becflow.reminders.app;

import com.becflow.clients.Client;
import com.becflow.clients.ClientId;
import com.becflow.clients.app.ClientService;
import com.becflow.contracts.Contract;
import com.becflow.contracts.ContractEventType;
import com.becflow.contracts.ContractFollowUp;
import com.becflow.contracts.Contracts;
import com.becflow.contracts.app.ContractEvidence;
import com.becflow.contracts.app.ContractService;
import com.becflow.portal.PortalPurpose;
import com.becflow.portal.app.IssuedLink;
import com.becflow.portal.app.PortalLinkService;
import com.becflow.reminders.ClientReminders;
import com.becflow.reminders.ReminderBook;
import com.becflow.reminders.ReminderSettings;
import com.becflow.shared.agenda.Agenda;
import com.becflow.shared.agenda.AgendaTopic;
import com.becflow.shared.mail.MailTopic;
import com.becflow.shared.mail.Outbox;
import com.becflow.shared.mail.OutgoingMail;
import com.becflow.shared.tenant.TenantContext;
import com.becflow.tenancy.Tenant;
import com.becflow.tenancy.app.TenantRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Follows up the contracts a tenant's clients have not answered ({@link ContractFollowUp}), at the opening of the
 * workspace's reminder hours on the client's clock, unless the client's reminders are off. Each follow-up is a mail with
 * a fresh link (the earlier ones keep working) and an entry on the contract's log, written in one transaction with the
 * contract locked: however often the round runs, and on however many servers, each goes once. The tenant's
 * {@link AgendaTopic#REMINDERS} entry is kept at the next follow-up still to come.
 */
@ApplicationScoped
public class ContractFollowUps {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private final Contracts contracts;
    private final ReminderBook book;
    private final ClientService clients;
    private final TenantRegistry tenants;
    private final PortalLinkService links;
    private final ContractEvidence evidence;
    private final Outbox outbox;
    private final Agenda agenda;
    private final ContractService contractLinks;
    private final Clock clock;

    @Inject
    public ContractFollowUps(Contracts contracts, ReminderBook book, ClientService clients, TenantRegistry tenants,
                             PortalLinkService links, ContractEvidence evidence, Outbox outbox, Agenda agenda,
                             ContractService contractLinks, Clock clock) {
        this.contracts = contracts;
        this.book = book;
        this.clients = clients;
        this.tenants = tenants;
        this.links = links;
        this.evidence = evidence;
        this.outbox = outbox;
        this.agenda = agenda;
        this.contractLinks = contractLinks;
        this.clock = clock;
    }

    protected ContractFollowUps() {
        this(null, null, null, null, null, null, null, null, null, null);
    }

    /** Sends the follow-ups due now; returns how many. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int run(TenantContext ctx) {
        Instant now = clock.instant();
        ReminderSettings settings = book.settings(ctx.tenant());
        Map<ClientId, ClientReminders> own = book.clients(ctx.tenant());
        Optional<Instant> next = Optional.empty();
        int sent = 0;
        for (Contract awaiting : contracts.awaitingClient(ctx.tenant())) {
            ClientReminders reminders = own.get(awaiting.clientId());
            if (reminders != null && reminders.off()) {
                continue;
            }
            Optional<ContractFollowUp> followUp = ContractFollowUp.next(awaiting,
                    contracts.events(ctx.tenant(), awaiting.id()), now);
            if (followUp.isEmpty()) {
                continue;
            }
            Client client = clients.get(awaiting.clientId(), ctx);
            Instant at = settings.hours().firstOpenAtOrAfter(followUp.get().due(), client.zone());
            if (at.isAfter(now)) {
                next = next.isEmpty() || at.isBefore(next.get()) ? Optional.of(at) : next;
            } else if (!client.archived() && send(ctx, awaiting, client, followUp.get().kind(), now)) {
                sent++;
            }
        }
        next.ifPresent(at -> agenda.expect(ctx.tenant(), AgendaTopic.REMINDERS, at));
        return sent;
    }

    private boolean send(TenantContext ctx, Contract awaiting, Client client, ContractEventType kind, Instant now) {
        Contract contract = contracts.lock(ctx.tenant(), awaiting.id()).orElseThrow();
        Optional<ContractFollowUp> still = ContractFollowUp.next(contract, contracts.events(ctx.tenant(), contract.id()),
                now).filter(f -> f.kind() == kind);
        if (still.isEmpty()) {
            return false;
        }
        Tenant tenant = tenants.get(ctx.tenant());
        IssuedLink link = links.issue(ctx.tenant(), client.id(), PortalPurpose.CONTRACT, contract.id().value(),
                contract.sentTo());
        String url = contractLinks.linkUrl(link);
        String until = DAY.format(contract.expiresAt().atZone(client.zone()));
        boolean unopened = kind == ContractEventType.FOLLOW_UP_UNOPENED;
        String subject = unopened ? "Still waiting for you: " + contract.title()
                : "Any questions about " + contract.title() + "?";
        String text = "Hello " + client.name() + ",\n\n" + (unopened
                ? "just a friendly note: " + tenant.displayName() + " sent you \"" + contract.title() + "\" a few days"
                + " ago, in case it got buried in your inbox. You can read it and sign it here:"
                : "you had a look at \"" + contract.title() + "\" from " + tenant.displayName() + ". If anything is"
                + " unclear or you would like something changed, just reply to " + tenant.ownerEmail() + ". When you are"
                + " ready, you can sign it here:") + "\n\n" + url + "\n\nThe offer stands until " + until
                + ".\n\nBecflow, on behalf of " + tenant.displayName() + " <" + tenant.ownerEmail() + ">\n";
        outbox.queueToClient(ctx.tenant(), MailTopic.contract(contract.id().value()), OutgoingMail.text(contract.sentTo(),
                subject, text), Locale.ENGLISH);
        evidence.log(ctx.tenant(), contract, kind, "Becflow (follow-up)", (unopened ? "Not opened" : "Opened, not signed")
                + "; a follow-up with a fresh link was sent to " + contract.sentTo(), now);
        return true;
    }
}
