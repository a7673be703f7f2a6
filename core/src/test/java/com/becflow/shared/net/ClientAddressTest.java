package com.becflow.shared.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private final ClientAddress ingress = ClientAddress.trusting("10.0.0.0/8, 192.168.1.7 fd00::/8");

    @Test
    void aPeerThatIsNoTrustedProxyIsTheClientWhateverItForwards() {
        assertThat(ingress.resolve("203.0.113.9", List.of("198.51.100.1"))).isEqualTo("203.0.113.9");
        assertThat(ClientAddress.trustingNone().resolve("10.1.2.3", List.of("198.51.100.1"))).isEqualTo("10.1.2.3");
        assertThat(ClientAddress.trusting("").resolve("10.1.2.3", List.of("198.51.100.1"))).isEqualTo("10.1.2.3");
    }

    @Test
    void aTrustedProxyNamesTheClient() {
        assertThat(ingress.resolve("10.1.2.3", List.of("198.51.100.1"))).isEqualTo("198.51.100.1");
        assertThat(ingress.resolve("192.168.1.7", List.of("198.51.100.1:51234"))).isEqualTo("198.51.100.1");
        assertThat(ingress.resolve("fd00::1", List.of("[2001:db8::5]:443"))).isEqualTo("2001:db8::5");
        assertThat(ingress.resolve("10.1.2.3", List.of())).isEqualTo("10.1.2.3");
    }

    @Test
    void theWalkSkipsTrustedHopsFromTheRightAndNeverBelievesWhatTheClientPrepended() {
        // The client sent "X-Forwarded-For: 1.1.1.1"; the ingress appended the address it saw.
        assertThat(ingress.resolve("10.1.2.3", List.of("1.1.1.1, 198.51.100.1"))).isEqualTo("198.51.100.1");
        // Two proxies of ours, both trusted; header values given as separate lines.
        assertThat(ingress.resolve("10.1.2.3", List.of("1.1.1.1, 198.51.100.1", "10.9.9.9"))).isEqualTo("198.51.100.1");
        // Only trusted hops: the leftmost is as far as we can see.
        assertThat(ingress.resolve("10.1.2.3", List.of("10.4.4.4, 10.5.5.5"))).isEqualTo("10.4.4.4");
    }

    @Test
    void garbageStopsTheWalkAtTheLastTrustedHop() {
        assertThat(ingress.resolve("10.1.2.3", List.of("evil.example"))).isEqualTo("10.1.2.3");
        assertThat(ingress.resolve("10.1.2.3", List.of("unknown, 10.5.5.5"))).isEqualTo("10.5.5.5");
        assertThat(ingress.resolve("10.1.2.3", List.of("<script>"))).isEqualTo("10.1.2.3");
    }

    @Test
    void rangesMatchByPrefix() {
        assertThat(ingress.trusts("10.255.255.255")).isTrue();
        assertThat(ingress.trusts("11.0.0.0")).isFalse();
        assertThat(ingress.trusts("192.168.1.7")).isTrue();
        assertThat(ingress.trusts("192.168.1.8")).isFalse();
        assertThat(ingress.trusts("fdff::1")).isTrue();
        assertThat(ingress.trusts("fe00::1")).isFalse();
        assertThat(ingress.trusts("::ffff:10.0.0.1")).isTrue();
        assertThat(ingress.trusts("localhost")).isFalse();
        assertThat(ingress.trusts(null)).isFalse();
        assertThat(ClientAddress.trusting("0.0.0.0/0").trusts("8.8.8.8")).isTrue();
    }

    @Test
    void tlsCountsDirectlyOrWhenATrustedProxySaysSo() {
        assertThat(ingress.secure("203.0.113.9", true, List.of())).isTrue();
        assertThat(ingress.secure("203.0.113.9", false, List.of("https"))).isFalse();
        assertThat(ingress.secure("10.1.2.3", false, List.of("https"))).isTrue();
        assertThat(ingress.secure("10.1.2.3", false, List.of("http"))).isFalse();
        assertThat(ingress.secure("10.1.2.3", false, List.of("HTTPS"))).isTrue();
        assertThat(ingress.secure("10.1.2.3", false, List.of("http, https"))).isTrue();
        assertThat(ingress.secure("10.1.2.3", false, List.of())).isFalse();
    }

    @Test
    void aBadEntryIsRefusedByName() {
        assertThatThrownBy(() -> ClientAddress.trusting("10.0.0.0/8, proxy.internal"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("proxy.internal");
        assertThatThrownBy(() -> ClientAddress.trusting("10.0.0.0/33")).hasMessageContaining("10.0.0.0/33");
        assertThatThrownBy(() -> ClientAddress.trusting("10.0.0.0/x")).hasMessageContaining("10.0.0.0/x");
    }
}
