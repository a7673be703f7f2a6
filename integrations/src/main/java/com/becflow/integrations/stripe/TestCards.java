package com.becflow.integrations.stripe;

/**
 * Stripe's test card numbers that the fake's checkout page understands, with what each does on Stripe in test
 * mode. Any other well-formed number is declined, as Stripe declines real cards in test mode.
 */
enum TestCards {

    SUCCEEDS("4242424242424242", "4242 4242 4242 4242", "succeeds"),
    DECLINED("4000000000000002", "4000 0000 0000 0002", "is declined"),
    NEEDS_AUTHENTICATION("4000002500003155", "4000 0025 0000 3155", "asks for authentication (3D Secure) first");

    /** What the client typed, judged. */
    enum Outcome { PAID, DECLINED, NEEDS_AUTHENTICATION, NOT_A_CARD_NUMBER, NOT_A_TEST_CARD }

    static final String DECLINED_MESSAGE = "Your card was declined.";
    static final String NOT_A_CARD_NUMBER_MESSAGE = "Your card number is incomplete or invalid.";
    static final String NOT_A_TEST_CARD_MESSAGE = "Your card was declined: this is test mode, which takes only test"
            + " cards such as 4242 4242 4242 4242.";
    static final String AUTHENTICATION_FAILED_MESSAGE = "We are unable to authenticate your payment method. Please"
            + " choose a different payment method and try again.";

    private final String number;
    private final String shown;
    private final String behaviour;

    TestCards(String number, String shown, String behaviour) {
        this.number = number;
        this.shown = shown;
        this.behaviour = behaviour;
    }

    String shown() {
        return shown;
    }

    String behaviour() {
        return behaviour;
    }

    /**
     * Spaces and dashes are ignored, as on Stripe's page. A post without the field at all (a script paying, as the
     * tests' {@code /pay/ID/card} calls do) pays with the card that succeeds; an empty field is no number.
     */
    static Outcome judge(String typed) {
        if (typed == null) {
            return Outcome.PAID;
        }
        String digits = typed.replaceAll("[\\s-]", "");
        if (digits.equals(SUCCEEDS.number)) {
            return Outcome.PAID;
        }
        if (digits.equals(DECLINED.number)) {
            return Outcome.DECLINED;
        }
        if (digits.equals(NEEDS_AUTHENTICATION.number)) {
            return Outcome.NEEDS_AUTHENTICATION;
        }
        return luhn(digits) ? Outcome.NOT_A_TEST_CARD : Outcome.NOT_A_CARD_NUMBER;
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
