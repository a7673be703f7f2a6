package com.becflow.integrations.identity;

import static com.becflow.integrations.identity.TestJws.encode;
import static com.becflow.integrations.identity.TestJws.rs256;
import static com.becflow.integrations.identity.TestJws.rs256Header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.becflow.shared.tenant.TenantId;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The verifier against a key generated here and served by a tiny JWKS endpoint; no Keycloak. */
class OidcTokenVerifierTest {

    private static final Instant NOW = Instant.parse("2030-01-02T03:04:05Z");
    private static final String KID = "key-1";
    private static final KeyPair KEY = TestJws.newRsaKey();
    private static final TenantId TENANT = TenantId.parse("0b7c8a52-5d4e-4f0a-9a51-3f1e2d3c4b5a");

    private HttpServer jwksServer;
    private final AtomicInteger keyFetches = new AtomicInteger();
    private volatile JsonObject publishedKeys = TestJws.jwks(KID, (RSAPublicKey) KEY.getPublic());
    private volatile int jwksStatus = 200;
    private String issuer;
    private final HttpClient http = HttpClient.newHttpClient();
    private final MovableClock clock = new MovableClock(NOW);

    @BeforeEach
    void serveKeys() throws IOException {
        jwksServer = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        jwksServer.createContext("/realms/test/protocol/openid-connect/certs", exchange -> {
            keyFetches.incrementAndGet();
            byte[] body = publishedKeys.toString().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(jwksStatus, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        jwksServer.start();
        issuer = "http://127.0.0.1:" + jwksServer.getAddress().getPort() + "/realms/test";
    }

    @AfterEach
    void stopServingKeys() {
        jwksServer.stop(0);
    }

    private OidcTokenVerifier verifier() {
        return new OidcTokenVerifier(issuer, http, clock);
    }

    private JsonObjectBuilder claims() {
        return Json.createObjectBuilder()
                .add("iss", issuer)
                .add("sub", "user-1")
                .add("iat", NOW.minusSeconds(60).getEpochSecond())
                .add("exp", NOW.plusSeconds(240).getEpochSecond())
                .add("aud", Json.createArrayBuilder().add("becflow-api").add("account"))
                .add("azp", "becflow-cli")
                .add("tenant_id", TENANT.toString())
                .add("email", "ada@example.test")
                .add("name", "Ada Lovelace")
                .add("realm_access", Json.createObjectBuilder()
                        .add("roles", Json.createArrayBuilder().add("freelancer").add("offline_access")));
    }

    private static String signed(JsonObjectBuilder claims) {
        return rs256(rs256Header(KID), claims.build(), KEY.getPrivate());
    }

    @Test
    void aValidTokenYieldsItsSubjectTenantEmailNameRolesAndExpiry() {
        VerifiedToken token = verifier().verify(signed(claims()));

        assertThat(token.subject()).isEqualTo("user-1");
        assertThat(token.tenant()).contains(TENANT);
        assertThat(token.email()).contains("ada@example.test");
        assertThat(token.name()).contains("Ada Lovelace");
        assertThat(token.roles()).containsExactlyInAnyOrder("freelancer", "offline_access");
        assertThat(token.expiresAt()).isEqualTo(NOW.plusSeconds(240));
    }

    @Test
    void theAddressCountsAsProvenOnlyWhenTheTokenSaysSoAsABoolean() {
        assertThat(verifier().verify(signed(claims())).emailVerified()).isFalse();
        VerifiedToken proven = verifier().verify(signed(claims().add("email_verified", true).add("sid", "s-1")
                .add("nonce", "n-1")));
        assertThat(proven.emailVerified()).isTrue();
        assertThat(proven.sessionId()).contains("s-1");
        assertThat(proven.nonce()).contains("n-1");
        assertThatThrownBy(() -> verifier().verify(signed(claims().add("email_verified", "true"))))
                .isInstanceOf(InvalidToken.class).hasMessageContaining("email_verified");
    }

    @Test
    void aTokenWithoutTenantEmailNameOrRolesHasNoneOfThem() {
        VerifiedToken token = verifier().verify(signed(claims()
                .remove("tenant_id").remove("email").remove("name").remove("realm_access")));

        assertThat(token.tenant()).isEmpty();
        assertThat(token.email()).isEmpty();
        assertThat(token.name()).isEmpty();
        assertThat(token.roles()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-a-uuid", "0B7C8A52-5D4E-4F0A-9A51-3F1E2D3C4B5A", " ", "0b7c8a52-5d4e-4f0a-9a51-3f1e2d3c4b5a;drop"})
    void aTenantIdThatIsNotACanonicalTenantIdMakesTheTokenInvalid(String tenant) {
        String token = signed(claims().add("tenant_id", tenant));

        assertThatThrownBy(() -> verifier().verify(token)).isInstanceOf(InvalidToken.class).hasMessageContaining("tenant_id");
    }

    @Test
    void aTenantIdThatIsNotAStringMakesTheTokenInvalid() {
        String token = signed(claims().add("tenant_id", Json.createArrayBuilder().add(TENANT.toString())));

        assertThatThrownBy(() -> verifier().verify(token)).isInstanceOf(InvalidToken.class).hasMessageContaining("tenant_id");
    }

    @Test
    void aTokenExpiredLessThanThirtySecondsAgoIsStillAccepted() {
        String token = signed(claims().add("exp", NOW.minusSeconds(29).getEpochSecond()));

        assertThat(verifier().verify(token).expiresAt()).isEqualTo(NOW.minusSeconds(29));
    }

    @Test
    void aTokenExpiredMoreThanThirtySecondsAgoIsRejected() {
        String token = signed(claims().add("exp", NOW.minusSeconds(31).getEpochSecond()));

        assertThatThrownBy(() -> verifier().verify(token)).isInstanceOf(InvalidToken.class).hasMessageContaining("expired");
    }

    @Test
    void theAllowedSkewCanBeNarrowedForTheExpiryAndTheStartAlike() {
        OidcTokenVerifier strict = verifier().allowingSkew(Duration.ofSeconds(5));
        String expiredTenSecondsAgo = signed(claims().add("exp", NOW.minusSeconds(10).getEpochSecond()));
        String validInTenSeconds = signed(claims().add("nbf", NOW.plusSeconds(10).getEpochSecond()));

        assertThat(verifier().verify(expiredTenSecondsAgo).subject()).isEqualTo("user-1");
        assertThatThrownBy(() -> strict.verify(expiredTenSecondsAgo)).isInstanceOf(InvalidToken.class)
                .hasMessageContaining("expired");
        assertThatThrownBy(() -> strict.verify(validInTenSeconds)).isInstanceOf(InvalidToken.class)
                .hasMessageContaining("not valid before");
        assertThat(strict.verify(signed(claims().add("exp", NOW.minusSeconds(4).getEpochSecond()))).subject())
                .isEqualTo("user-1");
        assertThat(strict.requiringAudience("becflow-api").leeway()).isEqualTo(Duration.ofSeconds(5));
        assertThatThrownBy(() -> verifier().allowingSkew(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> verifier().allowingSkew(Duration.ofMinutes(6))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTokenWithoutExpiryIsRejected() {
        String token = signed(claims().remove("exp"));

        assertThatThrownBy(() -> verifier().verify(token)).isInstanceOf(InvalidToken.class).hasMessageContaining("exp");
    }

    @Test
    void aTokenValidFromLessThanThirtySecondsAheadIsAccepted() {
        String token = signed(claims().add("nbf", NOW.plusSeconds(29).getEpochSecond()));

        assertThat(verifier().verify(token).subject()).isEqualTo("user-1");
    }

    @Test
    void aTokenValidFromMoreThanThirtySecondsAheadIsRejected() {
        String token = signed(claims().add("nbf", NOW.plusSeconds(31).getEpochSecond()));

        assertThatThrownBy(() -> verifier().verify(token)).isInstanceOf(InvalidToken.class).hasMessageContaining("not valid before");
    }

    @Test
    void aTokenFromAnotherIssuerIsRejectedEvenWithAGoodSignature() {
        String token = signed(claims().add("iss", "http://127.0.0.1:1/realms/other"));

        assertThatThrownBy(() -> verifier().verify(token)).isInstanceOf(InvalidToken.class).hasMessageContaining("issuer");
    }

    @Test
    void aTokenWithoutSubjectIsRejected() {
        String token = signed(claims().remove("sub"));

        assertThatThrownBy(() -> verifier().verify(token)).isInstanceOf(InvalidToken.class).hasMessageContaining("sub");
    }

    @Test
    void theAudienceMayBeASingleStringAnEntryOfAListOrTheAuthorizedParty() {
        OidcTokenVerifier forApi = verifier().requiringAudience("becflow-api");

        assertThat(forApi.verify(signed(claims().add("aud", "becflow-api"))).subject()).isEqualTo("user-1");
        assertThat(forApi.verify(signed(claims())).subject()).isEqualTo("user-1");
        assertThat(forApi.verify(signed(claims().add("aud", "account").add("azp", "becflow-api"))).subject())
                .isEqualTo("user-1");
    }

    @Test
    void aTokenForAnotherAudienceIsRejectedOnlyWhenAnAudienceIsRequired() {
        String token = signed(claims().add("aud", "account").remove("azp"));

        assertThat(verifier().verify(token).subject()).isEqualTo("user-1");
        assertThatThrownBy(() -> verifier().requiringAudience("becflow-api").verify(token))
                .isInstanceOf(InvalidToken.class).hasMessageContaining("becflow-api");
    }

    @Test
    void aTokenSignedWithAnotherKeyUnderTheSameKeyIdIsRejected() {
        String forged = rs256(rs256Header(KID), claims().build(), TestJws.newRsaKey().getPrivate());

        assertThatThrownBy(() -> verifier().verify(forged)).isInstanceOf(InvalidToken.class).hasMessageContaining("signature");
    }

    @Test
    void aTokenWhosePayloadWasChangedAfterSigningIsRejected() {
        String token = signed(claims());
        String tampered = TestJws.withPayload(token, claims().add("tenant_id", TenantId.newId().toString()).build());

        assertThatThrownBy(() -> verifier().verify(tampered)).isInstanceOf(InvalidToken.class).hasMessageContaining("signature");
    }

    @Test
    void anUnsignedTokenIsRejected() {
        JsonObject none = Json.createObjectBuilder().add("alg", "none").add("kid", KID).build();
        String unsigned = encode(none.toString()) + "." + encode(claims().build().toString()) + ".";

        assertThatThrownBy(() -> verifier().verify(unsigned)).isInstanceOf(InvalidToken.class).hasMessageContaining("none");
    }

    @Test
    void anHmacTokenKeyedWithThePublicKeyIsRejected() throws Exception {
        // The classic algorithm confusion: HS256 with the (public) RSA key as the shared secret.
        JsonObject hs256 = Json.createObjectBuilder().add("alg", "HS256").add("kid", KID).build();
        String signingInput = encode(hs256.toString()) + "." + encode(claims().build().toString());
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(KEY.getPublic().getEncoded(), "HmacSHA256"));
        String token = signingInput + "." + encode(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));

        assertThatThrownBy(() -> verifier().verify(token)).isInstanceOf(InvalidToken.class).hasMessageContaining("HS256");
    }

    @Test
    void aTokenWithCriticalHeaderExtensionsIsRejected() {
        JsonObject header = Json.createObjectBuilder(rs256Header(KID)).add("crit", Json.createArrayBuilder().add("exp")).build();
        String token = rs256(header, claims().build(), KEY.getPrivate());

        assertThatThrownBy(() -> verifier().verify(token)).isInstanceOf(InvalidToken.class).hasMessageContaining("critical");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "a.b", "a.b.c.d.e", "!!!.e30.sig", "e30.e30.", "WzFd.e30.c2ln"})
    void somethingThatIsNotACompactJwsIsRejected(String notAToken) {
        assertThatThrownBy(() -> verifier().verify(notAToken)).isInstanceOf(InvalidToken.class);
    }

    @Test
    void signingKeysAreFetchedOnceAndCached() {
        OidcTokenVerifier verifier = verifier();

        verifier.verify(signed(claims()));
        verifier.requiringAudience("becflow-api").verify(signed(claims()));

        assertThat(keyFetches).hasValue(1);
    }

    @Test
    void aRotatedKeyIsPickedUpByFetchingTheKeysAgain() {
        OidcTokenVerifier verifier = verifier();
        verifier.verify(signed(claims()));
        KeyPair rotated = TestJws.newRsaKey();
        publishedKeys = TestJws.jwks("key-2", (RSAPublicKey) rotated.getPublic());
        clock.advance(Duration.ofSeconds(OidcTokenVerifier.MIN_SECONDS_BETWEEN_KEY_FETCHES));

        VerifiedToken token = verifier.verify(rs256(rs256Header("key-2"), claims().build(), rotated.getPrivate()));

        assertThat(token.subject()).isEqualTo("user-1");
        assertThat(keyFetches).hasValue(2);
    }

    @Test
    void unknownKeyIdsDoNotMakeEveryTokenFetchTheKeysAgain() {
        OidcTokenVerifier verifier = verifier();
        verifier.verify(signed(claims()));
        String madeUpKid = rs256(rs256Header("made-up"), claims().build(), KEY.getPrivate());

        assertThatThrownBy(() -> verifier.verify(madeUpKid)).isInstanceOf(InvalidToken.class).hasMessageContaining("made-up");
        assertThatThrownBy(() -> verifier.verify(madeUpKid)).isInstanceOf(InvalidToken.class);
        assertThat(keyFetches).hasValue(1);

        clock.advance(Duration.ofSeconds(OidcTokenVerifier.MIN_SECONDS_BETWEEN_KEY_FETCHES));
        assertThatThrownBy(() -> verifier.verify(madeUpKid)).isInstanceOf(InvalidToken.class);
        assertThat(keyFetches).hasValue(2);
    }

    @Test
    void aRememberedTokenIsStillRefusedOnceItHasExpired() {
        OidcTokenVerifier verifier = verifier();
        String token = signed(claims().add("exp", NOW.plusSeconds(60).getEpochSecond()));
        verifier.verify(token);

        clock.advance(Duration.ofSeconds(91));

        assertThatThrownBy(() -> verifier.verify(token)).isInstanceOf(InvalidToken.class).hasMessageContaining("expired");
    }

    @Test
    void aRememberedTokenIsRefusedOnceItsKeyIsNoLongerPublished() {
        OidcTokenVerifier verifier = verifier();
        String token = signed(claims());
        verifier.verify(token);
        KeyPair rotated = TestJws.newRsaKey();
        publishedKeys = TestJws.jwks("key-2", (RSAPublicKey) rotated.getPublic());
        clock.advance(Duration.ofSeconds(OidcTokenVerifier.MIN_SECONDS_BETWEEN_KEY_FETCHES));
        verifier.verify(rs256(rs256Header("key-2"), claims().build(), rotated.getPrivate()));

        assertThatThrownBy(() -> verifier.verify(token)).isInstanceOf(InvalidToken.class).hasMessageContaining(KID);
    }

    @Test
    void aRememberedTokenHasItsAudienceCheckedByEachVerifier() {
        OidcTokenVerifier verifier = verifier();
        String token = signed(claims().add("aud", "another-api").add("azp", "another-cli"));
        verifier.verify(token);

        assertThatThrownBy(() -> verifier.requiringAudience("becflow-api").verify(token))
                .isInstanceOf(InvalidToken.class).hasMessageContaining("becflow-api");
    }

    @Test
    void manyTokensAreAllVerifiedCorrectlyWhenMoreArriveThanAreRemembered() {
        OidcTokenVerifier verifier = verifier();
        String first = signed(claims().add("sub", "user-0"));
        for (int i = 0; i <= OidcTokenVerifier.MAX_REMEMBERED_TOKENS; i++) {
            assertThat(verifier.verify(signed(claims().add("sub", "user-" + i))).subject()).isEqualTo("user-" + i);
        }

        assertThat(verifier.verify(first).subject()).isEqualTo("user-0");
        assertThatThrownBy(() -> verifier.verify(first.substring(0, first.length() - 2) + "AA"))
                .isInstanceOf(InvalidToken.class);
    }

    @Test
    void keysThatCannotBeFetchedAreAnOutageNotAnInvalidToken() {
        jwksStatus = 503;

        assertThatThrownBy(() -> verifier().verify(signed(claims())))
                .isInstanceOf(IllegalStateException.class).isNotInstanceOf(InvalidToken.class).hasMessageContaining("503");
    }

    @Test
    void aVerifierRefusesAnIssuerEndingInASlash() {
        assertThatThrownBy(() -> new OidcTokenVerifier(issuer + "/", http, clock)).isInstanceOf(IllegalArgumentException.class);
    }

    /** A clock the test moves forward by hand. */
    private static final class MovableClock extends Clock {

        private volatile Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
