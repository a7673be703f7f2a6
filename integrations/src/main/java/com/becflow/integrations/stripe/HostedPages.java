package com.becflow.integrations.stripe;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Optional;

/**
 * The fake's stand-ins for Stripe's hosted pages, plain HTML that a real browser can drive: the checkout page
 * (field {@code card-number} holding the test card that succeeds, button {@code pay-card}, a refused card's reason
 * in {@code card-error}, button {@code pay-bank-debit} when offered, link {@code cancel}), the card's
 * authentication page (buttons {@code complete-authentication}, {@code fail-authentication}) and the Connect
 * onboarding page (button {@code complete-onboarding}). A page that cannot be used any more says why in an
 * element with id {@code message}. Every page says it is test mode ({@code test-mode}): no money moves here.
 */
final class HostedPages {

    private static final Map<String, String> DEBIT_NAMES = Map.of("sepa_debit", "SEPA Direct Debit",
            "us_bank_account", "US bank account", "bacs_debit", "Bacs Direct Debit", "au_becs_debit", "BECS Direct Debit",
            "acss_debit", "Pre-authorized debit");

    private static final String STYLE = "body{font-family:system-ui,sans-serif;margin:0;color:#1a1f36}"
            + "main{max-width:28rem;margin:0 auto;padding:1rem}"
            + ".test-mode{margin:0;padding:.5rem 1rem;background:#ffde92;color:#5a3b00;font-weight:600;text-align:center}"
            + "label{display:block;margin:.75rem 0 .25rem}"
            + "input{box-sizing:border-box;width:100%;padding:.6rem;font-size:1rem;border:1px solid #8792a2;border-radius:6px}"
            + "input[aria-invalid=true]{border-color:#df1b41}"
            + "button{margin:.75rem 0;padding:.7rem 1rem;font-size:1rem;border:0;border-radius:6px;background:#635bff;"
            + "color:#fff;width:100%}"
            + ".error{color:#df1b41;margin:.25rem 0}.hint{color:#4f566b;font-size:.9rem}";

    private HostedPages() {
    }

    static String checkout(ObjectNode session, String description) {
        return checkout(session, description, null, null);
    }

    /**
     * The checkout page; after a refused card, with why ({@code cardError}) and the number as typed, so the client
     * sees which card was refused (both null otherwise).
     */
    static String checkout(ObjectNode session, String description, String cardError, String typedNumber) {
        String id = FakeStripeJson.text(session, "id");
        String status = FakeStripeJson.text(session, "status");
        String amount = StripeAmounts.fromMinor(session.path("amount_total").asLong(),
                FakeStripeJson.text(session, "currency")).toString();
        StringBuilder body = new StringBuilder()
                .append("<h1 id=\"description\">").append(escape(description)).append("</h1>\n")
                .append("<p id=\"amount\">").append(escape(amount)).append("</p>\n");
        if ("open".equals(status)) {
            body.append(cardForm(id, amount, cardError, typedNumber));
            Optional<String> debit = FakeCheckoutSessions.bankDebitOf(session);
            debit.ifPresent(type -> body.append(button("/pay/" + id + "/bank-debit", "pay-bank-debit",
                    "Pay " + amount + " by " + DEBIT_NAMES.getOrDefault(type, type)))
                    .append("<p class=\"hint\">A test bank debit stays processing for a while, then succeeds.</p>\n"));
            String cancelUrl = FakeStripeJson.text(session, "cancel_url");
            if (cancelUrl != null) {
                body.append("<p><a id=\"cancel\" href=\"").append(escape(cancelUrl)).append("\">Cancel</a></p>\n");
            }
        } else {
            body.append("<p id=\"message\">This checkout is ").append(escape(status))
                    .append(": it cannot be paid again.</p>\n");
        }
        return page("Pay " + description, body.toString());
    }

    private static String cardForm(String sessionId, String amount, String cardError, String typedNumber) {
        StringBuilder form = new StringBuilder()
                .append("<form method=\"post\" action=\"/pay/").append(escape(sessionId)).append("/card\">\n")
                .append("<label for=\"card-number\">Card number</label>\n")
                .append("<input id=\"card-number\" name=\"card-number\" inputmode=\"numeric\" autocomplete=\"cc-number\"")
                .append(" value=\"").append(escape(typedNumber == null ? TestCards.SUCCEEDS.shown() : typedNumber)).append("\"");
        if (cardError != null) {
            form.append(" aria-invalid=\"true\" aria-describedby=\"card-error\"");
        }
        form.append(">\n");
        if (cardError != null) {
            form.append("<p id=\"card-error\" class=\"error\" role=\"alert\">").append(escape(cardError)).append("</p>\n");
        }
        form.append(amount == null ? "<button id=\"save-card\" type=\"submit\">Save card</button>\n"
                : "<button id=\"pay-card\" type=\"submit\">Pay " + escape(amount) + " by card</button>\n")
                .append("</form>\n<ul id=\"test-cards\" class=\"hint\">\n");
        for (TestCards card : TestCards.values()) {
            form.append("<li><code>").append(card.shown()).append("</code> ").append(escape(card.behaviour()))
                    .append("</li>\n");
        }
        return form.append("</ul>\n").toString();
    }

    /**
     * The setup page of a checkout in {@code mode=setup}: the same card form and test cards, which saves the card for
     * later payments instead of paying ({@code save-card}); where the session offers SEPA Direct Debit, also an IBAN
     * ({@code iban}, a refusal in {@code iban-error}) with the debit mandate the client accepts by saving it
     * ({@code save-bank-account}).
     */
    static String setup(ObjectNode session, String cardError, String typedNumber, String ibanError, String typedIban) {
        String id = FakeStripeJson.text(session, "id");
        String status = FakeStripeJson.text(session, "status");
        StringBuilder body = new StringBuilder("<h1 id=\"description\">Save a card for automatic payments</h1>\n");
        if ("open".equals(status)) {
            body.append(cardForm(id, null, cardError, typedNumber));
            if (session.path("payment_method_types").toString().contains("\"sepa_debit\"")) {
                body.append(ibanForm(id, ibanError, typedIban));
            }
            String cancelUrl = FakeStripeJson.text(session, "cancel_url");
            if (cancelUrl != null) {
                body.append("<p><a id=\"cancel\" href=\"").append(escape(cancelUrl)).append("\">Cancel</a></p>\n");
            }
        } else {
            body.append("<p id=\"message\">This page is ").append(escape(status)).append(": no card can be saved here.</p>\n");
        }
        return page("Save a card", body.toString());
    }

    private static String ibanForm(String sessionId, String ibanError, String typedIban) {
        StringBuilder form = new StringBuilder("<h2>Or a bank account (SEPA Direct Debit)</h2>\n")
                .append("<form method=\"post\" action=\"/pay/").append(escape(sessionId)).append("/bank-account\">\n")
                .append("<label for=\"iban\">IBAN</label>\n")
                .append("<input id=\"iban\" name=\"iban\" autocomplete=\"off\" value=\"")
                .append(escape(typedIban == null ? TestBankAccounts.CLEARS.shown() : typedIban)).append("\"");
        if (ibanError != null) {
            form.append(" aria-invalid=\"true\" aria-describedby=\"iban-error\"");
        }
        form.append(">\n");
        if (ibanError != null) {
            form.append("<p id=\"iban-error\" class=\"error\" role=\"alert\">").append(escape(ibanError)).append("</p>\n");
        }
        return form.append("<p id=\"mandate\" class=\"hint\">By saving your IBAN you authorise the business and Stripe,"
                        + " its payment service provider, to send instructions to your bank to debit your account, and"
                        + " your bank to debit it accordingly. You are entitled to a refund from your bank under the terms"
                        + " of your agreement with it, claimed within 8 weeks of the day your account was debited.</p>\n")
                .append("<button id=\"save-bank-account\" type=\"submit\">Save bank account</button>\n</form>\n")
                .append("<ul id=\"test-ibans\" class=\"hint\">\n")
                .append(java.util.Arrays.stream(TestBankAccounts.values()).map(bank -> "<li><code>" + bank.shown()
                        + "</code> " + escape(bank.behaviour()) + "</li>\n").reduce("", String::concat))
                .append("</ul>\n").toString();
    }

    /** The bank's check of a card that asks for it (3D Secure), as Stripe's test page shows it; {@code what} is checked. */
    static String authentication(String sessionId, String what, String challenge) {
        String action = "/pay/" + sessionId + "/authenticate/" + challenge;
        String body = "<h1>Confirm " + escape(what) + "</h1>\n"
                + "<p>Your bank asks you to confirm this payment. In test mode you choose its answer.</p>\n"
                + button(action + "?outcome=complete", "complete-authentication", "Complete authentication")
                + button(action + "?outcome=fail", "fail-authentication", "Fail authentication");
        return page("Confirm payment", body);
    }

    static String onboarding(ObjectNode account, String token) {
        String id = FakeStripeJson.text(account, "id");
        String name = account.path("business_profile").path("name").asText(id);
        String body = "<h1>Set up payments for " + escape(name) + "</h1>\n"
                + "<p id=\"account\">" + escape(id) + "</p>\n"
                + button("/connect/onboard/" + id + "?link=" + token, "complete-onboarding", "Complete onboarding");
        return page("Stripe onboarding", body);
    }

    static String message(String title, String message) {
        return page(title, "<p id=\"message\">" + escape(message) + "</p>\n");
    }

    private static String button(String action, String id, String label) {
        return "<form method=\"post\" action=\"" + escape(action) + "\"><button id=\"" + id + "\" type=\"submit\">"
                + escape(label) + "</button></form>\n";
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + escape(title)
                + " · Stripe test mode</title>\n<style>" + STYLE + "</style></head>\n<body>\n"
                + "<p id=\"test-mode\" class=\"test-mode\">Test mode: Becflow's local Stripe sandbox. No real money"
                + " moves.</p>\n<main>\n" + body + "</main>\n</body>\n</html>\n";
    }

    private static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
