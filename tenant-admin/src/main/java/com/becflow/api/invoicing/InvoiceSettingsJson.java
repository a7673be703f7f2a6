package com.becflow.api.invoicing;

import com.becflow.invoicing.InvoiceBranding;
import com.becflow.invoicing.InvoiceNumbering;
import com.becflow.invoicing.InvoiceSettings;
import java.util.Base64;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Numbering, default terms and branding; the logo travels as base64 (PNG or JPEG, at most 512 KB). */
public class InvoiceSettingsJson {

    public String invoicePrefix;
    public String creditNotePrefix;
    public Boolean yearlyReset;
    public Integer numberDigits;
    public Integer defaultNetDays;
    public String businessName;
    public String businessAddress;
    public String taxId;
    public String colour;
    @Schema(format = "byte", description = "The logo's bytes, base64 (PNG or JPEG, at most 512 KB)")
    public String logoBase64;
    @Schema(enumeration = {"image/png", "image/jpeg"})
    public String logoType;
    public String footer;
    public String bankInstructions;

    static InvoiceSettingsJson from(InvoiceSettings s) {
        InvoiceSettingsJson json = new InvoiceSettingsJson();
        InvoiceNumbering n = s.numbering();
        InvoiceBranding b = s.branding();
        json.invoicePrefix = n.invoicePrefix();
        json.creditNotePrefix = n.creditNotePrefix();
        json.yearlyReset = n.yearlyReset();
        json.numberDigits = n.digits();
        json.defaultNetDays = s.defaultNetDays();
        json.businessName = b.businessName();
        json.businessAddress = b.businessAddress();
        json.taxId = b.taxId();
        json.colour = b.colour();
        json.logoBase64 = b.logo() == null ? null : Base64.getEncoder().encodeToString(b.logo());
        json.logoType = b.logoType();
        json.footer = b.footer();
        json.bankInstructions = b.bankInstructions();
        return json;
    }

    InvoiceNumbering numbering() {
        return new InvoiceNumbering(invoicePrefix, creditNotePrefix, yearlyReset == null || yearlyReset,
                numberDigits == null ? 4 : numberDigits);
    }

    InvoiceBranding branding() {
        byte[] logo = null;
        if (logoBase64 != null && !logoBase64.isBlank()) {
            try {
                logo = Base64.getDecoder().decode(logoBase64.strip());
            } catch (IllegalArgumentException e) {
                throw com.becflow.invoicing.InvalidInvoice.of("logoBase64", "Not base64");
            }
        }
        return new InvoiceBranding(businessName, businessAddress, taxId, colour, logo, logoType, footer, bankInstructions);
    }
}
