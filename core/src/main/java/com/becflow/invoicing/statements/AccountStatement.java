package com.becflow.invoicing.statements;

import com.becflow.invoicing.InvoiceId;
import com.becflow.shared.money.Money;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A client's statement of account over a period. Per currency (never added across): the balance opening the period
 * (every movement before {@code from}), each movement in the period in order with the balance after it, and the
 * balance closing it. Always: opening + the period's changes = closing, and closing = the sum of the balances the
 * client's invoices in that currency had at the end of {@code to} (money paid beyond an invoice counts against it).
 * The open items are the invoices owing something then, with the days they were overdue on {@code to}. Amounts are
 * summed exact and rounded only where they are shown.
 */
public record AccountStatement(StatementPeriod period, List<CurrencyAccount> accounts, List<OpenItem> openItems) {

    public AccountStatement {
        accounts = List.copyOf(accounts);
        openItems = List.copyOf(openItems);
    }

    /** One line: the movement, what it changed (signed) and the balance after it. */
    public record Line(AccountMovement movement, Money change, Money balance) {
    }

    public record CurrencyAccount(Currency currency, Money opening, List<Line> lines, Money closing) {

        public CurrencyAccount {
            lines = List.copyOf(lines);
        }
    }

    /** An invoice still owing {@code due} at the end of the period; {@code daysOverdue} is 0 if not yet due then. */
    public record OpenItem(InvoiceRef invoice, Money due, long daysOverdue) {
    }

    /**
     * The statement from all of the client's movements; those after the period are left out, so a statement of a past
     * period reads as it would have on its last day.
     */
    public static AccountStatement of(StatementPeriod period, Collection<AccountMovement> movements) {
        List<AccountMovement> upToEnd = movements.stream().filter(m -> !m.on().isAfter(period.to()))
                .sorted(AccountMovement.IN_ORDER).toList();
        Map<Currency, Money> opening = new TreeMap<>(Comparator.comparing(Currency::getCurrencyCode));
        Map<Currency, List<AccountMovement>> within = new TreeMap<>(Comparator.comparing(Currency::getCurrencyCode));
        Map<InvoiceId, InvoiceRef> invoices = new LinkedHashMap<>();
        Map<InvoiceId, Money> balances = new LinkedHashMap<>();
        for (AccountMovement m : upToEnd) {
            Currency currency = m.amount().currency();
            invoices.putIfAbsent(m.invoice().id(), m.invoice());
            balances.merge(m.invoice().id(), m.change(), Money::plus);
            if (m.on().isBefore(period.from())) {
                opening.merge(currency, m.change(), Money::plus);
            } else {
                within.computeIfAbsent(currency, c -> new ArrayList<>()).add(m);
                opening.putIfAbsent(currency, Money.zero(currency));
            }
        }
        List<CurrencyAccount> accounts = new ArrayList<>();
        opening.forEach((currency, open) -> {
            List<AccountMovement> moved = within.getOrDefault(currency, List.of());
            if (moved.isEmpty() && open.amount().signum() == 0) {
                return;
            }
            Money running = open;
            List<Line> lines = new ArrayList<>(moved.size());
            for (AccountMovement m : moved) {
                running = running.plus(m.change());
                lines.add(new Line(m, m.change(), running));
            }
            accounts.add(new CurrencyAccount(currency, open, lines, running));
        });
        List<OpenItem> open = new ArrayList<>();
        balances.forEach((id, balance) -> {
            if (balance.isPositive()) {
                InvoiceRef invoice = invoices.get(id);
                long late = invoice.dueDate() == null ? 0
                        : Math.max(0, ChronoUnit.DAYS.between(invoice.dueDate(), period.to()));
                open.add(new OpenItem(invoice, balance, late));
            }
        });
        open.sort(Comparator.comparing((OpenItem i) -> i.invoice().dueDate(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(i -> i.invoice().number(), Comparator.nullsLast(Comparator.naturalOrder())));
        return new AccountStatement(period, accounts, open);
    }

    public Optional<CurrencyAccount> account(Currency currency) {
        return accounts.stream().filter(a -> a.currency().equals(currency)).findFirst();
    }
}
