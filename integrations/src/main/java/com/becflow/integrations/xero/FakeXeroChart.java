package com.becflow.integrations.xero;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

/**
 * What every organisation of the fake posts to, as Xero's UK demo company has it: its chart of accounts, its tax
 * rates, two items, EUR as base currency with USD and GBP added. An invoice line naming an account, tax rate or item
 * the organisation does not have is refused with Xero's words; an invoice in another currency without a rate gets the
 * organisation's rate of the day (Xero takes XE.com's), written as Xero writes it: units of that currency to one of
 * the base currency.
 */
final class FakeXeroChart {

    static final String BASE_CURRENCY = "EUR";
    /** Units of each added currency to one euro: the fake's "rate of the day". */
    static final Map<String, BigDecimal> DAILY_RATES = Map.of("USD", new BigDecimal("1.084200"),
            "GBP", new BigDecimal("0.857100"));

    private FakeXeroChart() {
    }

    static ArrayNode accounts() {
        ArrayNode accounts = FakeXeroLedger.JSON.createArrayNode();
        accounts.add(account("090", "Business Bank Account", "BANK", "ACTIVE"));
        accounts.add(account("091", "Business Savings Account", "BANK", "ACTIVE"));
        accounts.add(account("200", "Sales", "REVENUE", "ACTIVE"));
        accounts.add(account("260", "Other Revenue", "REVENUE", "ACTIVE"));
        accounts.add(account("270", "Interest Income", "REVENUE", "ARCHIVED"));
        accounts.add(account("400", "Advertising", "EXPENSE", "ACTIVE"));
        return accounts;
    }

    static ArrayNode taxRates() {
        ArrayNode rates = FakeXeroLedger.JSON.createArrayNode();
        rates.add(taxRate("OUTPUT2", "20% (VAT on Income)", "20.0000", true));
        rates.add(taxRate("RROUTPUT", "5% (VAT on Income)", "5.0000", true));
        rates.add(taxRate("ZERORATEDOUTPUT", "Zero Rated Income", "0.0000", true));
        rates.add(taxRate("NONE", "No VAT", "0.0000", true));
        rates.add(taxRate("INPUT2", "20% (VAT on Expenses)", "20.0000", false));
        return rates;
    }

    static ArrayNode items() {
        ArrayNode items = FakeXeroLedger.JSON.createArrayNode();
        items.add(item("DESIGN", "Design work", true));
        items.add(item("PAPER", "Printing paper", false));
        return items;
    }

    /** Xero's refusal of the first line naming what the organisation does not have, or of a currency not added. */
    static String problemOf(JsonNode invoice) {
        String currency = FakeXeroLedger.text(invoice, "CurrencyCode");
        if (currency != null && !currency.equals(BASE_CURRENCY) && !DAILY_RATES.containsKey(currency)) {
            return "Organisation is not subscribed to currency " + currency;
        }
        for (JsonNode line : invoice.path("LineItems")) {
            String account = FakeXeroLedger.text(line, "AccountCode");
            if (account != null && !has(accounts(), "Code", account, a -> "REVENUE".equals(a.path("Type").asText())
                    && "ACTIVE".equals(a.path("Status").asText()))) {
                return "Account code '" + account + "' is not a valid code for this document.";
            }
            String taxType = FakeXeroLedger.text(line, "TaxType");
            if (taxType != null && !has(taxRates(), "TaxType", taxType, r -> r.path("CanApplyToRevenue").asBoolean())) {
                return "The TaxType code '" + taxType + "' does not exist or cannot be used for this type of transaction.";
            }
            String item = FakeXeroLedger.text(line, "ItemCode");
            if (item != null && !has(items(), "Code", item, i -> i.path("IsSold").asBoolean())) {
                return "Item code '" + item + "' is not valid";
            }
        }
        return null;
    }

    /** The rate sent, else the day's for a currency other than the base one; 1 for the base currency. */
    static void rate(ObjectNode invoice) {
        String currency = FakeXeroLedger.text(invoice, "CurrencyCode");
        if (currency == null || currency.equals(BASE_CURRENCY)) {
            invoice.put("CurrencyCode", BASE_CURRENCY).put("CurrencyRate", BigDecimal.ONE);
        } else if (FakeXeroLedger.text(invoice, "CurrencyRate") == null) {
            invoice.put("CurrencyRate", DAILY_RATES.get(currency));
        }
    }

    private static boolean has(ArrayNode entries, String field, String value, java.util.function.Predicate<JsonNode> usable) {
        for (JsonNode entry : entries) {
            if (value.equals(entry.path(field).asText()) && usable.test(entry)) {
                return true;
            }
        }
        return false;
    }

    private static ObjectNode account(String code, String name, String type, String status) {
        ObjectNode account = FakeXeroLedger.JSON.createObjectNode();
        account.put("AccountID", UUID.nameUUIDFromBytes(code.getBytes()).toString());
        account.put("Code", code).put("Name", name).put("Type", type).put("Status", status);
        return account;
    }

    private static ObjectNode taxRate(String type, String name, String rate, boolean revenue) {
        ObjectNode taxRate = FakeXeroLedger.JSON.createObjectNode();
        taxRate.put("Name", name).put("TaxType", type).put("Status", "ACTIVE").put("ReportTaxType", revenue ? "OUTPUT" : "INPUT")
                .put("CanApplyToAssets", !revenue).put("CanApplyToEquity", false).put("CanApplyToExpenses", !revenue)
                .put("CanApplyToLiabilities", false).put("CanApplyToRevenue", revenue)
                .put("DisplayTaxRate", new BigDecimal(rate)).put("EffectiveRate", new BigDecimal(rate));
        taxRate.putArray("TaxComponents").addObject().put("Name", "VAT").put("Rate", new BigDecimal(rate))
                .put("IsCompound", false).put("IsNonRecoverable", false);
        return taxRate;
    }

    private static ObjectNode item(String code, String name, boolean sold) {
        ObjectNode item = FakeXeroLedger.JSON.createObjectNode();
        item.put("ItemID", UUID.nameUUIDFromBytes(("item-" + code).getBytes()).toString()).put("Code", code)
                .put("Name", name).put("IsSold", sold).put("IsPurchased", !sold).put("IsTrackedAsInventory", false);
        return item;
    }
}
