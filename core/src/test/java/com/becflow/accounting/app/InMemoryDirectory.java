package com.becflow.accounting.app;

import com.becflow.accounting.BooksDirectory;
import com.becflow.accounting.BooksVendor;
import com.becflow.shared.tenant.TenantId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The books directory in memory. */
final class InMemoryDirectory implements BooksDirectory {

    final Map<String, List<TenantId>> registered = new LinkedHashMap<>();

    @Override
    public void register(BooksVendor vendor, String organisationId, TenantId tenant) {
        List<TenantId> tenants = registered.computeIfAbsent(vendor + ":" + organisationId, k -> new ArrayList<>());
        if (!tenants.contains(tenant)) {
            tenants.add(tenant);
        }
    }

    @Override
    public List<TenantId> tenantsOf(BooksVendor vendor, String organisationId) {
        return registered.getOrDefault(vendor + ":" + organisationId, List.of());
    }
}
