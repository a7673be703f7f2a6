package com.becflow.integrations.quickbooks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The fake's Intuit OAuth 2 server: consent codes, grants with rotating refresh tokens, and ID tokens naming the
 * company ({@code realmid}). Each consent reaches a company of its own, so tests sharing one fake never see each
 * other's books. Time here is the fake's own (the vendor's clock), not the server's.
 */
final class FakeQuickBooksIdentity {

    static final Duration ACCESS_TOKEN_LIFE = Duration.ofHours(1);
    static final Duration REFRESH_TOKEN_LIFE = Duration.ofDays(100);

    /** One consent: the company it reaches and its current tokens. */
    static final class Grant {
        final String realmId;
        final String companyName;
        String accessToken;
        Instant accessExpiresAt;
        String refreshToken;
        boolean revoked;

        Grant(String realmId, String companyName) {
            this.realmId = realmId;
            this.companyName = companyName;
        }
    }

    private record Code(String redirectUri, String realmId, String companyName) {
    }

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Code> codes = new LinkedHashMap<>();
    private final Map<String, Grant> byAccessToken = new LinkedHashMap<>();
    private final Map<String, Grant> byRefreshToken = new LinkedHashMap<>();
    private int companies;

    /** "Connect": a code good once, and the company (realm) the freelancer picked, for the redirect. */
    synchronized String[] newCode(String redirectUri) {
        String code = token("AB11");
        companies++;
        String realm = Long.toString(9_130_000_000_000_000L + Math.floorMod(random.nextLong(), 1_000_000_000_000L));
        codes.put(code, new Code(redirectUri, realm, "Sandbox Company_US_" + companies));
        return new String[] {code, realm};
    }

    synchronized Optional<Grant> exchange(String code, String redirectUri) {
        Code issued = codes.remove(code);
        if (issued == null || !issued.redirectUri().equals(redirectUri)) {
            return Optional.empty();
        }
        Grant grant = new Grant(issued.realmId(), issued.companyName());
        issue(grant);
        return Optional.of(grant);
    }

    /** Rotates the grant's tokens, as Intuit does: the old refresh token is spent. */
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

    /** An ID token as Intuit's, with a signature nobody checks here (see QuickBooksOAuth). */
    String idToken(Grant grant, String clientId) {
        long now = Instant.now().getEpochSecond();
        ObjectNode claims = FakeQuickBooksCompany.JSON.createObjectNode()
                .put("sub", java.util.UUID.nameUUIDFromBytes(grant.realmId.getBytes(StandardCharsets.UTF_8)).toString())
                .put("realmid", grant.realmId).put("iss", "https://oauth.platform.intuit.com/op/v1")
                .put("auth_time", now).put("iat", now).put("exp", now + ACCESS_TOKEN_LIFE.toSeconds());
        claims.putArray("aud").add(clientId);
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        byte[] signature = new byte[64];
        random.nextBytes(signature);
        return base64.encodeToString("{\"alg\":\"RS256\",\"kid\":\"fake\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + base64.encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8)) + "."
                + base64.encodeToString(signature);
    }

    private void issue(Grant grant) {
        grant.accessToken = token("eyJfake.");
        grant.accessExpiresAt = Instant.now().plus(ACCESS_TOKEN_LIFE);
        grant.refreshToken = token("RT1-");
        byAccessToken.put(grant.accessToken, grant);
        byRefreshToken.put(grant.refreshToken, grant);
    }

    private String token(String prefix) {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        return prefix + HexFormat.of().formatHex(bytes);
    }
}
