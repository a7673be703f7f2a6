package com.becflow.integrations.quickbooks;

import com.becflow.accounting.BooksChoices;
import com.intuit.ipp.data.Account;
import com.intuit.ipp.data.Item;
import com.intuit.ipp.data.ItemTypeEnum;
import com.intuit.ipp.data.TaxCode;
import com.intuit.ipp.data.TaxRate;
import com.intuit.ipp.data.TaxRateDetail;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a QuickBooks company offers Becflow's sync to post to. QuickBooks posts a sales line to its item's income
 * account and takes no account on the line, so the "sales account" chosen is the item lines are sold as: an active
 * service or non-inventory item, named with its income account. Payments go to an active Bank account. A line's tax
 * is a TaxCode that applies to sales, whose percentage is the sum of its sales tax rates. There is no separate item
 * to choose.
 */
final class QuickBooksChartOfAccounts {

    private QuickBooksChartOfAccounts() {
    }

    static BooksChoices choices(QuickBooksCompany company) {
        Map<String, String> income = new HashMap<>();
        List<Account> incomeAccounts = company.query("select * from Account where AccountType = 'Income' and Active = true");
        incomeAccounts.forEach(a -> income.put(a.getId(), a.getName()));
        List<Item> items = company.query("select * from Item where Active = true");
        List<BooksChoices.Choice> soldAs = items.stream()
                .filter(i -> i.getType() == ItemTypeEnum.SERVICE || i.getType() == ItemTypeEnum.NON_INVENTORY)
                .filter(i -> i.getIncomeAccountRef() != null && income.containsKey(i.getIncomeAccountRef().getValue()))
                .map(i -> new BooksChoices.Choice(i.getId(), i.getName() + " (" + income.get(i.getIncomeAccountRef().getValue())
                        + ")"))
                .toList();
        List<Account> banks = company.query("select * from Account where AccountType = 'Bank' and Active = true");
        return new BooksChoices(soldAs, banks.stream().map(a -> new BooksChoices.Choice(a.getId(), a.getName())).toList(),
                taxCodes(company), List.of());
    }

    private static List<BooksChoices.TaxRate> taxCodes(QuickBooksCompany company) {
        Map<String, BigDecimal> rates = new HashMap<>();
        List<TaxRate> taxRates = company.query("select * from TaxRate");
        taxRates.forEach(r -> rates.put(r.getId(), r.getRateValue() == null ? BigDecimal.ZERO : r.getRateValue()));
        List<TaxCode> codes = company.query("select * from TaxCode where Active = true");
        return codes.stream()
                .filter(c -> c.getSalesTaxRateList() != null && c.getSalesTaxRateList().getTaxRateDetail() != null
                        && !c.getSalesTaxRateList().getTaxRateDetail().isEmpty())
                .map(c -> new BooksChoices.TaxRate(c.getId(), c.getName(), c.getSalesTaxRateList().getTaxRateDetail().stream()
                        .map(TaxRateDetail::getTaxRateRef).filter(Objects::nonNull)
                        .map(ref -> rates.getOrDefault(ref.getValue(), BigDecimal.ZERO))
                        .reduce(BigDecimal.ZERO, BigDecimal::add)))
                .toList();
    }
}
