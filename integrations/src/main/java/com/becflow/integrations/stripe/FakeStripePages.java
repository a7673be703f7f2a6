package com.becflow.integrations.stripe;

import com.becflow.integrations.stripe.FakeStripeApi.Reply;
import com.becflow.invoicing.PaymentMethod;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The fake Stripe's hosted pages: checkout (Stripe's test cards, a bank debit, saving a card or a bank account), the
 * confirm page of a card that asks for authentication, and a connected account's onboarding.
 */
final class FakeStripePages {

    private final FakeStripeLedger ledger;
    private final boolean sandbox;
    private final Consumer<String> bankDebitStarted;
    /** Authentication challenges shown and not yet answered, by their token. */
    private final Map<String, Challenge> challenges = new HashMap<>();

    /** A card to authenticate on a session's page: to pay, or (with {@code saving}) to be saved for later. */
    private record Challenge(String sessionId, TestCards saving) {
    }

    FakeStripePages(FakeStripeLedger ledger, boolean sandbox, Consumer<String> bankDebitStarted) {
        this.ledger = ledger;
        this.sandbox = sandbox;
        this.bankDebitStarted = bankDebitStarted;
    }

    Reply page(String method, String path, FormParams query, FormParams form) {
        String[] p = path.substring(1).split("/");
        if (p.length >= 2 && p[0].equals("pay")) {
            Optional<FakeStripeLedger.Owned> session = ledger.checkoutSession(p[1]);
            if (session.isEmpty()) {
                return Reply.html(404, HostedPages.message("Not found", "No such checkout session."));
            }
            if (method.equals("GET") && p.length == 2) {
                return checkoutPage(session.get(), null, null);
            }
            if (method.equals("POST") && p.length == 3 && p[2].equals("card")) {
                return payByCard(session.get(), form.text("card-number").orElse(null));
            }
            if (method.equals("POST") && p.length == 3 && p[2].equals("bank-account") && savesACard(session.get())) {
                return saveBankAccount(session.get(), form.text("iban").orElse(""));
            }
            if (method.equals("POST") && p.length == 3 && p[2].equals("bank-debit")) {
                Reply paid = pay(p[1], PaymentMethod.BANK_DEBIT);
                if (paid.status() == 303) {
                    bankDebitStarted.accept(p[1]);
                }
                return paid;
            }
            if (p.length == 4 && p[2].equals("authenticate")) {
                return authentication(session.get(), p[3], method, query.text("outcome").orElse(""));
            }
        }
        if (p.length == 3 && p[0].equals("connect") && p[1].equals("onboard")) {
            String token = query.text("link").orElse("");
            if (method.equals("GET") && sandbox && ledger.accounts().onboardingAccount(p[2], token).isPresent()) {
                return finishOnboarding(p[2], token);
            }
            if (method.equals("GET")) {
                return ledger.accounts().onboardingAccount(p[2], token)
                        .map(account -> Reply.html(200, HostedPages.onboarding(account, token)))
                        .orElseGet(() -> Reply.html(410, HostedPages.message("Link expired",
                                "This onboarding link has expired or was already used.")));
            }
            if (method.equals("POST")) {
                return finishOnboarding(p[2], token);
            }
        }
        return Reply.html(404, HostedPages.message("Not found", "FakeStripe serves no page at " + path));
    }

    private Reply finishOnboarding(String accountId, String token) {
        try {
            String next = ledger.accounts().finishOnboarding(accountId, token);
            return next == null ? Reply.html(200, HostedPages.message("Done", "Onboarding is complete."))
                    : Reply.redirect(next);
        } catch (IllegalArgumentException unknown) {
            return Reply.html(404, HostedPages.message("Not found", unknown.getMessage()));
        }
    }

    private static boolean savesACard(FakeStripeLedger.Owned session) {
        return "setup".equals(FakeStripeJson.text(session.object(), "mode"));
    }

    private Reply checkoutPage(FakeStripeLedger.Owned session, String cardError, String typedNumber) {
        synchronized (ledger) {
            if (savesACard(session)) {
                return Reply.html(cardError == null ? 200 : 402, HostedPages.setup(session.object(), cardError, typedNumber,
                        null, null));
            }
            String id = FakeStripeJson.text(session.object(), "id");
            return Reply.html(cardError == null ? 200 : 402,
                    HostedPages.checkout(session.object(), ledger.description(id), cardError, typedNumber));
        }
    }

    private Reply payByCard(FakeStripeLedger.Owned session, String cardNumber) {
        String id = FakeStripeJson.text(session.object(), "id");
        TestCards card = cardNumber == null ? TestCards.SUCCEEDS : TestCards.byNumber(cardNumber).orElse(null);
        boolean saving = savesACard(session);
        TestCards.Outcome outcome = saving && card != null ? card.onSetupPage() : TestCards.judge(cardNumber);
        return switch (outcome) {
            case PAID -> saving ? save(id, card) : pay(id, PaymentMethod.CARD);
            case DECLINED -> checkoutPage(session, TestCards.DECLINED_MESSAGE, cardNumber);
            case NOT_A_CARD_NUMBER -> checkoutPage(session, TestCards.NOT_A_CARD_NUMBER_MESSAGE, cardNumber);
            case NOT_A_TEST_CARD -> checkoutPage(session, TestCards.NOT_A_TEST_CARD_MESSAGE, cardNumber);
            case NEEDS_AUTHENTICATION -> {
                String challenge = FakeStripeJson.randomId(20);
                synchronized (challenges) {
                    challenges.put(challenge, new Challenge(id, saving ? card : null));
                }
                yield Reply.redirect("/pay/" + id + "/authenticate/" + challenge);
            }
        };
    }

    /** The confirm page of a card that asks for authentication, and its answer; each challenge is answered once. */
    private Reply authentication(FakeStripeLedger.Owned session, String challenge, String method, String outcome) {
        String id = FakeStripeJson.text(session.object(), "id");
        Challenge asked;
        synchronized (challenges) {
            asked = challenges.get(challenge);
            if (asked == null || !id.equals(asked.sessionId())) {
                return Reply.html(404, HostedPages.message("Not found", "This authentication was already answered."));
            }
            if (method.equals("GET")) {
                String what = asked.saving() != null ? "saving your card for later payments" : "your payment of "
                        + StripeAmounts.fromMinor(session.object().path("amount_total").asLong(),
                        FakeStripeJson.text(session.object(), "currency"));
                return Reply.html(200, HostedPages.authentication(id, what, challenge));
            }
            challenges.remove(challenge);
        }
        if (!outcome.equals("complete")) {
            return checkoutPage(session, TestCards.AUTHENTICATION_FAILED_MESSAGE, null);
        }
        return asked.saving() != null ? save(id, asked.saving()) : pay(id, PaymentMethod.CARD);
    }

    private Reply pay(String sessionId, PaymentMethod method) {
        try {
            return Reply.redirect(ledger.pay(sessionId, method));
        } catch (IllegalStateException notPayable) {
            return Reply.html(409, HostedPages.message("Not paid", notPayable.getMessage()));
        }
    }

    private Reply save(String sessionId, TestCards card) {
        try {
            return Reply.redirect(ledger.saveCard(sessionId, card));
        } catch (IllegalStateException notOpen) {
            return Reply.html(409, HostedPages.message("Not saved", notOpen.getMessage()));
        }
    }

    private Reply saveBankAccount(FakeStripeLedger.Owned session, String iban) {
        Optional<TestBankAccounts> bank = TestBankAccounts.byIban(iban);
        if (bank.isEmpty()) {
            synchronized (ledger) {
                return Reply.html(402, HostedPages.setup(session.object(), null, null, TestBankAccounts.refusal(iban), iban));
            }
        }
        try {
            return Reply.redirect(ledger.saveBankAccount(FakeStripeJson.text(session.object(), "id"), bank.get()));
        } catch (IllegalStateException notSaved) {
            return Reply.html(409, HostedPages.message("Not saved", notSaved.getMessage()));
        }
    }
}
