package com.becflow.integrations.identity;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import static com.becflow.integrations.identity.TokenClaims.optionalInstant;
import static com.becflow.integrations.identity.TokenClaims.optionalString;
import static com.becflow.integrations.identity.TokenClaims.requireAudience;

/**
 * Checks the logout tokens the identity provider posts to the workspace when a sign-in session ends there
 * (OpenID Connect Back-Channel Logout 1.0, section 2.6): signed by the issuer, meant for our client, issued
 * recently, carrying the back-channel logout event, naming a session or a user, and never a nonce (which would
 * make an ID token pass for one).
 */
public final class LogoutTokens {

    static final String BACKCHANNEL_LOGOUT_EVENT = "http://schemas.openid.net/event/backchannel-logout";
    /** A logout token older than this is refused: it could only be a replay. */
    static final Duration MAX_AGE = Duration.ofMinutes(5);

    private final OidcTokenVerifier signatures;

    /** @param signatures a verifier requiring the workspace client as audience */
    public LogoutTokens(OidcTokenVerifier signatures) {
        this.signatures = Objects.requireNonNull(signatures, "signatures");
        if (signatures.audience().isEmpty()) {
            throw new IllegalArgumentException("logout tokens must be checked against the client they are meant for");
        }
    }

    /** What a valid logout token ends: one sign-in session, or every session of a user. */
    public record Logout(Optional<String> sessionId, Optional<String> subject) {
    }

    /** @throws InvalidToken when the token must not end anything */
    public Logout verify(String compactJws) {
        JsonObject claims = signatures.signedClaims(compactJws);
        requireAudience(claims, signatures.audience().orElseThrow());
        Instant now = signatures.clock().instant();
        Instant issuedAt = optionalInstant(claims, "iat").orElseThrow(() -> new InvalidToken("logout token has no iat"));
        if (issuedAt.isBefore(now.minus(MAX_AGE)) || issuedAt.isAfter(now.plus(signatures.leeway()))) {
            throw new InvalidToken("logout token was issued at " + issuedAt);
        }
        Optional<Instant> expiresAt = optionalInstant(claims, "exp");
        if (expiresAt.isPresent() && now.isAfter(expiresAt.get().plus(signatures.leeway()))) {
            throw new InvalidToken("logout token expired at " + expiresAt.get());
        }
        if (!(claims.get("events") instanceof JsonObject events) || !events.containsKey(BACKCHANNEL_LOGOUT_EVENT)) {
            throw new InvalidToken("logout token carries no back-channel logout event");
        }
        if (claims.containsKey("nonce")) {
            throw new InvalidToken("logout token carries a nonce");
        }
        Optional<String> sessionId = optionalString(claims, "sid");
        Optional<String> subject = optionalString(claims, "sub");
        if (sessionId.isEmpty() && subject.isEmpty()) {
            throw new InvalidToken("logout token names neither a session nor a user");
        }
        return new Logout(sessionId, subject);
    }
}
