package com.becflow.integrations.xero;

import com.becflow.accounting.BooksChoices;
import com.xero.models.accounting.Account;
import com.xero.models.accounting.AccountType;
import com.xero.models.accounting.Item;
import com.xero.models.accounting.TaxRate;
import java.math.BigDecimal;
import java.util.List;

/**
 * What a Xero organisation offers Becflow's sync to post to: active revenue and sales accounts for invoice lines (by
 * code, as a line's {@code AccountCode} takes them), active bank accounts with a code for payments, the active tax
 * rates that apply to revenue (by {@code TaxType}, with their effective rate) and the items it sells (by
 * {@code ItemCode}).
 */
final class XeroChartOfAccounts {

    private XeroChartOfAccounts() {
    }

    static BooksChoices choices(List<Account> accounts, List<TaxRate> taxRates, List<Item> items) {
        List<Account> active = nullToEmpty(accounts).stream()
                .filter(a -> a.getStatus() == null || a.getStatus() == Account.StatusEnum.ACTIVE)
                .filter(a -> a.getCode() != null && !a.getCode().isBlank()).toList();
        return new BooksChoices(
                active.stream().filter(a -> a.getType() == AccountType.REVENUE || a.getType() == AccountType.SALES)
                        .map(XeroChartOfAccounts::choice).toList(),
                active.stream().filter(a -> a.getType() == AccountType.BANK).map(XeroChartOfAccounts::choice).toList(),
                nullToEmpty(taxRates).stream()
                        .filter(r -> r.getStatus() == null || r.getStatus() == TaxRate.StatusEnum.ACTIVE)
                        .filter(r -> Boolean.TRUE.equals(r.getCanApplyToRevenue()) && r.getTaxType() != null)
                        .map(r -> new BooksChoices.TaxRate(r.getTaxType(), r.getName() == null ? r.getTaxType() : r.getName(),
                                percent(r.getEffectiveRate() != null ? r.getEffectiveRate() : r.getDisplayTaxRate())))
                        .toList(),
                nullToEmpty(items).stream().filter(i -> Boolean.TRUE.equals(i.getIsSold()) && i.getCode() != null)
                        .map(i -> new BooksChoices.Choice(i.getCode(), i.getName() == null ? i.getCode() : i.getName()))
                        .toList());
    }

    private static BooksChoices.Choice choice(Account account) {
        return new BooksChoices.Choice(account.getCode(), account.getName() == null ? account.getCode()
                : account.getCode() + " " + account.getName());
    }

    /** Xero's {@code Double} rate as an exact percentage (the only place it is read). */
    private static BigDecimal percent(Double rate) {
        return rate == null ? BigDecimal.ZERO : new BigDecimal(String.valueOf(rate));
    }

    private static <T> List<T> nullToEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
