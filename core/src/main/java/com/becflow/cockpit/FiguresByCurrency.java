package com.becflow.cockpit;

import com.becflow.shared.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns the database's sums into the cockpit's figures, one currency at a time: each group of open invoices aged on
 * its client's calendar at {@code now} (late from the day after the due date, as {@code Invoice.statusOn} reads it),
 * summed unrounded; rounding is left to whoever shows an amount.
 */
public final class FiguresByCurrency {

    private FiguresByCurrency() {
    }

    /**
     * @param open     open balances by client zone, currency and due date
     * @param received money received this month, net, per currency
     * @param planned  receipts no issued invoice asks for yet, from the freelancer's today on
     * @param today    the freelancer's today: the planned receipts' horizons count from it
     * @param home     the tenant's home currency, listed first
     */
    public static List<CurrencyFigures> of(List<OpenBalances> open, Instant now, Map<Currency, BigDecimal> received,
                                           List<PlannedReceipts.Receipt> planned, LocalDate today, Currency home) {
        Map<Currency, Sums> sums = new HashMap<>();
        Map<ZoneId, LocalDate> todays = new HashMap<>();
        for (OpenBalances group : open) {
            LocalDate clientToday = todays.computeIfAbsent(group.clientZone(), zone -> LocalDate.ofInstant(now, zone));
            long daysLate = ChronoUnit.DAYS.between(group.dueDate(), clientToday);
            Sums currency = sums.computeIfAbsent(group.currency(), Sums::new);
            currency.age(AgeBucket.of(daysLate), group.count(), group.balance());
            currency.expect(-daysLate, group.balance());
        }
        for (PlannedReceipts.Receipt receipt : planned) {
            sums.computeIfAbsent(receipt.amount().currency(), Sums::new)
                    .expect(ChronoUnit.DAYS.between(today, receipt.on()), receipt.amount().amount());
        }
        received.forEach((currency, amount) -> sums.computeIfAbsent(currency, Sums::new).received = amount);
        List<CurrencyFigures> figures = new ArrayList<>();
        for (Sums currency : sums.values()) {
            figures.add(currency.figures());
        }
        figures.sort(Comparator.comparing((CurrencyFigures f) -> !f.currency().equals(home))
                .thenComparing(f -> f.currency().getCurrencyCode()));
        return figures;
    }

    private static final class Sums {
        final Currency currency;
        final Map<AgeBucket, Long> counts = new EnumMap<>(AgeBucket.class);
        final Map<AgeBucket, BigDecimal> amounts = new EnumMap<>(AgeBucket.class);
        final Map<Integer, BigDecimal> expected = new TreeMap<>();
        BigDecimal received = BigDecimal.ZERO;

        Sums(Currency currency) {
            this.currency = currency;
            for (AgeBucket bucket : AgeBucket.values()) {
                counts.put(bucket, 0L);
                amounts.put(bucket, BigDecimal.ZERO);
            }
            for (int horizon : Dashboard.HORIZONS) {
                expected.put(horizon, BigDecimal.ZERO);
            }
        }

        void age(AgeBucket bucket, long count, BigDecimal balance) {
            counts.merge(bucket, count, Long::sum);
            amounts.merge(bucket, balance, BigDecimal::add);
        }

        /** Money due in {@code daysAhead} days (0: today) counts in every horizon that reaches that far. */
        void expect(long daysAhead, BigDecimal amount) {
            if (daysAhead < 0) {
                return;
            }
            for (int horizon : Dashboard.HORIZONS) {
                if (daysAhead <= horizon) {
                    expected.merge(horizon, amount, BigDecimal::add);
                }
            }
        }

        CurrencyFigures figures() {
            Map<AgeBucket, CurrencyFigures.Aged> ageing = new EnumMap<>(AgeBucket.class);
            BigDecimal owed = BigDecimal.ZERO;
            for (AgeBucket bucket : AgeBucket.values()) {
                ageing.put(bucket, new CurrencyFigures.Aged(counts.get(bucket), new Money(amounts.get(bucket), currency)));
                owed = owed.add(amounts.get(bucket));
            }
            List<CurrencyFigures.Expected> forecast = new ArrayList<>();
            expected.forEach((horizon, amount) -> forecast.add(new CurrencyFigures.Expected(horizon, new Money(amount, currency))));
            return new CurrencyFigures(currency, new Money(owed, currency), ageing, new Money(received, currency), forecast);
        }
    }
}
