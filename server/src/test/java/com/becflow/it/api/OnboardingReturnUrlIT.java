package com.becflow.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.it.RunningServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** Stripe's onboarding sends the freelancer back only to a page of this Becflow; any other address is refused. */
class OnboardingReturnUrlIT {

    @Test
    void onlyOurOwnPagesAreAcceptedAsTheReturnAddressAndNothingIsAskedOfStripeOtherwise() {
        InvoicingTenant tenant = InvoicingTenant.signUp("Return Address Studio");
        String ours = RunningServer.baseUrl();
        String other = ours.replace("127.0.0.1", "localhost");
        for (String foreign : new String[] {"https://evil.test/invoice-settings", ours.replace("http://", "https://"),
                other + "/invoice-settings", ours + "@evil.test/", "http://evil.test/?next=" + ours,
                "javascript:alert(1)", "/invoice-settings", ""}) {
            Api.Reply refused = onboarding(tenant, foreign);
            assertThat(refused.status()).as(foreign + ": " + refused.body()).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().getString("code")).isEqualTo("payment-account.return-url.not-ours");
            JsonObject error = refused.json().getJsonArray("errors").getJsonObject(0);
            assertThat(error.getString("field")).isEqualTo("returnUrl");
            assertThat(error.getString("message")).contains(ours + "/");
        }
        JsonObject account = Api.get("/invoice-settings/payment-account", tenant.token).json();
        assertThat(account.containsKey("accountId") && !account.isNull("accountId"))
                .as("no account was made at Stripe for a refused request").isFalse();

        Api.Reply accepted = onboarding(tenant, ours + "/invoice-settings?stripe=returned");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.json().getString("url")).isNotBlank();
    }

    private static Api.Reply onboarding(InvoicingTenant tenant, String returnUrl) {
        return Api.post("/invoice-settings/payment-account/onboarding-link", tenant.token,
                Json.createObjectBuilder().add("returnUrl", returnUrl).build().toString());
    }
}
