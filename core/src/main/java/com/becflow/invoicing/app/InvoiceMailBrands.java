package com.becflow.invoicing.app;

import com.becflow.invoicing.InvoiceBranding;
import com.becflow.invoicing.Invoices;
import com.becflow.shared.mail.MailBrand;
import com.becflow.shared.mail.MailBrands;
import com.becflow.shared.tenant.TenantId;
import com.becflow.tenancy.Tenant;
import com.becflow.tenancy.app.TenantRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Mails to clients wear the branding the tenant's invoices wear, and answers go to the workspace's owner. */
@ApplicationScoped
public class InvoiceMailBrands implements MailBrands {

    private final Invoices invoices;
    private final TenantRegistry tenants;

    @Inject
    public InvoiceMailBrands(Invoices invoices, TenantRegistry tenants) {
        this.invoices = invoices;
        this.tenants = tenants;
    }

    protected InvoiceMailBrands() {
        this(null, null);
    }

    @Override
    public MailBrand of(TenantId tenant) {
        Tenant owner = tenants.recent(tenant);
        InvoiceBranding branding = invoices.settings(tenant).branding();
        return new MailBrand(branding.businessNameOr(owner.displayName()), owner.ownerEmail(),
                branding.colourOrDefault(), branding.logo());
    }
}
