package com.becflow.integrations.stripe;

import static com.becflow.integrations.stripe.FakeStripeJson.JSON;
import static com.becflow.integrations.stripe.FakeStripeJson.now;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Connected accounts as Stripe makes them: new ones not yet able to take payments, and their onboarding links. */
final class FakeStripeAccounts {

    private FakeStripeAccounts() {
    }

    /** A one-time onboarding link: the account it is for, where it leads back, and whether it was followed. */
    static final class OnboardingLink {
        final String account;
        final String returnUrl;
        final String refreshUrl;
        boolean used;

        OnboardingLink(String account, String returnUrl, String refreshUrl) {
            this.account = account;
            this.returnUrl = returnUrl;
            this.refreshUrl = refreshUrl;
        }
    }

    static ObjectNode newAccount(StripeFixtures fixtures, String id, FormParams params) {
        String name = params.text("business_profile", "name").orElse(null);
        ObjectNode account = fixtures.example("account");
        account.put("id", id);
        account.put("object", "account");
        account.put("type", params.text("type").orElse("standard"));
        account.put("email", params.text("email").orElse(null));
        account.put("country", params.text("country").orElse("US"));
        account.put("created", now());
        account.withObjectProperty("business_profile").put("name", name);
        account.withObjectProperty("settings").withObjectProperty("dashboard").put("display_name", name);
        account.put("charges_enabled", false);
        account.put("details_submitted", false);
        account.put("payouts_enabled", false);
        account.set("capabilities", JSON.objectNode());
        account.set("metadata", params.map("metadata"));
        account.withObjectProperty("external_accounts").put("url", "/v1/accounts/" + id + "/external_accounts");
        return account;
    }

    /** What finished onboarding turns on: charges, payouts and the card and transfer capabilities. */
    static void markOnboarded(ObjectNode account) {
        account.put("charges_enabled", true);
        account.put("details_submitted", true);
        account.put("payouts_enabled", true);
        account.set("capabilities", JSON.objectNode().put("card_payments", "active").put("transfers", "active"));
    }

    static ObjectNode newAccountLink(StripeFixtures fixtures, String url) {
        long created = now();
        ObjectNode link = fixtures.example("account_link");
        link.put("object", "account_link");
        link.put("created", created);
        link.put("expires_at", created + 300);
        link.put("url", url);
        return link;
    }
}
