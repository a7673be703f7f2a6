package com.becflow.shared.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateLimitTest {

    @Test
    void settingsReadAsHowManyPerHowLong() {
        assertThat(RateLimit.parse("a", "5/1h", "S", "x")).extracting(RateLimit::max, RateLimit::window)
                .containsExactly(5, Duration.ofHours(1));
        assertThat(RateLimit.parse("a", " 120 / 10m ", "S", "x").window()).isEqualTo(Duration.ofMinutes(10));
        assertThat(RateLimit.parse("a", "20/d", "S", "x").window()).isEqualTo(Duration.ofDays(1));
        assertThat(RateLimit.parse("a", "3/30s", "S", "x").window()).isEqualTo(Duration.ofSeconds(30));
        assertThat(RateLimit.parse("a", "7/PT2H", "S", "x")).extracting(RateLimit::max, RateLimit::window)
                .containsExactly(7, Duration.ofHours(2));
        assertThat(RateLimit.parse("signup.address", "5/1h", "S", "x").code()).isEqualTo("rate.signup.address");
        assertThat(RateLimit.parse("a", "5/1h", "S", "x").describe()).isEqualTo("5 per hour");
        assertThat(RateLimit.parse("a", "5/90s", "S", "x").describe()).isEqualTo("5 per 90 seconds");
    }

    @Test
    void aSettingThatIsNoLimitIsRefusedNamingIt() {
        for (String bad : new String[] {"", "five/1h", "5", "5/1y", "0/1h", "5/0s", "5/PT0S", "-1/1h", "5/60d"}) {
            assertThatThrownBy(() -> RateLimit.parse("a", bad, "BECFLOW_RATE_X", "x")).as(bad)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("BECFLOW_RATE_X");
        }
    }

    @Test
    void theDefaultsAreTheDocumentedOnes() {
        RateLimits limits = new RateLimits();
        assertThat(limits.all()).extracting(RateLimit::code, RateLimit::describe).containsExactly(
                org.assertj.core.groups.Tuple.tuple("rate.signup.address", "5 per hour"),
                org.assertj.core.groups.Tuple.tuple("rate.signup.global", "100 per hour"),
                org.assertj.core.groups.Tuple.tuple("rate.portal.link", "120 per 10 minutes"),
                org.assertj.core.groups.Tuple.tuple("rate.portal.address", "600 per 10 minutes"),
                org.assertj.core.groups.Tuple.tuple("rate.portal.checkout", "10 per hour"),
                org.assertj.core.groups.Tuple.tuple("rate.portal.invoice", "20 per day"));
    }
}
