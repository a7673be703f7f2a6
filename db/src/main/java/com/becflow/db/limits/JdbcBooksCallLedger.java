package com.becflow.db.limits;

import com.becflow.accounting.BooksCallBudget;
import com.becflow.accounting.BooksCallLedger;
import com.becflow.accounting.BooksCallLimits;
import com.becflow.accounting.BooksVendor;
import com.becflow.db.BecflowDataSource;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The calls to the books counted in {@code public.books_call}, shared by every server. A start is one short
 * transaction of its own (outside the caller's): lock the organisation's row in {@code books_call_budget}, count the
 * calls inside each window and those in progress, and insert the call if {@link BooksCallBudget#verdict} lets it
 * start. Servers starting calls to the same organisation take turns on that lock; other organisations do not wait.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class JdbcBooksCallLedger implements BooksCallLedger {

    /** Locks the organisation's row (made on its first call) and reads the vendor's wait. */
    static final String LOCK = "INSERT INTO public.books_call_budget AS b (vendor, organisation_id) VALUES (?, ?)"
            + " ON CONFLICT (vendor, organisation_id) DO UPDATE SET quiet_until = b.quiet_until RETURNING b.quiet_until";
    static final String COUNT = "SELECT count(*) FILTER (WHERE started_at > ?), min(started_at) FILTER (WHERE started_at > ?),"
            + " count(*) FILTER (WHERE started_at > ?), min(started_at) FILTER (WHERE started_at > ?),"
            + " count(*) FILTER (WHERE started_at > ?), min(started_at) FILTER (WHERE started_at > ?),"
            + " count(*) FILTER (WHERE batch AND started_at > ?), min(started_at) FILTER (WHERE batch AND started_at > ?),"
            + " count(*) FILTER (WHERE held_until > ?)"
            + " FROM public.books_call WHERE vendor = ? AND organisation_id = ? AND (started_at > ? OR held_until > ?)";
    static final String START = "INSERT INTO public.books_call (id, vendor, organisation_id, started_at, batch, held_until)"
            + " VALUES (?, ?, ?, ?, ?, ?)";
    static final String FINISH = "UPDATE public.books_call SET held_until = NULL WHERE id = ?";
    static final String QUIET = "INSERT INTO public.books_call_budget AS b (vendor, organisation_id, quiet_until)"
            + " VALUES (?, ?, ?) ON CONFLICT (vendor, organisation_id)"
            + " DO UPDATE SET quiet_until = greatest(b.quiet_until, EXCLUDED.quiet_until)";
    static final String FORGET_CALLS = "DELETE FROM public.books_call WHERE started_at <= ?"
            + " AND (held_until IS NULL OR held_until <= ?)";
    static final String FORGET_BUDGETS = "DELETE FROM public.books_call_budget b WHERE (quiet_until IS NULL OR quiet_until <= ?)"
            + " AND NOT EXISTS (SELECT 1 FROM public.books_call c WHERE c.vendor = b.vendor"
            + " AND c.organisation_id = b.organisation_id)";

    @Resource(lookup = BecflowDataSource.JNDI_NAME)
    DataSource dataSource;

    public JdbcBooksCallLedger() {
    }

    /** Over a data source of one's own, e.g. in a test that plays two servers. */
    public JdbcBooksCallLedger(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Start tryStart(BooksVendor vendor, String organisation, boolean batch, Instant at) {
        // PostgreSQL keeps microseconds: the instant compared is the one stored.
        Instant now = at.truncatedTo(ChronoUnit.MICROS);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                Start start = tryStart(c, vendor, organisation, batch, now);
                c.commit();
                return start;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Calls to " + vendor.label() + " not counted: " + e.getMessage(), e);
        }
    }

    private static Start tryStart(Connection c, BooksVendor vendor, String organisation, boolean batch, Instant now)
            throws SQLException {
        Instant quietUntil;
        try (PreparedStatement lock = c.prepareStatement(LOCK)) {
            lock.setString(1, vendor.name());
            lock.setString(2, organisation);
            try (ResultSet r = lock.executeQuery()) {
                r.next();
                quietUntil = instant(r.getObject(1, OffsetDateTime.class));
            }
        }
        BooksCallBudget.Counts counts;
        try (PreparedStatement count = c.prepareStatement(COUNT)) {
            int i = 1;
            for (Duration window : new Duration[] {Duration.ofSeconds(1), Duration.ofMinutes(1), Duration.ofDays(1),
                    Duration.ofMinutes(1)}) {
                count.setObject(i++, utc(now.minus(window)));
                count.setObject(i++, utc(now.minus(window)));
            }
            count.setObject(i++, utc(now));
            count.setString(i++, vendor.name());
            count.setString(i++, organisation);
            count.setObject(i++, utc(now.minus(Duration.ofDays(1))));
            count.setObject(i, utc(now));
            try (ResultSet r = count.executeQuery()) {
                r.next();
                counts = new BooksCallBudget.Counts(quietUntil, r.getInt(9), tally(r, 1), tally(r, 3), tally(r, 5),
                        tally(r, 7));
            }
        }
        BooksCallBudget.Verdict verdict = BooksCallBudget.verdict(BooksCallLimits.of(vendor), counts, now, batch);
        if (!verdict.started()) {
            return new Start(verdict, null);
        }
        UUID ticket = UUID.randomUUID();
        try (PreparedStatement start = c.prepareStatement(START)) {
            start.setObject(1, ticket);
            start.setString(2, vendor.name());
            start.setString(3, organisation);
            start.setObject(4, utc(now));
            start.setBoolean(5, batch);
            start.setObject(6, utc(now.plus(LEASE)));
            start.executeUpdate();
        }
        return new Start(verdict, ticket.toString());
    }

    @Override
    public void finished(BooksVendor vendor, String organisation, String ticket) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(FINISH)) {
            s.setObject(1, UUID.fromString(ticket));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("A call to " + vendor.label() + " not finished: " + e.getMessage(), e);
        }
    }

    @Override
    public void quietUntil(BooksVendor vendor, String organisation, Instant until) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(QUIET)) {
            s.setString(1, vendor.name());
            s.setString(2, organisation);
            s.setObject(3, utc(until));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(vendor.label() + "'s wait not kept: " + e.getMessage(), e);
        }
    }

    @Override
    public int forget(Instant now) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement calls = c.prepareStatement(FORGET_CALLS);
             PreparedStatement budgets = c.prepareStatement(FORGET_BUDGETS)) {
            calls.setObject(1, utc(now.minus(Duration.ofDays(1))));
            calls.setObject(2, utc(now));
            budgets.setObject(1, utc(now));
            return calls.executeUpdate() + budgets.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Old calls to the books not forgotten: " + e.getMessage(), e);
        }
    }

    private static BooksCallBudget.Tally tally(ResultSet r, int column) throws SQLException {
        int calls = r.getInt(column);
        return calls == 0 ? BooksCallBudget.Tally.NONE
                : new BooksCallBudget.Tally(calls, instant(r.getObject(column + 1, OffsetDateTime.class)));
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
