package com.becflow.invoicing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import com.becflow.invoicing.thanks.ThankYouTerms;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A tenant's invoicing preferences: numbering, default terms, branding, bank details, the thank-you offer for paying on
 * time. One row per tenant schema.
 */
@Entity
@Table(name = "invoice_settings")
public class InvoiceSettings {

    public static final int ROW = 1;

    @Id
    private int id;

    @Column(name = "invoice_prefix", nullable = false, length = InvoiceNumbering.PREFIX_LENGTH)
    private String invoicePrefix;

    @Column(name = "credit_note_prefix", nullable = false, length = InvoiceNumbering.PREFIX_LENGTH)
    private String creditNotePrefix;

    @Column(name = "yearly_reset", nullable = false)
    private boolean yearlyReset;

    @Column(name = "number_digits", nullable = false)
    private int numberDigits;

    @Column(name = "default_net_days", nullable = false)
    private int defaultNetDays;

    @Column(name = "business_name", length = 200)
    private String businessName;

    @Column(name = "business_address", length = 500)
    private String businessAddress;

    @Column(name = "tax_id", length = 50)
    private String taxId;

    @Column(length = 7)
    private String colour;

    private byte[] logo;

    @Column(name = "logo_type", length = 20)
    private String logoType;

    @Column(length = 1000)
    private String footer;

    @Column(name = "bank_instructions", length = 2000)
    private String bankInstructions;

    @Column(name = "thank_you_enabled", nullable = false)
    private boolean thankYouEnabled;

    @Column(name = "thank_you_percent", precision = 5, scale = 2)
    private BigDecimal thankYouPercent;

    @Column(name = "thank_you_days", nullable = false)
    private int thankYouDays = ThankYouTerms.DEFAULT_DAYS;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected InvoiceSettings() {
    }

    public InvoiceNumbering numbering() {
        return new InvoiceNumbering(invoicePrefix, creditNotePrefix, yearlyReset, numberDigits);
    }

    public InvoiceBranding branding() {
        return new InvoiceBranding(businessName, businessAddress, taxId, colour, logo, logoType, footer, bankInstructions);
    }

    public ThankYouTerms thankYouTerms() {
        return new ThankYouTerms(thankYouEnabled, thankYouPercent, thankYouDays);
    }

    /** The thank-you offer for payments from now on; discounts already granted keep their terms. */
    public void changeThankYou(ThankYouTerms terms, Instant now) {
        thankYouEnabled = terms.enabled();
        thankYouPercent = terms.percent();
        thankYouDays = terms.validDays();
        updatedAt = now;
    }

    public int defaultNetDays() {
        return defaultNetDays;
    }

    public void change(InvoiceNumbering numbering, int netDays, InvoiceBranding branding, Instant now) {
        invoicePrefix = numbering.invoicePrefix();
        creditNotePrefix = numbering.creditNotePrefix();
        yearlyReset = numbering.yearlyReset();
        numberDigits = numbering.digits();
        defaultNetDays = netDays;
        businessName = blankToNull(branding.businessName());
        businessAddress = blankToNull(branding.businessAddress());
        taxId = blankToNull(branding.taxId());
        colour = blankToNull(branding.colour() == null ? null : branding.colour().strip());
        logo = branding.logo();
        logoType = branding.logo() == null ? null : branding.logoType();
        footer = blankToNull(branding.footer());
        bankInstructions = blankToNull(branding.bankInstructions());
        updatedAt = now;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Instant updatedAt() { return updatedAt; }
    public long version() { return version; }
}
