package com.becflow.invoicing.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Stripe's onboarding sends the freelancer back only to a page of this Becflow. */
class OnboardingReturnUrlTest {

    private static final String PUBLIC = "https://app.becflow.test";

    @Test
    void pagesUnderThePublicAddressAreOurs() {
        assertThat(PaymentAccountService.ours("https://app.becflow.test/invoice-settings?stripe=returned", PUBLIC)).isTrue();
        assertThat(PaymentAccountService.ours("https://APP.becflow.test:443/", PUBLIC)).isTrue();
        assertThat(PaymentAccountService.ours("https://app.becflow.test", PUBLIC)).isTrue();
        assertThat(PaymentAccountService.ours("http://127.0.0.1:8080/invoice-settings", "http://127.0.0.1:8080/")).isTrue();
        assertThat(PaymentAccountService.ours("https://example.com/becflow/invoice-settings", "https://example.com/becflow"))
                .isTrue();
    }

    @Test
    void anythingElseIsNot() {
        for (String foreign : new String[] {
                "https://evil.test/invoice-settings",
                "https://app.becflow.test.evil.test/",
                "https://app.becflow.test@evil.test/",
                "https://user@app.becflow.test/",
                "http://app.becflow.test/invoice-settings",
                "https://app.becflow.test:8443/",
                "//app.becflow.test/invoice-settings",
                "/invoice-settings",
                "javascript:alert(1)",
                "https://app.becflow.test\\@evil.test/",
                "https://app.becflow.test/" + "a".repeat(2000),
                "",
                null}) {
            assertThat(PaymentAccountService.ours(foreign, PUBLIC)).as(String.valueOf(foreign)).isFalse();
        }
        assertThat(PaymentAccountService.ours("https://example.com/other/x", "https://example.com/becflow")).isFalse();
        assertThat(PaymentAccountService.ours("https://example.com/becflowx", "https://example.com/becflow")).isFalse();
    }
}
