package com.becflow.integrations.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class RequestHardeningFilterTest {

    @Test
    void theRefusalIsAProblemThatStatesTheLimit() {
        JsonObject problem = Json.createReader(new StringReader(RequestHardeningFilter.problem(10L * 1024 * 1024)))
                .readObject();
        assertThat(problem.getString("type")).isEqualTo("https://becflow.com/problems/request.too-large");
        assertThat(problem.getString("code")).isEqualTo("request.too-large");
        assertThat(problem.getInt("status")).isEqualTo(413);
        assertThat(problem.getJsonNumber("limit").longValue()).isEqualTo(10485760L);
        assertThat(problem.getString("detail")).isEqualTo("A request body may hold at most 10485760 bytes (10 MiB).");
        assertThat(RequestHardeningFilter.readable(512 * 1024)).isEqualTo("512 KiB");
        assertThat(RequestHardeningFilter.readable(1000)).isEqualTo("1000 bytes");
    }

    @Test
    void theSessionCookieIsSecureExactlyWhenBrowsersComeOverTls() {
        assertThat(SessionCookies.servedOverTls("https://app.example.com")).isTrue();
        assertThat(SessionCookies.servedOverTls(" HTTPS://app.example.com/ ")).isTrue();
        assertThat(SessionCookies.servedOverTls("http://127.0.0.1:8080")).isFalse();
        assertThat(SessionCookies.servedOverTls("")).isFalse();
    }

    @Test
    void thePolicyLetsNothingFrameOrPluginInAndNamesNoOtherOrigin() {
        assertThat(SecurityHeaders.CONTENT_SECURITY_POLICY).contains("default-src 'self'", "frame-ancestors 'none'",
                "object-src 'none'", "base-uri 'self'").doesNotContain("http:", "https:", "*");
    }
}
