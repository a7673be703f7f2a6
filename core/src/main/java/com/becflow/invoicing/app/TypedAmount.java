package com.becflow.invoicing.app;

import com.becflow.shared.money.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;

/** An amount a person typed for an invoice (a payment, a refund, a partial payment), read or refused with a reason. */
final class TypedAmount {

    private TypedAmount() {
    }

    /** The amount in the invoice's currency, or null with the reason put under {@code field}. */
    static Money read(BigDecimal value, Currency currency, String field, Map<String, String> errors) {
        if (value == null) {
            errors.put(field, "How much?");
            return null;
        }
        if (value.signum() <= 0) {
            errors.put(field, "The amount must be above zero");
            return null;
        }
        Optional<String> finer = Money.finerThanMinorUnit(value, currency);
        if (finer.isPresent()) {
            errors.put(field, finer.get());
            return null;
        }
        return new Money(value, currency);
    }
}
