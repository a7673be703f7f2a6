package com.becflow.db.limits;

import com.becflow.db.BecflowDataSource;
import com.becflow.shared.limits.RateCounters;
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
import javax.sql.DataSource;

/**
 * Rate counters in {@code public.rate_counter}, shared by every server. A hit is one statement, committed on its own
 * (outside the caller's transaction): a refused request counts even though the caller's work rolls back.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class JdbcRateCounters implements RateCounters {

    /** Adds the hit and reads the window before, in one round trip. */
    static final String HIT = "WITH hit AS (INSERT INTO public.rate_counter AS c (purpose, key, window_start, hits, expires_at)"
            + " VALUES (?, ?, ?, 1, ?) ON CONFLICT (purpose, key, window_start) DO UPDATE SET hits = c.hits + 1"
            + " RETURNING c.hits)"
            + " SELECT hit.hits, (SELECT p.hits FROM public.rate_counter p WHERE p.purpose = ? AND p.key = ?"
            + " AND p.window_start = ?) FROM hit";
    static final String PURGE = "DELETE FROM public.rate_counter WHERE expires_at < ?";

    @Resource(lookup = BecflowDataSource.JNDI_NAME)
    DataSource dataSource;

    public JdbcRateCounters() {
    }

    /** Over a data source of one's own, e.g. in a benchmark. */
    public JdbcRateCounters(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Hits hit(String purpose, String key, Instant windowStart, Duration window) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(HIT)) {
            s.setString(1, purpose);
            s.setString(2, key);
            s.setObject(3, utc(windowStart));
            s.setObject(4, utc(windowStart.plus(window.multipliedBy(2))));
            s.setString(5, purpose);
            s.setString(6, key);
            s.setObject(7, utc(windowStart.minus(window)));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return new Hits(r.getLong(1), r.getLong(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Rate counter " + purpose + " not counted: " + e.getMessage(), e);
        }
    }

    @Override
    public int purge(Instant now) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(PURGE)) {
            s.setObject(1, utc(now));
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Rate counters not purged: " + e.getMessage(), e);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
