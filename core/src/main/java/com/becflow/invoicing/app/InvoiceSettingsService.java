package com.becflow.invoicing.app;

import com.becflow.invoicing.InvalidInvoice;
import com.becflow.invoicing.InvoiceBranding;
import com.becflow.invoicing.InvoiceContent;
import com.becflow.invoicing.InvoiceNumbering;
import com.becflow.invoicing.InvoiceSettings;
import com.becflow.invoicing.Invoices;
import com.becflow.invoicing.thanks.ThankYouTerms;
import com.becflow.shared.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** A tenant's numbering, default payment terms, branding and thank-you offer. Changes apply to documents issued from now on. */
@ApplicationScoped
@Transactional
public class InvoiceSettingsService {

    private final Invoices invoices;
    private final Clock clock;

    @Inject
    public InvoiceSettingsService(Invoices invoices, Clock clock) {
        this.invoices = invoices;
        this.clock = clock;
    }

    protected InvoiceSettingsService() {
        this(null, null);
    }

    public InvoiceSettings get(TenantContext ctx) {
        return invoices.settings(ctx.tenant());
    }

    /** Replaces the thank-you offer; it applies to payments recorded from now on. */
    public ThankYouTerms changeThankYou(Boolean enabled, BigDecimal percent, Integer validDays, TenantContext ctx) {
        ctx.requireWritable();
        ThankYouTerms terms = ThankYouTerms.checked(enabled, percent, validDays);
        invoices.settings(ctx.tenant()).changeThankYou(terms, clock.instant());
        return terms;
    }

    public InvoiceSettings update(InvoiceNumbering numbering, Integer defaultNetDays, InvoiceBranding branding,
                                  TenantContext ctx) {
        ctx.requireWritable();
        Map<String, String> errors = new LinkedHashMap<>(numbering.problems());
        if (defaultNetDays == null || defaultNetDays < 0 || defaultNetDays > InvoiceContent.MAX_NET_DAYS) {
            errors.put("defaultNetDays", "From 0 (on receipt) to " + InvoiceContent.MAX_NET_DAYS + " days");
        }
        errors.putAll(branding.problems());
        if (!errors.isEmpty()) {
            throw new InvalidInvoice(errors);
        }
        InvoiceSettings settings = invoices.settings(ctx.tenant());
        // A logo sent back as it is stored was re-encoded when it was first saved.
        InvoiceBranding kept = Arrays.equals(branding.logo(), settings.branding().logo())
                && Objects.equals(branding.logoType(), settings.branding().logoType()) ? branding
                : branding.withLogoReencoded();
        settings.change(numbering, defaultNetDays, kept, clock.instant());
        return settings;
    }
}
