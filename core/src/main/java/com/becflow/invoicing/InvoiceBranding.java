package com.becflow.invoicing;

import com.becflow.shared.documents.ImageLimits;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How the tenant's invoices and receipts look and whom they name: business details, a colour and a logo,
 * plus the bank details a client may pay to instead of paying online.
 *
 * @param logo             PNG or JPEG, at most {@link #MAX_LOGO_BYTES} and {@link ImageLimits#MAX_SIDE} pixels a side as
 *                         given; kept as the PNG {@link #withLogoReencoded()} makes of it; null for none
 * @param bankInstructions shown next to the pay button; null when the tenant takes no transfers
 */
public record InvoiceBranding(String businessName, String businessAddress, String taxId, String colour, byte[] logo,
                              String logoType, String footer, String bankInstructions) {

    public static final int MAX_LOGO_BYTES = 512 * 1024;
    public static final String DEFAULT_COLOUR = "#1f6feb";
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    public Map<String, String> problems() {
        Map<String, String> errors = new LinkedHashMap<>();
        length(businessName, 200, "businessName", errors);
        length(businessAddress, 500, "businessAddress", errors);
        length(taxId, 50, "taxId", errors);
        length(footer, 1000, "footer", errors);
        length(bankInstructions, 2000, "bankInstructions", errors);
        if (colour != null && !colour.isBlank() && !COLOUR.matcher(colour.strip()).matches()) {
            errors.put("colour", "A colour like #1f6feb");
        }
        if (logo != null) {
            if (logo.length > MAX_LOGO_BYTES) {
                errors.put("logo", "At most " + MAX_LOGO_BYTES / 1024 + " KB");
            } else if (!"image/png".equals(logoType) && !"image/jpeg".equals(logoType) || !matchesType(logo, logoType)) {
                errors.put("logo", "A PNG or JPEG image");
            } else {
                // Judged by its header: a small file may claim more pixels than the server could ever hold.
                String refusal = ImageLimits.refusal(logo, logoType);
                if (refusal != null) {
                    errors.put("logo", refusal);
                }
            }
        }
        return errors;
    }

    /**
     * The same branding with its logo decoded once and stored as a PNG of at most {@link ImageLimits#STORED_SIDE}
     * pixels on its long side, so no document ever renders a large picture. Call after {@link #problems()} found
     * none.
     *
     * @throws InvalidInvoice on the field {@code logo} when the picture cannot be decoded after all
     */
    public InvoiceBranding withLogoReencoded() {
        if (logo == null) {
            return this;
        }
        try {
            byte[] png = ImageLimits.reencoded(logo, logoType, MAX_LOGO_BYTES);
            return new InvoiceBranding(businessName, businessAddress, taxId, colour, png, "image/png", footer,
                    bankInstructions);
        } catch (ImageLimits.Unreadable e) {
            throw InvalidInvoice.of("logo", e.getMessage());
        }
    }

    /** The magic numbers, so a renamed file of another kind never reaches the PDF renderer. */
    private static boolean matchesType(byte[] bytes, String type) {
        if ("image/png".equals(type)) {
            return bytes.length > 8 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G';
        }
        return bytes.length > 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8 && (bytes[2] & 0xff) == 0xff;
    }

    private static void length(String value, int max, String field, Map<String, String> errors) {
        if (value != null && value.length() > max) {
            errors.put(field, "At most " + max + " characters");
        }
    }

    /** The name documents and mails go out under: the business name set here, or {@code fallback} without one. */
    public String businessNameOr(String fallback) {
        return businessName == null || businessName.isBlank() ? fallback : businessName;
    }

    public String colourOrDefault() {
        return colour == null || !COLOUR.matcher(colour.strip()).matches() ? DEFAULT_COLOUR : colour.strip();
    }
}
