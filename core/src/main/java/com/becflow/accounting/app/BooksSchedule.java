package com.becflow.accounting.app;

import com.becflow.accounting.BooksConnection;
import com.becflow.accounting.BooksConnections;
import com.becflow.accounting.BooksVendor;
import com.becflow.shared.agenda.Agenda;
import com.becflow.shared.agenda.AgendaTopic;
import com.becflow.shared.tenant.TenantContext;
import com.becflow.shared.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * When a workspace's books are synced again on their own: every {@code BECFLOW_BOOKS_SYNC_MINUTES} while a connection
 * lives, on the agenda (read with the server's clock, which tests move) rather than the job scheduler's own clock.
 */
@ApplicationScoped
@Transactional
public class BooksSchedule {

    private final BooksConnections connections;
    private final Agenda agenda;
    private final Clock clock;
    private final Duration interval;

    @Inject
    public BooksSchedule(BooksConnections connections, Agenda agenda, Clock clock,
                         @ConfigProperty(name = "BECFLOW_BOOKS_SYNC_MINUTES", defaultValue = "15") int minutes) {
        this.connections = connections;
        this.agenda = agenda;
        this.clock = clock;
        this.interval = Duration.ofMinutes(Math.max(1, minutes));
    }

    protected BooksSchedule() {
        this(null, null, null, 15);
    }

    /** Notes the next pass of a connection just made, in the transaction that keeps it. */
    public void expectAfterConnecting(TenantId tenant) {
        agenda.expect(tenant, AgendaTopic.BOOKS_SYNC, clock.instant().plus(interval));
    }

    /**
     * The vendors whose books are due a pass now; the entry moves one interval on while any connection lives, and goes
     * when none does (revoked ones wait for the freelancer to connect again, which notes a new entry).
     */
    public List<BooksVendor> due(TenantContext ctx) {
        Instant now = clock.instant();
        boolean held = agenda.lock(ctx.tenant(), AgendaTopic.BOOKS_SYNC);
        List<BooksVendor> live = connections.all(ctx.tenant()).stream()
                .filter(c -> c.status() == BooksConnection.Status.CONNECTED).map(BooksConnection::vendor).toList();
        Optional<Instant> next = live.isEmpty() ? Optional.empty() : Optional.of(now.plus(interval));
        if (held) {
            agenda.reschedule(ctx.tenant(), AgendaTopic.BOOKS_SYNC, next);
        } else {
            next.ifPresent(at -> agenda.expect(ctx.tenant(), AgendaTopic.BOOKS_SYNC, at));
        }
        return live;
    }
}
