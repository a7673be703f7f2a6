package com.becflow.integrations.quickbooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * What every company of the fake has besides what Becflow makes: a second income account and bank account, a
 * "Consulting" service item, the tax codes and rates of a UK company (a code's percentage is the sum of its sales
 * rates), and multicurrency on with EUR at home and USD and GBP added. As QuickBooks does: a customer keeps one
 * currency, set when it is made (home by default), and takes invoices only in it; a foreign invoice without an
 * {@code ExchangeRate} gets the company's rate of the day, in home units to one foreign unit, and its {@code HomeTotalAmt}.
 */
final class FakeQuickBooksChart {

    static final String HOME_CURRENCY = "EUR";
    /** Euros to one unit of each added currency: the fake's "rate of the day". */
    static final Map<String, BigDecimal> DAILY_RATES = Map.of("USD", new BigDecimal("0.922300"),
            "GBP", new BigDecimal("1.166700"));

    private FakeQuickBooksChart() {
    }

    static void seed(FakeQuickBooksCompany company) {
        company.seed("Account", FakeQuickBooksCompany.JSON.createObjectNode().put("Id", "79").put("Name", "Consulting Income")
                .put("AccountType", "Income").put("AccountSubType", "ServiceFeeIncome").put("Classification", "Revenue")
                .put("Active", true).put("FullyQualifiedName", "Consulting Income").put("SyncToken", "0"));
        company.seed("Account", FakeQuickBooksCompany.JSON.createObjectNode().put("Id", "36").put("Name", "Savings")
                .put("AccountType", "Bank").put("AccountSubType", "Savings").put("Classification", "Asset")
                .put("Active", true).put("FullyQualifiedName", "Savings").put("SyncToken", "0"));
        ObjectNode consulting = FakeQuickBooksCompany.JSON.createObjectNode().put("Id", "21").put("Name", "Consulting")
                .put("Type", "Service").put("Active", true).put("FullyQualifiedName", "Consulting").put("SyncToken", "0");
        consulting.putObject("IncomeAccountRef").put("value", "79").put("name", "Consulting Income");
        company.seed("Item", consulting);
        rate(company, "4", "20.0% S (Sales)", "20");
        rate(company, "5", "20.0% S (Purchases)", "20");
        rate(company, "6", "5.0% R (Sales)", "5");
        rate(company, "7", "0.0% Z (Sales)", "0");
        code(company, "3", "20.0% S", "4", true);
        code(company, "8", "20.0% S purchases", "5", false);
        code(company, "9", "5.0% R", "6", true);
        code(company, "10", "0.0% Z", "7", true);
    }

    /** QuickBooks' refusal of an invoice in a currency other than its customer's, or naming a tax code it lacks. */
    static FakeQuickBooksCompany.Refusal problemOf(ObjectNode invoice, JsonNode customer, Map<String, ObjectNode> taxCodes) {
        String currency = currencyOf(invoice);
        if (!currency.equals(currencyOf(customer))) {
            return new FakeQuickBooksCompany.Refusal("6000", "A business validation error has occurred while processing"
                    + " your request", "Business Validation Error: The transaction currency " + currency
                    + " must match the customer's currency " + currencyOf(customer) + ".");
        }
        for (JsonNode line : invoice.path("Line")) {
            String code = FakeQuickBooksCompany.text(line.path("SalesItemLineDetail").path("TaxCodeRef"), "value");
            if (code != null && !taxCodes.containsKey(code)) {
                return new FakeQuickBooksCompany.Refusal("2500", "Invalid Reference Id",
                        "Invalid Reference Id : TaxCode element id " + code + " not found");
            }
        }
        return null;
    }

    /** A currency the company has not added, else the customer's currency (home when none is sent). */
    static FakeQuickBooksCompany.Refusal currencyOfNewCustomer(ObjectNode customer) {
        String currency = currencyOf(customer);
        if (!currency.equals(HOME_CURRENCY) && !DAILY_RATES.containsKey(currency)) {
            return new FakeQuickBooksCompany.Refusal("6000", "A business validation error has occurred while processing"
                    + " your request", "Business Validation Error: " + currency + " is not in the company's currency list.");
        }
        customer.putObject("CurrencyRef").put("value", currency);
        return null;
    }

    /** The rate sent, else the day's; 1 at home. Then the total in home currency. */
    static void rate(ObjectNode invoice) {
        String currency = currencyOf(invoice);
        BigDecimal rate = currency.equals(HOME_CURRENCY) ? BigDecimal.ONE
                : invoice.hasNonNull("ExchangeRate") ? FakeQuickBooksCompany.decimal(invoice, "ExchangeRate")
                : DAILY_RATES.get(currency);
        invoice.put("ExchangeRate", rate).putObject("CurrencyRef").put("value", currency);
        invoice.put("HomeTotalAmt", FakeQuickBooksCompany.decimal(invoice, "TotalAmt").multiply(rate)
                .setScale(2, RoundingMode.HALF_UP));
    }

    private static String currencyOf(JsonNode entity) {
        String currency = FakeQuickBooksCompany.text(entity.path("CurrencyRef"), "value");
        return currency == null ? HOME_CURRENCY : currency;
    }

    private static void rate(FakeQuickBooksCompany company, String id, String name, String value) {
        company.seed("TaxRate", FakeQuickBooksCompany.JSON.createObjectNode().put("Id", id).put("Name", name)
                .put("RateValue", new BigDecimal(value)).put("Active", true).put("SpecialTaxType", "NONE")
                .put("DisplayType", "ReadOnly").put("SyncToken", "0"));
    }

    private static void code(FakeQuickBooksCompany company, String id, String name, String rateId, boolean sales) {
        ObjectNode code = FakeQuickBooksCompany.JSON.createObjectNode().put("Id", id).put("Name", name)
                .put("Description", name).put("Active", true).put("Taxable", true).put("TaxGroup", true)
                .put("SyncToken", "0");
        ObjectNode detail = code.putObject(sales ? "SalesTaxRateList" : "PurchaseTaxRateList").putArray("TaxRateDetail")
                .addObject();
        detail.putObject("TaxRateRef").put("value", rateId);
        detail.put("TaxTypeApplicable", "TaxOnAmount").put("TaxOrder", 0);
        code.putObject(sales ? "PurchaseTaxRateList" : "SalesTaxRateList").putArray("TaxRateDetail");
        company.seed("TaxCode", code);
    }
}
