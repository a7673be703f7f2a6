package com.becflow.integrations.quickbooks;

import java.time.Clock;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which QuickBooks company each access token just obtained from a consent reaches. Intuit names the company only in
 * the consent's redirect ({@code realmId}) and in the ID token's {@code realmid} claim, never through an API that
 * takes the token alone, and the port's {@code organisations(grant)} gets nothing but the grant: so the company read
 * from the ID token at {@code exchange} is kept here, keyed by its access token, until that token expires. Connecting
 * asks for it right after the exchange, in the same request and on the same server.
 */
final class GrantedCompanies {

    private static final int MOST = 1_000;

    private record Granted(String realmId, Instant until) {
    }

    private final Map<String, Granted> byAccessToken = new LinkedHashMap<>();
    private final Clock clock;

    GrantedCompanies(Clock clock) {
        this.clock = clock;
    }

    synchronized void remember(String accessToken, String realmId, Instant until) {
        Instant now = clock.instant();
        for (Iterator<Granted> it = byAccessToken.values().iterator(); it.hasNext(); ) {
            if (it.next().until().isBefore(now)) {
                it.remove();
            }
        }
        while (byAccessToken.size() >= MOST) {
            byAccessToken.remove(byAccessToken.keySet().iterator().next());
        }
        byAccessToken.put(accessToken, new Granted(realmId, until));
    }

    synchronized Optional<String> of(String accessToken) {
        Granted granted = byAccessToken.get(accessToken);
        return granted == null || granted.until().isBefore(clock.instant()) ? Optional.empty()
                : Optional.of(granted.realmId());
    }
}
