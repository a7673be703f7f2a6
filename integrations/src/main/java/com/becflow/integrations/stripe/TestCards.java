package com.becflow.integrations.stripe;

import java.util.Optional;

/**
 * Stripe's test card numbers that the fake understands, with what each does on Stripe in test mode: paid on the
 * checkout page, saved on the setup page, and charged later without the client ({@code off_session}). Each also has
 * Stripe's test PaymentMethod token ({@code pm_card_visa}, ...), which the API takes in place of a saved method. Any
 * other well-formed number is declined, as Stripe declines real cards in test mode.
 */
enum TestCards {

    SUCCEEDS("4242424242424242", "pm_card_visa", "succeeds", Outcome.PAID, OffSession.SUCCEEDS),
    DECLINED("4000000000000002", "pm_card_chargeDeclined", "is declined", Outcome.DECLINED, OffSession.DECLINED),
    NEEDS_AUTHENTICATION("4000002500003155", "pm_card_authenticationRequiredOnSetup",
            "asks for authentication (3D Secure) first; once saved, is charged without the client",
            Outcome.NEEDS_AUTHENTICATION, OffSession.SUCCEEDS),
    ALWAYS_AUTHENTICATES("4000002760003184", "pm_card_authenticationRequired",
            "asks for authentication every time, even when saved", Outcome.NEEDS_AUTHENTICATION,
            OffSession.AUTHENTICATION_REQUIRED),
    DECLINED_AFTER_SAVING("4000000000000341", "pm_card_chargeCustomerFail",
            "is saved, then declined when charged", Outcome.DECLINED, OffSession.DECLINED),
    INSUFFICIENT_FUNDS("4000000000009995", "pm_card_chargeDeclinedInsufficientFunds",
            "is declined for insufficient funds", Outcome.DECLINED, OffSession.INSUFFICIENT_FUNDS),
    EXPIRED("4000000000000069", "pm_card_chargeDeclinedExpiredCard", "is declined as expired", Outcome.DECLINED,
            OffSession.EXPIRED);

    /** What the client typed on a page, judged. */
    enum Outcome { PAID, DECLINED, NEEDS_AUTHENTICATION, NOT_A_CARD_NUMBER, NOT_A_TEST_CARD }

    /** What a charge of the saved card without the client gets, as Stripe answers it. */
    enum OffSession {
        SUCCEEDS(null, null, null),
        DECLINED("card_declined", "generic_decline", "Your card was declined."),
        INSUFFICIENT_FUNDS("card_declined", "insufficient_funds", "Your card has insufficient funds."),
        EXPIRED("expired_card", "expired_card", "Your card has expired."),
        AUTHENTICATION_REQUIRED("authentication_required", "authentication_required",
                "Your card was declined. This transaction requires authentication.");

        final String code;
        final String declineCode;
        final String message;

        OffSession(String code, String declineCode, String message) {
            this.code = code;
            this.declineCode = declineCode;
            this.message = message;
        }
    }

    static final String DECLINED_MESSAGE = "Your card was declined.";
    static final String NOT_A_CARD_NUMBER_MESSAGE = "Your card number is incomplete or invalid.";
    static final String NOT_A_TEST_CARD_MESSAGE = "Your card was declined: this is test mode, which takes only test"
            + " cards such as 4242 4242 4242 4242.";
    static final String AUTHENTICATION_FAILED_MESSAGE = "We are unable to authenticate your payment method. Please"
            + " choose a different payment method and try again.";

    private final String number;
    private final String token;
    private final String behaviour;
    private final Outcome onPage;
    private final OffSession offSession;

    TestCards(String number, String token, String behaviour, Outcome onPage, OffSession offSession) {
        this.number = number;
        this.token = token;
        this.behaviour = behaviour;
        this.onPage = onPage;
        this.offSession = offSession;
    }

    String shown() {
        return number.replaceAll("(\\d{4})(?=\\d)", "$1 ");
    }

    String behaviour() {
        return behaviour;
    }

    String last4() {
        return number.substring(number.length() - 4);
    }

    OffSession offSession() {
        return offSession;
    }

    /**
     * On the setup page: Stripe checks a card before saving it, so one declined at once is not saved; the card that
     * is declined only when charged ({@link #DECLINED_AFTER_SAVING}) and the one short of funds are.
     */
    Outcome onSetupPage() {
        return this == DECLINED_AFTER_SAVING || this == INSUFFICIENT_FUNDS ? Outcome.PAID : onPage;
    }

    /** The test card behind one of Stripe's test PaymentMethod tokens. */
    static Optional<TestCards> byToken(String token) {
        for (TestCards card : values()) {
            if (card.token.equals(token)) {
                return Optional.of(card);
            }
        }
        return Optional.empty();
    }

    /** The test card with this number, spaces and dashes ignored. */
    static Optional<TestCards> byNumber(String typed) {
        String digits = typed == null ? "" : typed.replaceAll("[\\s-]", "");
        for (TestCards card : values()) {
            if (card.number.equals(digits)) {
                return Optional.of(card);
            }
        }
        return Optional.empty();
    }

    /**
     * Spaces and dashes are ignored, as on Stripe's page. A post without the field at all (a script paying, as the
     * tests' {@code /pay/ID/card} calls do) pays with the card that succeeds; an empty field is no number.
     */
    static Outcome judge(String typed) {
        if (typed == null) {
            return Outcome.PAID;
        }
        Optional<TestCards> card = byNumber(typed);
        if (card.isPresent()) {
            return card.get().onPage;
        }
        return luhn(typed.replaceAll("[\\s-]", "")) ? Outcome.NOT_A_TEST_CARD : Outcome.NOT_A_CARD_NUMBER;
    }

    private static boolean luhn(String digits) {
        if (!digits.matches("\\d{12,19}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }
}
