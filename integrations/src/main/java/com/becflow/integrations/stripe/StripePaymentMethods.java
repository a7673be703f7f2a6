package com.becflow.integrations.stripe;

import com.becflow.invoicing.PaymentMethod;
import com.stripe.param.checkout.SessionCreateParams.PaymentMethodType;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which of Stripe's payment method types a checkout offers, and how a type Stripe reports reads in Becflow.
 *
 * <p>Card is always offered; a bank debit only in the one currency its scheme settles in. Canadian
 * pre-authorized debit (acss_debit) is left out: Stripe requires mandate options for it that Becflow does not
 * collect, so CAD checkouts are card only.
 */
final class StripePaymentMethods {

    private static final Map<String, PaymentMethodType> BANK_DEBIT_BY_CURRENCY = Map.of(
            "eur", PaymentMethodType.SEPA_DEBIT,
            "usd", PaymentMethodType.US_BANK_ACCOUNT,
            "gbp", PaymentMethodType.BACS_DEBIT,
            "aud", PaymentMethodType.AU_BECS_DEBIT);

    private StripePaymentMethods() {
    }

    static List<PaymentMethodType> offeredFor(String stripeCurrency) {
        return Optional.ofNullable(BANK_DEBIT_BY_CURRENCY.get(stripeCurrency))
                .map(debit -> List.of(PaymentMethodType.CARD, debit))
                .orElse(List.of(PaymentMethodType.CARD));
    }

    /** Card reads as card, every bank scheme as bank debit; anything else (Becflow does not offer it) as other. */
    static PaymentMethod fromStripeType(String type) {
        if (type == null) {
            return null;
        }
        if (type.equals("card")) {
            return PaymentMethod.CARD;
        }
        if (type.endsWith("_debit") || type.equals("us_bank_account")) {
            return PaymentMethod.BANK_DEBIT;
        }
        return PaymentMethod.OTHER;
    }
}
