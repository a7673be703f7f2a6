package com.becflow.integrations.quickbooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Money going back in the fake company, as Intuit documents it: a {@code CreditMemo} (a customer, sales lines whose
 * amounts are worked out into {@code TotalAmt}, with {@code TxnTaxDetail.TotalTax}; its {@code Balance} is the credit
 * not yet used, taken down by a {@code Payment} that links it next to an invoice), and a {@code RefundReceipt} (money
 * paid back out of the bank account in {@code DepositToAccountRef}, for sales lines; it touches no invoice).
 */
final class FakeQuickBooksCredits {

    private FakeQuickBooksCredits() {
    }

    static void workOut(String kind, ObjectNode entity, Map<String, ObjectNode> customers, Map<String, ObjectNode> accounts) {
        String customer = FakeQuickBooksCompany.text(entity.path("CustomerRef"), "value");
        if (customer == null || !customers.containsKey(customer)) {
            throw new FakeQuickBooksCompany.Refusal("2500", "Invalid Reference Id",
                    "Invalid Reference Id : Names element id " + customer + " not found");
        }
        BigDecimal lines = BigDecimal.ZERO;
        for (JsonNode line : entity.path("Line")) {
            lines = lines.add(FakeQuickBooksCompany.decimal(line, "Amount"));
        }
        BigDecimal total = lines.add(FakeQuickBooksCompany.decimal(entity.path("TxnTaxDetail"), "TotalTax"));
        if (total.signum() <= 0) {
            throw new FakeQuickBooksCompany.Refusal("6000", "A business validation error has occurred while processing"
                    + " your request", "Business Validation Error: Transaction amount must be positive.");
        }
        entity.put("TotalAmt", total);
        if (kind.equals("CreditMemo")) {
            entity.put("Balance", total).put("RemainingCredit", total);
            return;
        }
        String bank = FakeQuickBooksCompany.text(entity.path("DepositToAccountRef"), "value");
        JsonNode account = bank == null ? null : accounts.get(bank);
        if (account == null || !"Bank".equals(FakeQuickBooksCompany.text(account, "AccountType"))) {
            throw new FakeQuickBooksCompany.Refusal("6000", "A business validation error has occurred while processing"
                    + " your request", "Business Validation Error: A refund must come from a bank account.");
        }
        entity.put("Balance", BigDecimal.ZERO);
    }

    /** How much of the credit memo a payment line uses: no more than the credit it has left. */
    static BigDecimal creditUsed(ObjectNode memo, String customer, BigDecimal amount, String id) {
        if (memo == null) {
            throw new FakeQuickBooksCompany.Refusal("2500", "Invalid Reference Id",
                    "Invalid Reference Id : Names element id " + id + " not found");
        }
        if (!customer.equals(FakeQuickBooksCompany.text(memo.path("CustomerRef"), "value"))) {
            throw new FakeQuickBooksCompany.Refusal("6000", "A business validation error has occurred while processing"
                    + " your request", "Business Validation Error: The credit memo belongs to another customer.");
        }
        if (amount.signum() <= 0 || amount.compareTo(FakeQuickBooksCompany.decimal(memo, "Balance")) > 0) {
            throw new FakeQuickBooksCompany.Refusal("6000", "A business validation error has occurred while processing"
                    + " your request", "Business Validation Error: The amount exceeds the credit memo's balance.");
        }
        return amount;
    }
}
