package com.becflow.workspace.invoicing;

import com.becflow.invoicing.InvoiceBranding;
import com.becflow.invoicing.InvoiceNumbering;
import com.becflow.invoicing.InvoiceSettings;

/** The settings form's working copy: numbering, default payment terms and branding, before the service decides. */
public class InvoiceSettingsDraft {

    private String invoicePrefix = "";
    private String creditNotePrefix = "";
    private boolean yearlyReset;
    private Integer digits;
    private Integer defaultNetDays;
    private String businessName = "";
    private String businessAddress = "";
    private String taxId = "";
    private String colour = "";
    private byte[] logo;
    private String logoType;
    private String footer = "";
    private String bankInstructions = "";

    public static InvoiceSettingsDraft of(InvoiceSettings settings) {
        InvoiceSettingsDraft d = new InvoiceSettingsDraft();
        InvoiceNumbering numbering = settings.numbering();
        d.invoicePrefix = numbering.invoicePrefix();
        d.creditNotePrefix = numbering.creditNotePrefix();
        d.yearlyReset = numbering.yearlyReset();
        d.digits = numbering.digits();
        d.defaultNetDays = settings.defaultNetDays();
        InvoiceBranding branding = settings.branding();
        d.businessName = orEmpty(branding.businessName());
        d.businessAddress = orEmpty(branding.businessAddress());
        d.taxId = orEmpty(branding.taxId());
        d.colour = orEmpty(branding.colour());
        d.logo = branding.logo();
        d.logoType = branding.logoType();
        d.footer = orEmpty(branding.footer());
        d.bankInstructions = orEmpty(branding.bankInstructions());
        return d;
    }

    /** An empty digits field becomes 0 digits, which the service refuses on the digits field. */
    public InvoiceNumbering numbering() {
        return new InvoiceNumbering(orEmpty(invoicePrefix).strip(), orEmpty(creditNotePrefix).strip(), yearlyReset,
                digits == null ? 0 : digits);
    }

    public InvoiceBranding branding() {
        return new InvoiceBranding(businessName, businessAddress, taxId, colour == null ? null : colour.strip(), logo,
                logoType, footer, bankInstructions);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    public String getInvoicePrefix() { return invoicePrefix; }
    public void setInvoicePrefix(String v) { invoicePrefix = v; }
    public String getCreditNotePrefix() { return creditNotePrefix; }
    public void setCreditNotePrefix(String v) { creditNotePrefix = v; }
    public boolean isYearlyReset() { return yearlyReset; }
    public void setYearlyReset(boolean v) { yearlyReset = v; }
    public Integer getDigits() { return digits; }
    public void setDigits(Integer v) { digits = v; }
    public Integer getDefaultNetDays() { return defaultNetDays; }
    public void setDefaultNetDays(Integer v) { defaultNetDays = v; }
    public String getBusinessName() { return businessName; }
    public void setBusinessName(String v) { businessName = v; }
    public String getBusinessAddress() { return businessAddress; }
    public void setBusinessAddress(String v) { businessAddress = v; }
    public String getTaxId() { return taxId; }
    public void setTaxId(String v) { taxId = v; }
    public String getColour() { return colour; }
    public void setColour(String v) { colour = v; }
    /** Set from the upload, not bound to a field. */
    public byte[] getLogo() { return logo; }
    public void setLogo(byte[] v) { logo = v; }
    public String getLogoType() { return logoType; }
    public void setLogoType(String v) { logoType = v; }
    public String getFooter() { return footer; }
    public void setFooter(String v) { footer = v; }
    public String getBankInstructions() { return bankInstructions; }
    public void setBankInstructions(String v) { bankInstructions = v; }
}
