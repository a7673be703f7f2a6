package com.becflow.api.plans;

import com.becflow.invoicing.plans.AutopayRule;
import com.becflow.invoicing.plans.InvalidPlanLimits;
import com.becflow.invoicing.plans.MinimumDeposit;
import com.becflow.invoicing.plans.PlanFrequency;
import com.becflow.invoicing.plans.PlanLimits;
import com.becflow.invoicing.plans.PlanLimitsOverride;
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

/**
 * Payment plan limits: the workspace's (every field but the deposit, the minimum installment and the dates given), or a
 * client's or an invoice's own (each field given replaces the one above it, each left out inherits it).
 */
@Schema(name = "PlanLimits")
public class PlanLimitsJson {

    static final String DECIMAL = "^-?[0-9]+(\\.[0-9]+)?$";

    @Schema(description = "Whether the portal lets clients build their own plan; required for the workspace")
    public Boolean offered;
    public DepositJson minimumDeposit;
    @Schema(minimum = "2", maximum = "120", description = "The most installments, the deposit included; required for the "
            + "workspace")
    public Integer maxInstallments;
    public AmountJson minimumInstallment;
    @Schema(minimum = "1", maximum = "3660", description = "The last installment falls due at most this many days after "
            + "the invoice's issue date")
    public Integer finalWithinDays;
    @Schema(description = "The last installment falls due on this day at the latest")
    public LocalDate latestFinalDate;
    @Schema(description = "WEEKLY, BIWEEKLY, MONTHLY, CUSTOM_DATES; required for the workspace")
    public List<String> frequencies;
    @Schema(implementation = AutopayRule.class, description = "Required for the workspace")
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

    /** What a client's or an invoice's own limits set; the fields they leave unset are left out. */
    static PlanLimitsJson from(PlanLimitsOverride o) {
        PlanLimits set = PlanLimits.DEFAULT.overriddenBy(o);
        PlanLimitsJson json = from(set);
        json.offered = o.offered();
        json.minimumDeposit = o.minimumDeposit() == null ? null : json.minimumDeposit;
        json.maxInstallments = o.maxInstallments();
        json.minimumInstallment = o.minimumInstallment() == null ? null : json.minimumInstallment;
        json.finalWithinDays = o.finalWithinDays();
        json.latestFinalDate = o.latestFinalDate();
        json.frequencies = o.frequencies() == null ? null : json.frequencies;
        json.autopay = o.autopay() == null ? null : json.autopay;
        return json;
    }

    /** The workspace's limits these fields name, all of them given, or every field at fault. */
    PlanLimits toLimits() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (offered == null) {
            errors.put("offered", "Are plans offered to clients?");
        }
        if (maxInstallments == null) {
            errors.put("maxInstallments", "How many installments at most?");
        }
        if (frequencies == null) {
            errors.put("frequencies", "Which frequencies are allowed?");
        }
        if (autopay == null) {
            errors.put("autopay", "REQUIRED or OPTIONAL");
        }
        PlanLimitsOverride o = read(errors);
        return new PlanLimits(o.offered(), o.minimumDeposit(), o.maxInstallments(), o.minimumInstallment(),
                o.finalWithinDays(), o.latestFinalDate(), o.frequencies(), o.autopay());
    }

    /** A client's or an invoice's own limits: each field given replaces the one above, each left out inherits it. */
    PlanLimitsOverride toOverride() {
        return read(new LinkedHashMap<>());
    }

    /** What the fields given say, or every field at fault (with those in {@code errors}); the domain says if they can be kept. */
    private PlanLimitsOverride read(Map<String, String> errors) {
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
        Set<PlanFrequency> allowed = null;
        if (frequencies != null) {
            allowed = EnumSet.noneOf(PlanFrequency.class);
            for (String f : frequencies) {
                try {
                    allowed.add(PlanFrequency.valueOf(String.valueOf(f).strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    errors.put("frequencies", "Each one of WEEKLY, BIWEEKLY, MONTHLY, CUSTOM_DATES");
                }
            }
        }
        AutopayRule rule = null;
        if (autopay != null) {
            try {
                rule = AutopayRule.valueOf(autopay.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.put("autopay", "REQUIRED or OPTIONAL");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidPlanLimits(errors);
        }
        return new PlanLimitsOverride(offered, deposit, maxInstallments, minimum, finalWithinDays, latestFinalDate, allowed,
                rule);
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
