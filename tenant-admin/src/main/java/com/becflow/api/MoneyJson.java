package com.becflow.api;

import com.becflow.shared.money.Money;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An amount as a decimal string (never a binary float) and its ISO currency. */
@Schema(name = "Money", description = "An amount of money: a decimal string, rounded to the currency's minor unit, "
        + "and its currency. Never a binary float.")
public record MoneyJson(@Schema(required = true, pattern = "^-?[0-9]+(\\.[0-9]+)?$", example = "1250.00") String amount,
                        @Schema(required = true, description = "ISO 4217", pattern = "^[A-Z]{3}$", example = "EUR")
                        String currency) {

    public static MoneyJson from(Money money) {
        Money rounded = money.rounded();
        return new MoneyJson(rounded.amount().toPlainString(), rounded.currency().getCurrencyCode());
    }
}
