package com.becflow.tenancy;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** A tenant's short, URL-safe name, unique across the platform. */
public record TenantSlug(String value) {

    private static final Pattern FORM = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");

    public TenantSlug {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("not a valid slug: " + value);
        }
    }

    /** Derives a slug from a business name: "Café Noir Studio" becomes "cafe-noir-studio". */
    public static TenantSlug from(String businessName) {
        String ascii = Normalizer.normalize(businessName == null ? "" : businessName, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (ascii.length() > 50) {
            ascii = ascii.substring(0, 50).replaceAll("-+$", "");
        }
        return new TenantSlug(ascii.isEmpty() ? "studio" : ascii);
    }

    public TenantSlug withSuffix(int n) {
        return new TenantSlug(value + "-" + n);
    }
}
