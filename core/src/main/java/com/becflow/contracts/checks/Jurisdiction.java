package com.becflow.contracts.checks;

import java.util.Locale;

/**
 * Where a client is established, as far as the rules here need it: an ISO 3166 alpha-2 country and, for the
 * United States, the state's two-letter code (a full state name is read too). Unknown parts are null.
 */
public record Jurisdiction(String country, String region) {

    public static final Jurisdiction UNKNOWN = new Jurisdiction(null, null);

    public static Jurisdiction of(String country, String region) {
        String c = country == null || country.isBlank() ? null : country.trim().toUpperCase(Locale.ROOT);
        String r = region == null || region.isBlank() ? null : UsStates.code(region.trim());
        return new Jurisdiction(c, "US".equals(c) ? r : null);
    }
}
