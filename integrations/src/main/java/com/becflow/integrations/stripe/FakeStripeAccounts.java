package com.becflow.integrations.stripe;

import static com.becflow.integrations.stripe.FakeStripeJson.JSON;
import static com.becflow.integrations.stripe.FakeStripeJson.now;
import static com.becflow.integrations.stripe.FakeStripeJson.randomId;
import static com.becflow.integrations.stripe.FakeStripeJson.text;
import static com.becflow.integrations.stripe.FakeStripeLedger.PLATFORM;

import com.becflow.integrations.stripe.FakeStripeLedger.Caller;
import com.becflow.integrations.stripe.FakeStripeLedger.Owned;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Connected accounts as Stripe makes them: new ones not yet able to take payments, and their onboarding links. The
 * accounts live in the {@link FakeStripeLedger}, whose monitor guards the links too.
 */
final class FakeStripeAccounts {

    private final FakeStripeLedger ledger;
    private final StripeFixtures fixtures;
    private final Supplier<String> baseUrl;
    private final Map<String, OnboardingLink> onboardingLinks = new HashMap<>();

    FakeStripeAccounts(FakeStripeLedger ledger, StripeFixtures fixtures, Supplier<String> baseUrl) {
        this.ledger = ledger;
        this.fixtures = fixtures;
        this.baseUrl = baseUrl;
    }

    boolean isConnectedAccount(String id) {
        Owned owned = ledger.owned(id);
        return owned != null && owned.account().equals(PLATFORM) && "account".equals(text(owned.object(), "object"));
    }

    ObjectNode createAccount(FormParams params) {
        ObjectNode account = newAccount(fixtures, "acct_" + randomId(16), params);
        ledger.hold(PLATFORM, account);
        return account;
    }

    /**
     * Takes an account id the fake does not hold as a connected account that finished onboarding, without an
     * event: how the sandbox, which keeps nothing across restarts, goes on serving accounts the server's kept
     * database connected to an earlier run.
     */
    void adoptAccount(String id) {
        synchronized (ledger) {
            if (ledger.owned(id) != null || !id.matches("acct_[A-Za-z0-9]{1,64}")) {
                return;
            }
            ObjectNode account = newAccount(fixtures, id, FormParams.parse(""));
            markOnboarded(account);
            ledger.hold(PLATFORM, account);
        }
    }

    ObjectNode createAccountLink(FormParams params) {
        String account = params.required("account");
        String type = params.required("type");
        synchronized (ledger) {
            ledger.read(PLATFORM, account, "account");
            if (!type.equals("account_onboarding") && !type.equals("account_update")) {
                throw StripeApiError.invalidParam("type", "Invalid type: must be one of account_onboarding or account_update");
            }
            String token = randomId(20);
            onboardingLinks.put(token, new OnboardingLink(account, params.text("return_url").orElse(null),
                    params.text("refresh_url").orElse(null)));
            return newAccountLink(fixtures, baseUrl.get() + "/connect/onboard/" + account + "?link=" + token);
        }
    }

    /** The account a usable onboarding link is for, if the link is one and still unused. */
    Optional<ObjectNode> onboardingAccount(String accountId, String token) {
        synchronized (ledger) {
            OnboardingLink link = onboardingLinks.get(token);
            if (link == null || link.used || !link.account.equals(accountId)) {
                return Optional.empty();
            }
            return Optional.of(ledger.read(PLATFORM, accountId, "account").deepCopy());
        }
    }

    /** Completes onboarding through a link and says where the browser goes: its return URL, or its refresh URL once used. */
    String finishOnboarding(String accountId, String token) {
        synchronized (ledger) {
            OnboardingLink link = onboardingLinks.get(token);
            if (link == null || !link.account.equals(accountId)) {
                throw new IllegalArgumentException("No onboarding link " + token + " for " + accountId);
            }
            if (link.used) {
                return link.refreshUrl;
            }
            link.used = true;
            completeOnboarding(accountId);
            return link.returnUrl;
        }
    }

    void completeOnboarding(String accountId) {
        synchronized (ledger) {
            ObjectNode account = ledger.read(PLATFORM, accountId, "account");
            if (account.path("details_submitted").asBoolean()) {
                return;
            }
            ObjectNode previous = JSON.objectNode();
            previous.put("charges_enabled", false).put("details_submitted", false).put("payouts_enabled", false);
            markOnboarded(account);
            ObjectNode requirements = account.withObjectProperty("requirements");
            for (String list : List.of("currently_due", "eventually_due", "past_due", "pending_verification", "errors")) {
                requirements.putArray(list);
            }
            requirements.putNull("disabled_reason");
            ledger.emit("account.updated", accountId, account, previous, Caller.notARequest(PLATFORM));
        }
    }

    /** A one-time onboarding link: the account it is for, where it leads back, and whether it was followed. */
    private static final class OnboardingLink {
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

    private static ObjectNode newAccount(StripeFixtures fixtures, String id, FormParams params) {
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
    private static void markOnboarded(ObjectNode account) {
        account.put("charges_enabled", true);
        account.put("details_submitted", true);
        account.put("payouts_enabled", true);
        account.set("capabilities", JSON.objectNode().put("card_payments", "active").put("transfers", "active"));
    }

    private static ObjectNode newAccountLink(StripeFixtures fixtures, String url) {
        long created = now();
        ObjectNode link = fixtures.example("account_link");
        link.put("object", "account_link");
        link.put("created", created);
        link.put("expires_at", created + 300);
        link.put("url", url);
        return link;
    }
}
