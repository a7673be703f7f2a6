package com.becflow.integrations.xero;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The fake's identity service: consent codes, grants and their rotating refresh tokens, each grant reaching one
 * organisation of its own, so tests sharing one fake never see each other's books. Time here is the fake's own (the
 * vendor's clock), not the server's.
 */
final class FakeXeroIdentity {

    static final Duration ACCESS_TOKEN_LIFE = Duration.ofMinutes(30);

    /** One consent: the organisation it reaches and its current tokens. */
    static final class Grant {
        final String organisationId = UUID.randomUUID().toString();
        final String organisationName;
        final Instant createdAt = Instant.now();
        String accessToken;
        Instant accessExpiresAt;
        String refreshToken;
        boolean revoked;

        Grant(String organisationName) {
            this.organisationName = organisationName;
        }
    }

    private record Code(String redirectUri, String organisationName) {
    }

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Code> codes = new LinkedHashMap<>();
    private final Map<String, Grant> byAccessToken = new LinkedHashMap<>();
    private final Map<String, Grant> byRefreshToken = new LinkedHashMap<>();
    private int organisations;

    /** A code for the consent page's "Allow access", good once. */
    synchronized String newCode(String redirectUri) {
        String code = token("xc_");
        organisations++;
        codes.put(code, new Code(redirectUri, "Demo Company " + organisations));
        return code;
    }

    /** The grant for a code, or empty when the code is unknown, used, or was issued for another redirect. */
    synchronized Optional<Grant> exchange(String code, String redirectUri) {
        Code issued = codes.remove(code);
        if (issued == null || !issued.redirectUri().equals(redirectUri)) {
            return Optional.empty();
        }
        Grant grant = new Grant(issued.organisationName());
        issue(grant);
        return Optional.of(grant);
    }

    /** Rotates the grant's tokens, as Xero does: the old refresh token is spent. */
    synchronized Optional<Grant> refresh(String refreshToken) {
        Grant grant = byRefreshToken.remove(refreshToken);
        if (grant == null || grant.revoked) {
            return Optional.empty();
        }
        byAccessToken.remove(grant.accessToken);
        issue(grant);
        return Optional.of(grant);
    }

    synchronized Optional<Grant> byAccessToken(String accessToken) {
        Grant grant = byAccessToken.get(accessToken);
        if (grant == null || grant.revoked || Instant.now().isAfter(grant.accessExpiresAt)) {
            return Optional.empty();
        }
        return Optional.of(grant);
    }

    synchronized void revokeAll() {
        byAccessToken.values().forEach(grant -> grant.revoked = true);
    }

    synchronized void expireAccessTokens() {
        byAccessToken.values().forEach(grant -> grant.accessExpiresAt = Instant.now().minusSeconds(1));
    }

    private void issue(Grant grant) {
        grant.accessToken = token("xat_");
        grant.accessExpiresAt = Instant.now().plus(ACCESS_TOKEN_LIFE);
        grant.refreshToken = token("xrt_");
        byAccessToken.put(grant.accessToken, grant);
        byRefreshToken.put(grant.refreshToken, grant);
    }

    private String token(String prefix) {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        return prefix + HexFormat.of().formatHex(bytes);
    }
}
