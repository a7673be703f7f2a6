package com.becflow.invoicing.thanks;

import com.becflow.clients.ClientId;
import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.InvoiceLine;
import com.becflow.invoicing.InvoiceLines;
import com.becflow.invoicing.InvoiceStateConflict;
import com.becflow.shared.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A thank-you discount granted to a client for paying one invoice in full and on time: a percentage off their next
 * invoice, to be used by the end of {@code expiresOn} on the client's calendar. It is used once; voiding the invoice
 * that used it gives it back, if it has not expired by then.
 *
 * <p>It is taken off as one line per tax rate of the invoice (the rate's lines' nets times the percentage, rounded once,
 * as a negative price), so each rate's tax is reckoned on the discounted amount, as the invoice reckons every line.
 */
public final class ThankYouDiscount {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private final UUID id;
    private final ClientId clientId;
    private final InvoiceId thankedInvoiceId;
    private final String thankedNumber;
    private final BigDecimal percent;
    private final Instant grantedAt;
    private final LocalDate expiresOn;
    private InvoiceId usedBy;
    private Instant usedAt;

    private ThankYouDiscount(UUID id, ClientId clientId, InvoiceId thankedInvoiceId, String thankedNumber,
                             BigDecimal percent, Instant grantedAt, LocalDate expiresOn, InvoiceId usedBy, Instant usedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.clientId = Objects.requireNonNull(clientId, "clientId");
        this.thankedInvoiceId = Objects.requireNonNull(thankedInvoiceId, "thankedInvoiceId");
        this.thankedNumber = Objects.requireNonNull(thankedNumber, "thankedNumber");
        this.percent = Objects.requireNonNull(percent, "percent");
        this.grantedAt = Objects.requireNonNull(grantedAt, "grantedAt");
        this.expiresOn = Objects.requireNonNull(expiresOn, "expiresOn");
        this.usedBy = usedBy;
        this.usedAt = usedAt;
    }

    static ThankYouDiscount granted(ClientId client, InvoiceId thanked, String thankedNumber, BigDecimal percent,
                                    Instant at, LocalDate expiresOn) {
        return new ThankYouDiscount(UUID.randomUUID(), client, thanked, thankedNumber, percent, at, expiresOn, null, null);
    }

    public static ThankYouDiscount restore(UUID id, ClientId client, InvoiceId thanked, String thankedNumber,
                                           BigDecimal percent, Instant grantedAt, LocalDate expiresOn, InvoiceId usedBy,
                                           Instant usedAt) {
        return new ThankYouDiscount(id, client, thanked, thankedNumber, percent, grantedAt, expiresOn, usedBy, usedAt);
    }

    /** Whether a next invoice issued on {@code clientToday} takes this discount. */
    public boolean openOn(LocalDate clientToday) {
        return usedBy == null && !clientToday.isAfter(expiresOn);
    }

    /**
     * The lines of the invoice being issued with this discount taken off: one negative line per tax rate (and name)
     * whose lines add up to more than nothing after rounding.
     */
    public InvoiceLines appliedTo(InvoiceLines lines, Currency currency) {
        record TaxKey(BigDecimal rate, String name) {
        }
        Map<TaxKey, Money> netByTax = new LinkedHashMap<>();
        Map<TaxKey, InvoiceLine> firstOfTax = new LinkedHashMap<>();
        for (InvoiceLine line : lines.items()) {
            TaxKey key = new TaxKey(line.taxRate() == null ? null : line.taxRate().stripTrailingZeros(), line.taxName());
            netByTax.merge(key, line.net(currency), Money::plus);
            firstOfTax.putIfAbsent(key, line);
        }
        List<InvoiceLine> discounted = new ArrayList<>(lines.items());
        netByTax.forEach((key, net) -> {
            Money off = discountOn(net);
            if (off.isPositive()) {
                InvoiceLine taxed = firstOfTax.get(key);
                discounted.add(new InvoiceLine(lineDescription(), BigDecimal.ONE, off.amount().negate(), null,
                        taxed.taxRate(), taxed.taxName()));
            }
        });
        return new InvoiceLines(discounted);
    }

    /** The share of {@code net} taken off, rounded once to the currency's minor unit. */
    public Money discountOn(Money net) {
        return net.times(percent.divide(HUNDRED, 10, RoundingMode.UNNECESSARY)).rounded();
    }

    /** What the discount line of the invoice reads. */
    public String lineDescription() {
        return "Thank-you discount (" + percentText() + "%) for paying " + thankedNumber + " on time";
    }

    public String percentText() {
        return percent.stripTrailingZeros().toPlainString();
    }

    /** Taken by the invoice issued; a discount is used once. */
    public void useFor(InvoiceId invoice, Instant now) {
        if (usedBy != null) {
            throw new InvoiceStateConflict("thank-you.used", "This thank-you discount was used already");
        }
        usedBy = Objects.requireNonNull(invoice, "invoice");
        usedAt = now;
    }

    /**
     * The invoice that used it was voided: on {@code clientToday} it waits for the next invoice again, unless it has
     * expired, in which case it stays spent.
     *
     * @return whether it was given back
     */
    public boolean giveBack(LocalDate clientToday) {
        if (usedBy == null || clientToday.isAfter(expiresOn)) {
            return false;
        }
        usedBy = null;
        usedAt = null;
        return true;
    }

    public UUID id() { return id; }
    public ClientId clientId() { return clientId; }
    public InvoiceId thankedInvoiceId() { return thankedInvoiceId; }
    public String thankedNumber() { return thankedNumber; }
    public BigDecimal percent() { return percent; }
    public Instant grantedAt() { return grantedAt; }
    public LocalDate expiresOn() { return expiresOn; }
    public Optional<InvoiceId> usedBy() { return Optional.ofNullable(usedBy); }
    public Optional<Instant> usedAt() { return Optional.ofNullable(usedAt); }
}
