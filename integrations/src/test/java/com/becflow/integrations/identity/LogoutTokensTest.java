package com.becflow.integrations.identity;

import static com.becflow.integrations.identity.TestJws.rs256;
import static com.becflow.integrations.identity.TestJws.rs256Header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
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
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Back-channel logout tokens against a key generated here, served by a tiny JWKS endpoint. */
class LogoutTokensTest {

    private static final Instant NOW = Instant.parse("2030-01-02T03:04:05Z");
    private static final KeyPair KEY = TestJws.newRsaKey();
    private static final KeyPair OTHER_KEY = TestJws.newRsaKey();

    private HttpServer jwksServer;
    private String issuer;
    private LogoutTokens logoutTokens;

    @BeforeEach
    void serveKeys() throws IOException {
        jwksServer = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        jwksServer.createContext("/realms/test/protocol/openid-connect/certs", exchange -> {
            byte[] body = TestJws.jwks("k1", (RSAPublicKey) KEY.getPublic()).toString().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        jwksServer.start();
        issuer = "http://127.0.0.1:" + jwksServer.getAddress().getPort() + "/realms/test";
        logoutTokens = new LogoutTokens(new OidcTokenVerifier(issuer, HttpClient.newHttpClient(),
                Clock.fixed(NOW, ZoneOffset.UTC)).requiringAudience("becflow-workspace"));
    }

    @AfterEach
    void stopServingKeys() {
        jwksServer.stop(0);
    }

    private JsonObjectBuilder claims() {
        return Json.createObjectBuilder()
                .add("iss", issuer)
                .add("aud", "becflow-workspace")
                .add("iat", NOW.minusSeconds(2).getEpochSecond())
                .add("jti", "logout-1")
                .add("sub", "user-1")
                .add("sid", "session-1")
                .add("events", Json.createObjectBuilder().add(LogoutTokens.BACKCHANNEL_LOGOUT_EVENT,
                        Json.createObjectBuilder()));
    }

    private static String signed(JsonObjectBuilder claims, KeyPair key) {
        return rs256(rs256Header("k1"), claims.build(), key.getPrivate());
    }

    @Test
    void aValidLogoutTokenNamesTheSessionAndUserItEnds() {
        LogoutTokens.Logout logout = logoutTokens.verify(signed(claims(), KEY));

        assertThat(logout.sessionId()).contains("session-1");
        assertThat(logout.subject()).contains("user-1");
    }

    @Test
    void aLogoutTokenNamingOnlyTheUserEndsAllTheirSessions() {
        assertThat(logoutTokens.verify(signed(claims().remove("sid"), KEY)).sessionId()).isEmpty();
    }

    @Test
    void tokensThatMustNotEndAnythingAreRefused() {
        assertThatThrownBy(() -> logoutTokens.verify(signed(claims(), OTHER_KEY))).isInstanceOf(InvalidToken.class);
        assertThatThrownBy(() -> logoutTokens.verify(signed(claims().add("aud", "another-client"), KEY)))
                .isInstanceOf(InvalidToken.class).hasMessageContaining("not meant for");
        assertThatThrownBy(() -> logoutTokens.verify(signed(claims().remove("events"), KEY)))
                .isInstanceOf(InvalidToken.class).hasMessageContaining("event");
        assertThatThrownBy(() -> logoutTokens.verify(signed(claims().add("nonce", "n"), KEY)))
                .isInstanceOf(InvalidToken.class).hasMessageContaining("nonce");
        assertThatThrownBy(() -> logoutTokens.verify(signed(claims().remove("sid").remove("sub"), KEY)))
                .isInstanceOf(InvalidToken.class).hasMessageContaining("neither");
        assertThatThrownBy(() -> logoutTokens.verify(signed(claims().add("iat", NOW.minusSeconds(301).getEpochSecond()), KEY)))
                .isInstanceOf(InvalidToken.class).hasMessageContaining("issued at");
        assertThatThrownBy(() -> logoutTokens.verify(signed(claims().remove("iat"), KEY)))
                .isInstanceOf(InvalidToken.class).hasMessageContaining("iat");
        assertThatThrownBy(() -> logoutTokens.verify(signed(claims().add("iss", "http://elsewhere/realms/test"), KEY)))
                .isInstanceOf(InvalidToken.class).hasMessageContaining("issuer");
    }

    @Test
    void logoutTokensAreOnlyCheckedAgainstAClient() {
        OidcTokenVerifier anyAudience = new OidcTokenVerifier(issuer, HttpClient.newHttpClient(), Clock.systemUTC());
        assertThatThrownBy(() -> new LogoutTokens(anyAudience)).isInstanceOf(IllegalArgumentException.class);
    }
}
