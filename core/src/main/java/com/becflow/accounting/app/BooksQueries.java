package com.becflow.accounting.app;

import com.becflow.accounting.BooksConnection;
import com.becflow.accounting.BooksConnections;
import com.becflow.accounting.BooksGateways;
import com.becflow.accounting.BooksLog;
import com.becflow.accounting.BooksLogEntry;
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

    /** A vendor as the integrations page lists it: offered by this server or not, and connected or not. */
    public record VendorStatus(BooksVendor vendor, boolean offered, Optional<BooksConnection> connection) {
    }

    private final BooksConnections connections;
    private final BooksGateways gateways;
    private final BooksLog log;

    @Inject
    public BooksQueries(BooksConnections connections, BooksGateways gateways, BooksLog log) {
        this.connections = connections;
        this.gateways = gateways;
        this.log = log;
    }

    protected BooksQueries() {
        this(null, null, null);
    }

    public List<VendorStatus> vendors(TenantContext ctx) {
        return java.util.Arrays.stream(BooksVendor.values())
                .map(vendor -> new VendorStatus(vendor, gateways.of(vendor).isPresent(),
                        connections.find(ctx.tenant(), vendor)))
                .toList();
    }

    public List<BooksLogEntry> log(TenantContext ctx, BooksVendor vendor, int limit) {
        return log.recent(ctx.tenant(), vendor, limit);
    }
}
