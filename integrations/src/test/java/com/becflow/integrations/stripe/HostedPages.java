package com.becflow.integrations.stripe;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Optional;

/**
 * The fake's stand-ins for Stripe's hosted pages, plain HTML that a real browser can drive: the checkout page
 * (buttons {@code pay-card}, {@code pay-bank-debit} when offered, link {@code cancel}) and the Connect
 * onboarding page (button {@code complete-onboarding}). A page that cannot be used any more says why in an
 * element with id {@code message}.
 */
final class HostedPages {

    private static final Map<String, String> DEBIT_NAMES = Map.of("sepa_debit", "SEPA Direct Debit",
            "us_bank_account", "US bank account", "bacs_debit", "Bacs Direct Debit", "au_becs_debit", "BECS Direct Debit",
            "acss_debit", "Pre-authorized debit");

    private HostedPages() {
    }

    static String checkout(ObjectNode session, String description) {
        String id = FakeStripeLedger.text(session, "id");
        String status = FakeStripeLedger.text(session, "status");
        String amount = StripeAmounts.fromMinor(session.path("amount_total").asLong(),
                FakeStripeLedger.text(session, "currency")).toString();
        StringBuilder body = new StringBuilder()
                .append("<h1 id=\"description\">").append(escape(description)).append("</h1>\n")
                .append("<p id=\"amount\">").append(escape(amount)).append("</p>\n");
        if ("open".equals(status)) {
            body.append(button("/pay/" + id + "/card", "pay-card", "Pay " + amount + " by card"));
            Optional<String> debit = FakeStripeLedger.bankDebitOf(session);
            debit.ifPresent(type -> body.append(button("/pay/" + id + "/bank-debit", "pay-bank-debit",
                    "Pay " + amount + " by " + DEBIT_NAMES.getOrDefault(type, type))));
            String cancelUrl = FakeStripeLedger.text(session, "cancel_url");
            if (cancelUrl != null) {
                body.append("<p><a id=\"cancel\" href=\"").append(escape(cancelUrl)).append("\">Cancel</a></p>\n");
            }
        } else {
            body.append("<p id=\"message\">This checkout is ").append(escape(status))
                    .append(": it cannot be paid again.</p>\n");
        }
        return page("Pay " + description, body.toString());
    }

    static String onboarding(ObjectNode account, String token) {
        String id = FakeStripeLedger.text(account, "id");
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
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>" + escape(title)
                + " · FakeStripe</title></head>\n<body>\n<main>\n" + body + "</main>\n</body>\n</html>\n";
    }

    private static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
