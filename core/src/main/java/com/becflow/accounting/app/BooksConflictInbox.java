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
import com.becflow.accounting.BooksSyncRequested;
import com.becflow.accounting.BooksTwins;
import com.becflow.accounting.BooksVendor;
import com.becflow.clients.ClientId;
import com.becflow.clients.Clients;
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
 * taken; a choice that asks for another try starts a pass at once.
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
    private final BooksLog log;
    private final Event<BooksSyncRequested> syncRequested;
    private final Clock clock;

    @Inject
    public BooksConflictInbox(BooksConflicts conflicts, BooksMappings mappings, BooksConnections connections,
                              BooksGateways gateways, Clients clients, BooksLog log,
                              Event<BooksSyncRequested> syncRequested, Clock clock) {
        this.conflicts = conflicts;
        this.mappings = mappings;
        this.connections = connections;
        this.gateways = gateways;
        this.clients = clients;
        this.log = log;
        this.syncRequested = syncRequested;
        this.clock = clock;
    }

    protected BooksConflictInbox() {
        this(null, null, null, null, null, null, null, null);
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
            default -> { }
        }
        BooksConflict.Resolution resolution = new BooksConflict.Resolution(choice, clock.instant(), ctx.actor().value());
        conflicts.settle(ctx.tenant(), id, resolution);
        log.add(ctx.tenant(), new BooksLogEntry(clock.instant(), vendor, conflict.object(), conflict.localId(),
                BooksLogEntry.Outcome.SETTLED, conflict.subject() + ": " + describe(choice)));
        if (choice == BooksConflict.Choice.RETRY || choice == BooksConflict.Choice.PUSH_AGAIN
                || choice == BooksConflict.Choice.LINK_EXISTING) {
            syncRequested.fire(new BooksSyncRequested(ctx.tenant(), vendor));
        }
        return conflicts.lock(ctx.tenant(), id).orElseThrow();
    }

    /** Links the client to the books' contact of the same name, keeping that contact as it is. */
    private void linkExisting(TenantContext ctx, BooksConflict conflict) {
        BooksConnection connection = connections.find(ctx.tenant(), conflict.vendor())
                .filter(c -> c.status() == BooksConnection.Status.CONNECTED)
                .orElseThrow(() -> new BooksNotConnected(conflict.vendor(), BooksNotConnected.Reason.NOT_CONNECTED));
        BooksContact contact = BooksTwins.contact(clients.find(ctx.tenant(), new ClientId(conflict.localId()))
                .orElseThrow(() -> new NotSettled(ErrorCode.conflict("books.conflict.client-gone"),
                        "The client of this conflict no longer exists")));
        Optional<String> existing = gateways.of(conflict.vendor()).orElseThrow(
                        () -> new BooksNotConnected(conflict.vendor(), BooksNotConnected.Reason.VENDOR_NOT_CONFIGURED))
                .findContact(connection.session(), contact.name());
        String externalId = existing.orElseThrow(() -> new NotSettled(ErrorCode.conflict("books.conflict.contact-not-found"),
                conflict.vendor().label() + " has no contact named " + contact.name() + " any more; choose retry"));
        mappings.save(ctx.tenant(), new BooksMapping(conflict.vendor(), BooksObject.CONTACT, conflict.localId(), externalId,
                BooksTwins.fingerprint(contact), clock.instant()));
    }

    private static String describe(BooksConflict.Choice choice) {
        return switch (choice) {
            case LINK_EXISTING -> "linked to the contact of the same name, neither changed";
            case RETRY -> "to be tried again";
            case PUSH_AGAIN -> "to be made again in the books";
            case ACCEPT -> "the difference is accepted";
            case SKIP -> "left out of the sync from now on";
            case DISMISS -> "settled by hand";
        };
    }
}
