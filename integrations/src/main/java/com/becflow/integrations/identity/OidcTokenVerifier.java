package com.becflow.integrations.identity;

import com.becflow.shared.tenant.TenantId;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static com.becflow.integrations.identity.TokenClaims.optionalBoolean;
import static com.becflow.integrations.identity.TokenClaims.optionalInstant;
import static com.becflow.integrations.identity.TokenClaims.optionalString;
import static com.becflow.integrations.identity.TokenClaims.realmRoles;
import static com.becflow.integrations.identity.TokenClaims.requireAudience;
import static com.becflow.integrations.identity.TokenClaims.tenantOf;

/**
 * Checks a compact JWS (an access or ID token from Keycloak) and returns what it says about its bearer.
 *
 * <p>A token is accepted only when all of these hold: it is signed with RS256 by a key the issuer publishes
 * at {@code {issuer}/protocol/openid-connect/certs}; its {@code iss} is exactly the configured issuer; it is
 * not expired and already valid (30 s leeway for clock skew between Keycloak and Becflow, unless configured); it names the
 * expected audience, when one is configured; and its {@code tenant_id}, when present, is a canonical tenant
 * id. Anything else raises {@link InvalidToken}.
 *
 * <p>Only RS256 is accepted because that is what the realm signs with; allowing {@code none} or an HMAC
 * algorithm would let anyone who knows the public key mint tokens. Signing keys are cached by key id and the
 * key set is fetched again when a token names an unknown key id (Keycloak rotated its keys), at most once
 * every {@value #MIN_SECONDS_BETWEEN_KEY_FETCHES} s so that tokens with made-up key ids cannot turn every
 * request into a call to Keycloak.
 *
 * <p>An RS256 check costs more than the rest of a simple API request, and a client sends the same token
 * for minutes, so tokens whose signature matched are remembered (up to {@value #MAX_REMEMBERED_TOKENS}, until
 * they expire) together with the key that verified them. A remembered token is only accepted while that key is
 * still published; its claims (issuer, expiry, not-before, audience, tenant) are checked again on every call.
 *
 * <p>Thread-safe; one instance serves the whole application.
 */
public final class OidcTokenVerifier {

    static final int MIN_SECONDS_BETWEEN_KEY_FETCHES = 10;
    static final Duration DEFAULT_LEEWAY = Duration.ofSeconds(30);
    private static final Duration KEY_FETCH_TIMEOUT = Duration.ofSeconds(5);
    private static final String ACCEPTED_ALGORITHM = "RS256";
    private static final JsonProvider JSON = JsonProvider.provider();
    static final int MAX_REMEMBERED_TOKENS = 4096;

    private final String issuer;
    private final Optional<String> audience;
    private final Clock clock;
    private final Duration leeway;
    private final SigningKeys keys;
    private final Map<String, SignedPayload> verified;

    /** A verifier that does not check the audience; see {@link #requiringAudience(String)}. */
    public OidcTokenVerifier(String issuer, HttpClient http, Clock clock) {
        this(issuer, Optional.empty(), clock, DEFAULT_LEEWAY,
                new SigningKeys(jwksUri(issuer), Objects.requireNonNull(http, "http"), clock), new ConcurrentHashMap<>());
    }

    private OidcTokenVerifier(String issuer, Optional<String> audience, Clock clock, Duration leeway, SigningKeys keys,
                              Map<String, SignedPayload> verified) {
        this.issuer = issuer;
        this.audience = audience;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.leeway = Objects.requireNonNull(leeway, "leeway");
        this.keys = keys;
        this.verified = verified;
    }

    /** A payload whose signature matched, and the key that matched it. */
    private record SignedPayload(JsonObject claims, PublicKey key, String keyId, Instant expiresAt) {
    }

    /**
     * The same verifier (sharing its key cache) that also requires {@code aud} to contain the given audience,
     * or {@code azp} to equal it (ID tokens name their client only there when other audiences are added).
     */
    public OidcTokenVerifier requiringAudience(String expectedAudience) {
        if (expectedAudience == null || expectedAudience.isBlank()) {
            throw new IllegalArgumentException("expected audience is empty");
        }
        return new OidcTokenVerifier(issuer, Optional.of(expectedAudience), clock, leeway, keys, verified);
    }

    /**
     * The same verifier (sharing its key cache) allowing this much clock skew between the issuer and this server
     * around a token's expiry and start.
     */
    public OidcTokenVerifier allowingSkew(Duration skew) {
        if (skew.isNegative() || skew.compareTo(Duration.ofMinutes(5)) > 0) {
            throw new IllegalArgumentException("clock skew must be between 0 and 5 minutes: " + skew);
        }
        return new OidcTokenVerifier(issuer, audience, clock, skew, keys, verified);
    }

    public String issuer() {
        return issuer;
    }

    /**
     * @throws InvalidToken when the token must not be trusted
     * @throws IllegalStateException when the issuer's keys cannot be fetched (an outage, not a bad token)
     */
    public VerifiedToken verify(String compactJws) {
        return claimsOf(signedClaims(compactJws));
    }

    /**
     * The claims of a token whose signature matched a key the issuer still publishes, and whose issuer is ours;
     * nothing else about them is checked yet.
     */
    JsonObject signedClaims(String compactJws) {
        if (compactJws == null || compactJws.isBlank()) {
            throw new InvalidToken("no token");
        }
        String token = compactJws.trim();
        SignedPayload remembered = verified.get(token);
        if (remembered != null && keys.stillPublishes(remembered.keyId(), remembered.key())) {
            return remembered.claims();
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            throw new InvalidToken("not a compact JWS: expected 3 parts, found " + parts.length);
        }
        JsonObject header = jsonPart(parts[0], "header");
        String algorithm = optionalString(header, "alg").orElse("(missing)");
        if (!ACCEPTED_ALGORITHM.equals(algorithm)) {
            throw new InvalidToken("signature algorithm " + algorithm + " is not accepted, only " + ACCEPTED_ALGORITHM);
        }
        if (header.containsKey("crit")) {
            // RFC 7515 4.1.11: a verifier that does not understand the critical extensions must reject.
            throw new InvalidToken("critical header extensions are not supported");
        }
        String keyId = optionalString(header, "kid").orElseThrow(() -> new InvalidToken("header has no kid"));
        PublicKey key = keys.forKeyId(keyId);
        byte[] signature = base64url(parts[2], "signature");
        if (!signatureMatches(key, parts[0] + "." + parts[1], signature)) {
            throw new InvalidToken("signature does not match the issuer's key " + keyId);
        }
        JsonObject claims = jsonPart(parts[1], "payload");
        String tokenIssuer = optionalString(claims, "iss").orElse("(missing)");
        if (!issuer.equals(tokenIssuer)) {
            throw new InvalidToken("issuer " + tokenIssuer + " is not " + issuer);
        }
        // Logout tokens need not expire; they are remembered no longer than any other token.
        Instant keptUntil = optionalInstant(claims, "exp").orElse(clock.instant().plus(leeway));
        remember(token, new SignedPayload(claims, key, keyId, keptUntil));
        return claims;
    }

    /** The audience this verifier requires, if any. */
    Optional<String> audience() {
        return audience;
    }

    Clock clock() {
        return clock;
    }

    Duration leeway() {
        return leeway;
    }

    private void remember(String token, SignedPayload payload) {
        if (verified.size() >= MAX_REMEMBERED_TOKENS) {
            Instant now = clock.instant();
            verified.values().removeIf(p -> now.isAfter(p.expiresAt().plus(leeway)));
            if (verified.size() >= MAX_REMEMBERED_TOKENS) {
                verified.clear();
            }
        }
        verified.put(token, payload);
    }

    private VerifiedToken claimsOf(JsonObject claims) {
        Instant now = clock.instant();
        Instant expiresAt = optionalInstant(claims, "exp").orElseThrow(() -> new InvalidToken("token has no exp"));
        if (now.isAfter(expiresAt.plus(leeway))) {
            throw new InvalidToken("token expired at " + expiresAt);
        }
        Optional<Instant> notBefore = optionalInstant(claims, "nbf");
        if (notBefore.isPresent() && now.plus(leeway).isBefore(notBefore.get())) {
            throw new InvalidToken("token is not valid before " + notBefore.get());
        }
        audience.ifPresent(expected -> requireAudience(claims, expected));
        String subject = optionalString(claims, "sub").orElseThrow(() -> new InvalidToken("token has no sub"));
        return new VerifiedToken(subject, tenantOf(claims), optionalString(claims, "email"),
                optionalBoolean(claims, "email_verified").orElse(false), optionalString(claims, "name"),
                realmRoles(claims), expiresAt, optionalString(claims, "sid"), optionalString(claims, "nonce"));
    }

    private static boolean signatureMatches(PublicKey key, String signingInput, byte[] signature) {
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initVerify(key);
            rs256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return rs256.verify(signature);
        } catch (GeneralSecurityException malformed) {
            return false;
        }
    }

    private static JsonObject jsonPart(String base64url, String part) {
        return parseObject(new String(base64url(base64url, part), StandardCharsets.UTF_8), part);
    }

    private static byte[] base64url(String text, String part) {
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(text);
            if (bytes.length == 0) {
                throw new InvalidToken(part + " is empty");
            }
            return bytes;
        } catch (IllegalArgumentException notBase64) {
            throw new InvalidToken(part + " is not base64url", notBase64);
        }
    }

    private static JsonObject parseObject(String text, String what) {
        try (JsonReader reader = JSON.createReader(new StringReader(text))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException notAnObject) {
            throw new InvalidToken(what + " is not a JSON object", notAnObject);
        }
    }

    private static URI jwksUri(String issuer) {
        Objects.requireNonNull(issuer, "issuer");
        if (issuer.endsWith("/")) {
            throw new IllegalArgumentException("issuer must not end with '/': " + issuer);
        }
        return URI.create(issuer + "/protocol/openid-connect/certs");
    }

    /** The issuer's RS256 signing keys by key id, fetched from its JWKS endpoint on demand. */
    private static final class SigningKeys {

        private final URI jwksUri;
        private final HttpClient http;
        private final Clock clock;
        private volatile Map<String, PublicKey> byKeyId = Map.of();
        private Instant lastFetch; // guarded by this

        SigningKeys(URI jwksUri, HttpClient http, Clock clock) {
            this.jwksUri = jwksUri;
            this.http = http;
            this.clock = clock;
        }

        boolean stillPublishes(String keyId, PublicKey key) {
            return byKeyId.get(keyId) == key;
        }

        PublicKey forKeyId(String keyId) {
            PublicKey known = byKeyId.get(keyId);
            if (known != null) {
                return known;
            }
            synchronized (this) {
                known = byKeyId.get(keyId);
                if (known != null) {
                    return known; // another thread fetched the new keys meanwhile
                }
                Instant now = clock.instant();
                if (lastFetch != null && now.isBefore(lastFetch.plusSeconds(MIN_SECONDS_BETWEEN_KEY_FETCHES))) {
                    throw new InvalidToken("unknown signing key " + keyId);
                }
                byKeyId = fetch();
                lastFetch = now;
                known = byKeyId.get(keyId);
                if (known == null) {
                    throw new InvalidToken("unknown signing key " + keyId);
                }
                return known;
            }
        }

        private Map<String, PublicKey> fetch() {
            HttpResponse<String> response;
            try {
                response = http.send(HttpRequest.newBuilder(jwksUri).timeout(KEY_FETCH_TIMEOUT)
                        .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException unreachable) {
                throw new IllegalStateException("cannot fetch signing keys from " + jwksUri, unreachable);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while fetching signing keys from " + jwksUri, interrupted);
            }
            if (response.statusCode() != 200) {
                throw new IllegalStateException("fetching signing keys from " + jwksUri + " answered HTTP "
                        + response.statusCode());
            }
            JsonObject jwks;
            try {
                jwks = parseObject(response.body(), "key set");
            } catch (InvalidToken notJson) {
                throw new IllegalStateException("signing keys at " + jwksUri + " are not a JSON object", notJson);
            }
            if (!(jwks.get("keys") instanceof JsonArray published)) {
                throw new IllegalStateException("signing keys at " + jwksUri + " have no keys array");
            }
            Map<String, PublicKey> keys = new HashMap<>();
            for (JsonValue entry : published) {
                if (entry instanceof JsonObject jwk && isRs256SigningKey(jwk)) {
                    keys.put(jwk.getString("kid"), rsaKey(jwk));
                }
            }
            return Map.copyOf(keys);
        }

        // Keycloak also publishes an RSA-OAEP encryption key; only signature keys may verify tokens.
        private static boolean isRs256SigningKey(JsonObject jwk) {
            return "RSA".equals(jwk.getString("kty", null))
                    && jwk.getString("kid", null) != null
                    && "sig".equals(jwk.getString("use", "sig"))
                    && ACCEPTED_ALGORITHM.equals(jwk.getString("alg", ACCEPTED_ALGORITHM))
                    && jwk.getString("n", null) != null
                    && jwk.getString("e", null) != null;
        }

        private PublicKey rsaKey(JsonObject jwk) {
            try {
                BigInteger modulus = new BigInteger(1, Base64.getUrlDecoder().decode(jwk.getString("n")));
                BigInteger exponent = new BigInteger(1, Base64.getUrlDecoder().decode(jwk.getString("e")));
                return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(modulus, exponent));
            } catch (GeneralSecurityException | IllegalArgumentException malformed) {
                throw new IllegalStateException("signing key " + jwk.getString("kid") + " at " + jwksUri
                        + " is malformed", malformed);
            }
        }
    }
}
