package com.becflow.accounting;

import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The vendor's answer on the consent's callback, as the browser brought it: the authorization code, the callback it
 * was sent to (the token exchange repeats it), and every query parameter it carried. QuickBooks names the company the
 * freelancer chose only there ({@code realmId}), so the whole answer is handed on rather than kept anywhere between
 * requests.
 */
public record BooksConsent(String code, URI callback, Map<String, String> parameters) {

    public BooksConsent {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(callback, "callback");
        parameters = Map.copyOf(parameters);
    }

    /** A callback's query parameter, if it was there and not blank. */
    public Optional<String> parameter(String name) {
        return Optional.ofNullable(parameters.get(name)).filter(value -> !value.isBlank());
    }
}
