package com.becflow.api.plans;

import com.becflow.invoicing.plans.AutopayRule;
import com.becflow.invoicing.plans.InvalidPlanLimits;
import com.becflow.invoicing.plans.MinimumDeposit;
import com.becflow.invoicing.plans.PlanFrequency;
import com.becflow.invoicing.plans.PlanLimits;
import com.becflow.shared.money.InvoiceCurrency;
import com.becflow.shared.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The workspace's payment plan limits, as read and as replaced in full. */
@Schema(name = "PlanLimits")
public class PlanLimitsJson {

    static final String DECIMAL = "^-?[0-9]+(\\.[0-9]+)?$";

    @Schema(required = true, description = "Whether the portal lets clients build their own plan")
    public Boolean offered;
    public DepositJson minimumDeposit;
    @Schema(required = true, minimum = "2", maximum = "120", description = "The most installments, the deposit included")
    public Integer maxInstallments;
    public AmountJson minimumInstallment;
    @Schema(minimum = "1", maximum = "3660", description = "The last installment falls due at most this many days after "
            + "the invoice's issue date")
    public Integer finalWithinDays;
    @Schema(description = "The last installment falls due on this day at the latest")
    public LocalDate latestFinalDate;
    @Schema(required = true, description = "WEEKLY, BIWEEKLY, MONTHLY, CUSTOM_DATES")
    public List<String> frequencies;
    @Schema(required = true, implementation = AutopayRule.class)
    public String autopay;

    @Schema(description = "The least first installment: a percentage of the total (below 100), or an amount in its "
            + "currency; no minimum when left out")
    public static class DepositJson {
        @Schema(required = true, implementation = MinimumDeposit.Kind.class)
        public String kind;
        @Schema(required = true, pattern = DECIMAL, example = "20", description = "A percentage of the total (below 100), "
                + "or an amount, as a decimal string")
        public String value;
        @Schema(description = "ISO 4217; with AMOUNT only", pattern = "^[A-Z]{3}$")
        public String currency;
    }

    @Schema(description = "The least any installment may be; binds only invoices in its currency; no minimum when left out")
    public static class AmountJson {
        @Schema(required = true, pattern = DECIMAL, example = "50.00")
        public String amount;
        @Schema(required = true, pattern = "^[A-Z]{3}$")
        public String currency;
    }

    static PlanLimitsJson from(PlanLimits limits) {
        PlanLimitsJson json = new PlanLimitsJson();
        json.offered = limits.offered();
        if (limits.minimumDeposit() != null) {
            json.minimumDeposit = new DepositJson();
            json.minimumDeposit.kind = limits.minimumDeposit().kind().name();
            json.minimumDeposit.value = limits.minimumDeposit().value().stripTrailingZeros().toPlainString();
            json.minimumDeposit.currency = limits.minimumDeposit().currency() == null ? null
                    : limits.minimumDeposit().currency().getCurrencyCode();
        }
        json.maxInstallments = limits.maxInstallments();
        if (limits.minimumInstallment() != null) {
            json.minimumInstallment = new AmountJson();
            json.minimumInstallment.amount = limits.minimumInstallment().rounded().amount().toPlainString();
            json.minimumInstallment.currency = limits.minimumInstallment().currency().getCurrencyCode();
        }
        json.finalWithinDays = limits.finalWithinDays();
        json.latestFinalDate = limits.latestFinalDate();
        json.frequencies = limits.frequencies().stream().sorted().map(Enum::name).toList();
        json.autopay = limits.autopay().name();
        return json;
    }

    /** The limits these fields name, or every field at fault; whether the limits can be kept is the domain's to say. */
    PlanLimits toLimits() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (offered == null) {
            errors.put("offered", "Are plans offered to clients?");
        }
        if (maxInstallments == null) {
            errors.put("maxInstallments", "How many installments at most?");
        }
        MinimumDeposit deposit = deposit(errors);
        Money minimum = null;
        if (minimumInstallment != null) {
            if (minimumInstallment.amount == null || minimumInstallment.currency == null) {
                errors.put("minimumInstallment", "Give an amount and its currency");
            } else {
                BigDecimal amount = decimal(minimumInstallment.amount, "minimumInstallment", errors);
                minimum = amount == null ? null : InvoiceCurrency.parse(minimumInstallment.currency,
                        p -> errors.put("minimumInstallment", p)).map(c -> new Money(amount, c)).orElse(null);
            }
        }
        Set<PlanFrequency> allowed = EnumSet.noneOf(PlanFrequency.class);
        if (frequencies == null) {
            errors.put("frequencies", "Which frequencies are allowed?");
        } else {
            for (String f : frequencies) {
                try {
                    allowed.add(PlanFrequency.valueOf(String.valueOf(f).strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    errors.put("frequencies", "Each one of WEEKLY, BIWEEKLY, MONTHLY, CUSTOM_DATES");
                }
            }
        }
        AutopayRule rule = null;
        try {
            rule = autopay == null ? null : AutopayRule.valueOf(autopay.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            // named below, like a missing one
        }
        if (rule == null) {
            errors.put("autopay", "REQUIRED or OPTIONAL");
        }
        if (!errors.isEmpty()) {
            throw new InvalidPlanLimits(errors);
        }
        return new PlanLimits(offered, deposit, maxInstallments, minimum, finalWithinDays, latestFinalDate, allowed, rule);
    }

    private MinimumDeposit deposit(Map<String, String> errors) {
        if (minimumDeposit == null) {
            return null;
        }
        try {
            MinimumDeposit.Kind kind = MinimumDeposit.Kind.valueOf(String.valueOf(minimumDeposit.kind).strip()
                    .toUpperCase(Locale.ROOT));
            BigDecimal value = decimal(minimumDeposit.value, "minimumDeposit", errors);
            if (value == null) {
                return null;
            }
            if (kind == MinimumDeposit.Kind.PERCENT) {
                if (minimumDeposit.currency != null) {
                    errors.put("minimumDeposit", "A percentage has no currency");
                    return null;
                }
                return new MinimumDeposit(kind, value, null);
            }
            if (minimumDeposit.currency == null) {
                errors.put("minimumDeposit", "An amount needs its currency");
                return null;
            }
            return InvoiceCurrency.parse(minimumDeposit.currency, p -> errors.put("minimumDeposit", p))
                    .map(c -> new MinimumDeposit(kind, value, c)).orElse(null);
        } catch (IllegalArgumentException e) {
            errors.put("minimumDeposit", "The kind is PERCENT or AMOUNT");
            return null;
        }
    }

    private static BigDecimal decimal(String typed, String field, Map<String, String> errors) {
        if (typed == null || !typed.strip().matches(DECIMAL)) {
            errors.put(field, "A decimal number as a string, e.g. \"50.00\"");
            return null;
        }
        return new BigDecimal(typed.strip());
    }
}
