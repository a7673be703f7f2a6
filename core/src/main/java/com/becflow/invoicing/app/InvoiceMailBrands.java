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
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Mails to clients wear the branding the tenant's invoices wear, answers go to the workspace's owner, and each says
 * where the client signs in to all their documents.
 */
@ApplicationScoped
public class InvoiceMailBrands implements MailBrands {

    private final Invoices invoices;
    private final TenantRegistry tenants;
    private final String publicUrl;

    @Inject
    public InvoiceMailBrands(Invoices invoices, TenantRegistry tenants,
                             @ConfigProperty(name = "BECFLOW_PUBLIC_URL") String publicUrl) {
        this.invoices = invoices;
        this.tenants = tenants;
        this.publicUrl = publicUrl == null ? null : publicUrl.replaceAll("/+$", "");
    }

    protected InvoiceMailBrands() {
        this(null, null, null);
    }

    @Override
    public MailBrand of(TenantId tenant) {
        Tenant owner = tenants.recent(tenant);
        InvoiceBranding branding = invoices.settings(tenant).branding();
        return new MailBrand(branding.businessNameOr(owner.displayName()), owner.ownerEmail(),
                branding.colourOrDefault(), branding.logo(),
                publicUrl == null ? null : publicUrl + "/portal/for/" + owner.slug().value());
    }
}
