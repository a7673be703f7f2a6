package com.becflow.accounting.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.accounting.BooksAccounts;
import com.becflow.accounting.BooksConnection;
import com.becflow.accounting.BooksGrant;
import com.becflow.accounting.BooksOrganisation;
import com.becflow.accounting.BooksVendor;
import com.becflow.shared.agenda.AgendaEntry;
import com.becflow.shared.agenda.AgendaTopic;
import com.becflow.shared.tenant.TenantAccess;
import com.becflow.shared.tenant.TenantContext;
import com.becflow.shared.tenant.TenantId;
import com.becflow.shared.tenant.UserId;
import com.becflow.shared.time.ServerClock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Currency;
import org.junit.jupiter.api.Test;

/** Connected books come back on the agenda every interval; revoked ones leave it. */
class BooksScheduleTest {

    private final ServerClock clock = ServerClock.movable();
    private final InMemoryBooks store = new InMemoryBooks(clock);
    private final InMemoryAgenda agenda = new InMemoryAgenda();
    private final BooksSchedule schedule = new BooksSchedule(store, agenda, clock, 15);
    private final TenantContext ctx = new TenantContext(TenantId.newId(), new UserId("u-1"), ZoneId.of("UTC"),
            Currency.getInstance("EUR"), TenantAccess.FULL);

    @Test
    void aConnectionIsDueAgainEveryIntervalWhileItLives() {
        store.connection = connection(BooksConnection.Status.CONNECTED);
        schedule.expectAfterConnecting(ctx.tenant());
        assertThat(agenda.due(clock.instant().plus(Duration.ofMinutes(14)), 10)).isEmpty();

        clock.advance(Duration.ofMinutes(15));
        assertThat(agenda.due(clock.instant(), 10)).extracting(AgendaEntry::topic).containsExactly(AgendaTopic.BOOKS_SYNC);
        java.time.Instant before = clock.instant();
        assertThat(schedule.due(ctx)).containsExactly(BooksVendor.XERO);
        java.time.Instant after = clock.instant();
        assertThat(agenda.of(ctx.tenant())).singleElement().satisfies(e -> assertThat(e.dueAt())
                .isBetween(before.plus(Duration.ofMinutes(15)), after.plus(Duration.ofMinutes(15))));
    }

    @Test
    void revokedBooksLeaveTheAgenda() {
        store.connection = connection(BooksConnection.Status.REVOKED);
        schedule.expectAfterConnecting(ctx.tenant());
        clock.advance(Duration.ofMinutes(15));

        assertThat(schedule.due(ctx)).isEmpty();
        assertThat(agenda.of(ctx.tenant())).isEmpty();
    }

    private BooksConnection connection(BooksConnection.Status status) {
        return new BooksConnection(BooksVendor.XERO, new BooksOrganisation("org", "Demo"),
                new BooksGrant("a", "r", clock.instant().plus(Duration.ofMinutes(30))), new BooksAccounts("200", "090"),
                status, clock.instant());
    }
}
