package com.becflow.accounting.app;

import com.becflow.accounting.BooksConnection;
import com.becflow.accounting.BooksConnections;
import com.becflow.accounting.BooksGateways;
import com.becflow.accounting.BooksLog;
import com.becflow.accounting.BooksLogEntry;
import com.becflow.accounting.BooksMappings;
import com.becflow.accounting.BooksProgress;
import com.becflow.accounting.BooksVendor;
import com.becflow.shared.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** What the workspace shows of its books: each vendor's connection and what the sync did. */
@ApplicationScoped
@Transactional
public class BooksQueries {

    /**
     * A vendor as the integrations page lists it: offered by this server or not, connected or not, and (once
     * connected) how far its books are.
     */
    public record VendorStatus(BooksVendor vendor, boolean offered, Optional<BooksConnection> connection,
                               Optional<BooksProgress> progress) {
    }

    private final BooksConnections connections;
    private final BooksGateways gateways;
    private final BooksLog log;
    private final BooksMappings mappings;

    @Inject
    public BooksQueries(BooksConnections connections, BooksGateways gateways, BooksLog log, BooksMappings mappings) {
        this.connections = connections;
        this.gateways = gateways;
        this.log = log;
        this.mappings = mappings;
    }

    protected BooksQueries() {
        this(null, null, null, null);
    }

    public List<VendorStatus> vendors(TenantContext ctx) {
        return java.util.Arrays.stream(BooksVendor.values())
                .map(vendor -> {
                    Optional<BooksConnection> connection = connections.find(ctx.tenant(), vendor);
                    return new VendorStatus(vendor, gateways.of(vendor).isPresent(), connection,
                            connection.map(c -> mappings.progress(ctx.tenant(), vendor)));
                })
                .toList();
    }

    public List<BooksLogEntry> log(TenantContext ctx, BooksVendor vendor, int limit) {
        return log.recent(ctx.tenant(), vendor, limit);
    }
}
