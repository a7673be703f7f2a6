package com.becflow.accounting.app;

import com.becflow.accounting.BooksConflict;
import com.becflow.accounting.BooksConflicts;
import com.becflow.accounting.BooksConnection;
import com.becflow.accounting.BooksConnections;
import com.becflow.accounting.BooksContact;
import com.becflow.accounting.BooksGateways;
import com.becflow.accounting.BooksLog;
import com.becflow.accounting.BooksLogEntry;
import com.becflow.accounting.BooksMapping;
import com.becflow.accounting.BooksMappings;
import com.becflow.accounting.BooksObject;
import com.becflow.accounting.BooksRemoteContact;
import com.becflow.accounting.BooksSyncRequested;
import com.becflow.accounting.BooksTwins;
import com.becflow.accounting.BooksVendor;
import com.becflow.clients.Client;
import com.becflow.clients.ClientId;
import com.becflow.clients.Clients;
import com.becflow.clients.InvalidClient;
import com.becflow.clients.PostalAddress;
import com.becflow.clients.app.ClientService;
import com.becflow.clients.app.SaveClient;
import com.becflow.shared.error.DomainException;
import com.becflow.shared.error.ErrorCode;
import com.becflow.shared.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The freelancer settles what the books and Becflow did not agree on. Only the choices the conflict's kind offers are
 * taken; a choice that asks for another try starts a pass at once. A contact changed in the books is settled against
 * the contact as the books keep it at that moment: its details taken into the client through {@link ClientService}
 * (whose checks apply: refused details leave the conflict open), or Becflow's kept and sent again.
 */
@ApplicationScoped
@Transactional
public class BooksConflictInbox {

    /** A choice that cannot be taken, each reason with its own code. */
    public static class NotSettled extends DomainException {
        NotSettled(ErrorCode code, String message) {
            super(code, message);
        }
    }

    private final BooksConflicts conflicts;
    private final BooksMappings mappings;
    private final BooksConnections connections;
    private final BooksGateways gateways;
    private final Clients clients;
    private final ClientService clientService;
    private final BooksLog log;
    private final Event<BooksSyncRequested> syncRequested;
    private final Clock clock;

    @Inject
    public BooksConflictInbox(BooksConflicts conflicts, BooksMappings mappings, BooksConnections connections,
                              BooksGateways gateways, Clients clients, ClientService clientService, BooksLog log,
                              Event<BooksSyncRequested> syncRequested, Clock clock) {
        this.conflicts = conflicts;
        this.mappings = mappings;
        this.connections = connections;
        this.gateways = gateways;
        this.clients = clients;
        this.clientService = clientService;
        this.log = log;
        this.syncRequested = syncRequested;
        this.clock = clock;
    }

    protected BooksConflictInbox() {
        this(null, null, null, null, null, null, null, null, null);
    }

    public List<BooksConflict> inbox(TenantContext ctx, BooksVendor vendor) {
        return conflicts.inbox(ctx.tenant(), vendor, 20);
    }

    public BooksConflict settle(TenantContext ctx, BooksVendor vendor, UUID id, BooksConflict.Choice choice) {
        ctx.requireWritable();
        BooksConflict conflict = conflicts.lock(ctx.tenant(), id).filter(c -> c.vendor() == vendor)
                .orElseThrow(() -> new NotSettled(ErrorCode.notFound("books.conflict.not-found"), "No such conflict"));
        if (!conflict.open()) {
            throw new NotSettled(ErrorCode.conflict("books.conflict.settled"), "This conflict was settled already ("
                    + conflict.resolution().orElseThrow().choice() + ")");
        }
        if (!conflict.kind().choices().contains(choice)) {
            throw new NotSettled(ErrorCode.badRequest("books.conflict.choice-not-offered"), "For " + conflict.subject()
                    + " choose one of " + conflict.kind().choices());
        }
        switch (choice) {
            case LINK_EXISTING -> linkExisting(ctx, conflict);
            case PUSH_AGAIN -> mappings.remove(ctx.tenant(), vendor, conflict.object(), conflict.localId());
            case TAKE_THEIRS -> takeTheirs(ctx, conflict);
            case KEEP_OURS -> keepOurs(ctx, conflict);
            default -> { }
        }
        BooksConflict.Resolution resolution = new BooksConflict.Resolution(choice, clock.instant(), ctx.actor().value());
        conflicts.settle(ctx.tenant(), id, resolution);
        log.add(ctx.tenant(), new BooksLogEntry(clock.instant(), vendor, conflict.object(), conflict.localId(),
                BooksLogEntry.Outcome.SETTLED, conflict.subject() + ": " + describe(choice)));
        if (choice == BooksConflict.Choice.RETRY || choice == BooksConflict.Choice.PUSH_AGAIN
                || choice == BooksConflict.Choice.LINK_EXISTING || choice == BooksConflict.Choice.KEEP_OURS) {
            syncRequested.fire(new BooksSyncRequested(ctx.tenant(), vendor));
        }
        return conflicts.lock(ctx.tenant(), id).orElseThrow();
    }

    /** Links the client to the books' contact of the same name, keeping that contact as it is. */
    private void linkExisting(TenantContext ctx, BooksConflict conflict) {
        BooksConnection connection = connection(ctx, conflict);
        BooksContact contact = BooksTwins.contact(client(ctx, conflict));
        Optional<String> existing = gateway(conflict).findContact(connection.session(), contact.name());
        String externalId = existing.orElseThrow(() -> new NotSettled(ErrorCode.conflict("books.conflict.contact-not-found"),
                conflict.vendor().label() + " has no contact named " + contact.name() + " any more; choose retry"));
        // Kept as the books have it: reading it back later is no change made there.
        String asInTheBooks = gateway(conflict).contact(connection.session(), externalId)
                .map(theirs -> BooksTwins.fingerprint(theirs.asSentFrom(contact))).orElse(null);
        mappings.save(ctx.tenant(), new BooksMapping(conflict.vendor(), BooksObject.CONTACT, conflict.localId(), externalId,
                BooksTwins.fingerprint(contact), clock.instant(), asInTheBooks));
    }

    /**
     * The client takes the contact's details as the books keep them now, through the clients' own use case; the mapping
     * then holds what both have, so nothing is sent back.
     */
    private void takeTheirs(TenantContext ctx, BooksConflict conflict) {
        BooksMapping mapping = mapping(ctx, conflict);
        Client client = client(ctx, conflict);
        BooksContact ours = BooksTwins.contact(client);
        BooksContact theirs = gateway(conflict).contact(connection(ctx, conflict).session(), mapping.externalId())
                .orElseThrow(() -> new NotSettled(ErrorCode.conflict("books.conflict.contact-not-found"),
                        conflict.vendor().label() + " no longer has this contact; keep Becflow's to add it again"))
                .asSentFrom(ours);
        // The books file a contact under the company with the person beside it, or under the person alone.
        boolean renamed = !theirs.name().equals(ours.name()) || !java.util.Objects.equals(theirs.person(), ours.person());
        boolean person = theirs.person() != null && !theirs.person().isBlank();
        PostalAddress address = client.billingAddress() == null ? new PostalAddress(null, null, null, null, null, null)
                : client.billingAddress();
        SaveClient command = new SaveClient(renamed ? (person ? theirs.person() : theirs.name()) : client.name(),
                theirs.email(), renamed ? (person ? theirs.name() : null) : client.company(), address.line1(),
                address.line2(), address.city(), address.postalCode(), address.region(), theirs.countryCode(),
                theirs.taxNumber(), client.currency().getCurrencyCode(), client.zone().getId(),
                client.language().toLanguageTag(), client.reminderChannel().name(), client.notes());
        Client updated;
        try {
            updated = clientService.update(client.id(), command, ctx);
        } catch (InvalidClient e) {
            throw new NotSettled(ErrorCode.badRequest("books.conflict.details-refused"), conflict.vendor().label()
                    + "'s details cannot be taken into the client: " + String.join("; ", e.fieldErrors().values())
                    + ". Correct them in " + conflict.vendor().label() + " and choose again, or keep Becflow's");
        }
        if (theirs.archived() != updated.archived()) {
            updated = theirs.archived() ? clientService.archive(updated.id(), ctx) : clientService.restore(updated.id(), ctx);
        }
        mappings.save(ctx.tenant(), new BooksMapping(conflict.vendor(), BooksObject.CONTACT, conflict.localId(),
                mapping.externalId(), BooksTwins.fingerprint(BooksTwins.contact(updated)), clock.instant()));
    }

    /**
     * The mapping takes the fingerprint of what the books keep now: a pull reading that again sees nothing new, and the
     * next push finds Becflow's details differ from it and sends them.
     */
    private void keepOurs(TenantContext ctx, BooksConflict conflict) {
        BooksMapping mapping = mapping(ctx, conflict);
        BooksContact ours = BooksTwins.contact(client(ctx, conflict));
        Optional<BooksRemoteContact> theirs = gateway(conflict).contact(connection(ctx, conflict).session(),
                mapping.externalId());
        String fingerprint = theirs.map(t -> BooksTwins.fingerprint(t.asSentFrom(ours))).orElse("gone-from-the-books");
        mappings.save(ctx.tenant(), new BooksMapping(conflict.vendor(), BooksObject.CONTACT, conflict.localId(),
                mapping.externalId(), fingerprint, clock.instant()));
    }

    private BooksConnection connection(TenantContext ctx, BooksConflict conflict) {
        return connections.find(ctx.tenant(), conflict.vendor())
                .filter(c -> c.status() == BooksConnection.Status.CONNECTED)
                .orElseThrow(() -> new BooksNotConnected(conflict.vendor(), BooksNotConnected.Reason.NOT_CONNECTED));
    }

    private com.becflow.accounting.BooksGateway gateway(BooksConflict conflict) {
        return gateways.of(conflict.vendor()).orElseThrow(
                () -> new BooksNotConnected(conflict.vendor(), BooksNotConnected.Reason.VENDOR_NOT_CONFIGURED));
    }

    private Client client(TenantContext ctx, BooksConflict conflict) {
        return clients.find(ctx.tenant(), new ClientId(conflict.localId()))
                .orElseThrow(() -> new NotSettled(ErrorCode.conflict("books.conflict.client-gone"),
                        "The client of this conflict no longer exists"));
    }

    private BooksMapping mapping(TenantContext ctx, BooksConflict conflict) {
        return Optional.ofNullable(mappings.all(ctx.tenant(), conflict.vendor(), BooksObject.CONTACT).get(conflict.localId()))
                .orElseThrow(() -> new NotSettled(ErrorCode.conflict("books.conflict.contact-not-found"),
                        "The client is not linked to a contact in " + conflict.vendor().label() + " any more"));
    }

    private static String describe(BooksConflict.Choice choice) {
        return switch (choice) {
            case LINK_EXISTING -> "linked to the contact of the same name, neither changed";
            case RETRY -> "to be tried again";
            case PUSH_AGAIN -> "to be made again in the books";
            case ACCEPT -> "the difference is accepted";
            case SKIP -> "left out of the sync from now on";
            case DISMISS -> "settled by hand";
            case TAKE_THEIRS -> "the books' details taken into Becflow";
            case KEEP_OURS -> "Becflow's details kept, to be sent to the books again";
        };
    }
}
