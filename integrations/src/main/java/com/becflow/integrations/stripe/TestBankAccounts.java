package com.becflow.integrations.stripe;

import java.util.Optional;

/**
 * Stripe's test IBANs for SEPA Direct Debit that the fake understands, with what a debit from each does in test mode:
 * it is {@code processing} at once and clears, or bounces for insufficient funds, when the bank answers
 * ({@link FakeStripe#clearBankDebits}). Any other IBAN is refused on the setup page, as test mode takes only these.
 */
enum TestBankAccounts {

    CLEARS("DE89370400440532013000", "is debited: the payment succeeds once the bank clears it", true),
    BOUNCES("DE62370400440532013001", "bounces for insufficient funds when the bank answers", false);

    static final String NOT_AN_IBAN_MESSAGE = "Your IBAN is incomplete or invalid.";
    static final String NOT_A_TEST_IBAN_MESSAGE = "This is test mode, which takes only test IBANs such as"
            + " DE89 3704 0044 0532 0130 00.";
    static final String BOUNCE_CODE = "insufficient_funds";
    static final String BOUNCE_MESSAGE = "The customer's account has insufficient funds to cover this payment.";

    private final String iban;
    private final String behaviour;
    private final boolean clears;

    TestBankAccounts(String iban, String behaviour, boolean clears) {
        this.iban = iban;
        this.behaviour = behaviour;
        this.clears = clears;
    }

    String shown() {
        return iban.replaceAll("(.{4})(?=.)", "$1 ");
    }

    String behaviour() {
        return behaviour;
    }

    boolean clears() {
        return clears;
    }

    String last4() {
        return iban.substring(iban.length() - 4);
    }

    String country() {
        return iban.substring(0, 2);
    }

    String bankCode() {
        return iban.substring(4, 12);
    }

    /** The test account with this IBAN, spaces ignored and in any case. */
    static Optional<TestBankAccounts> byIban(String typed) {
        String compact = typed == null ? "" : typed.replaceAll("\\s", "").toUpperCase();
        for (TestBankAccounts account : values()) {
            if (account.iban.equals(compact)) {
                return Optional.of(account);
            }
        }
        return Optional.empty();
    }

    /** Why an IBAN that is none of the test ones is refused: not an IBAN at all, or a real one. */
    static String refusal(String typed) {
        String compact = typed == null ? "" : typed.replaceAll("\\s", "").toUpperCase();
        return compact.matches("[A-Z]{2}\\d{2}[A-Z0-9]{11,30}") ? NOT_A_TEST_IBAN_MESSAGE : NOT_AN_IBAN_MESSAGE;
    }
}
