package com.becflow.integrations.quickbooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * One company's books in the fake, answering as QuickBooks Online's v3 API: Customers unique by DisplayName and Items
 * by Name (QuickBooks' "Duplicate Name Exists Error"), Invoices unique by DocNumber with TotalAmt and Balance worked
 * out from their lines, Payments that reduce the Balance of the invoice they are linked to and may not exceed it, and
 * updates only under the entity's current SyncToken. Refusals carry QuickBooks' error code, Message and Detail.
 */
final class FakeQuickBooksCompany {

    /** A refusal, answered as QuickBooks' 400 {@code ValidationFault}. */
    static final class Refusal extends RuntimeException {
        final String code;
        final String detail;

        Refusal(String code, String message, String detail) {
            super(message);
            this.code = code;
            this.detail = detail;
        }
    }

    static final ObjectMapper JSON = new ObjectMapper();

    final String realmId;
    final String name;
    /** Entities by kind as QuickBooks names them (Customer, Item, Account, Invoice, Payment), then by Id. */
    private final Map<String, Map<String, ObjectNode>> entities = new LinkedHashMap<>();
    /** What was deleted, by kind then Id, as change data capture tells of it: {@code status: Deleted} and its Id. */
    private final Map<String, Map<String, ObjectNode>> deleted = new LinkedHashMap<>();
    private int lastId = 100;

    FakeQuickBooksCompany(String realmId, String name) {
        this.realmId = realmId;
        this.name = name;
        account("1", "Services", "Income", "ServiceFeeIncome", "Revenue");
        account("35", "Checking", "Bank", "Checking", "Asset");
        account("4", "Undeposited Funds", "Other Current Asset", "UndepositedFunds", "Asset");
        account("84", "Accounts Receivable (A/R)", "Accounts Receivable", "AccountsReceivable", "Asset");
        FakeQuickBooksChart.seed(this);
    }

    /** What the company has before Becflow comes: kept as QuickBooks would have it, without checks. */
    void seed(String kind, ObjectNode entity) {
        kind(kind).put(entity.path("Id").asText(), entity);
    }

    private void account(String id, String name, String type, String subType, String classification) {
        ObjectNode account = JSON.createObjectNode().put("Id", id).put("Name", name).put("AccountType", type)
                .put("AccountSubType", subType).put("Classification", classification).put("Active", true)
                .put("FullyQualifiedName", name).put("CurrentBalance", 0).put("SyncToken", "0");
        kind("Account").put(id, account);
    }

    synchronized ObjectNode companyInfo() {
        return JSON.createObjectNode().put("Id", realmId).put("CompanyName", name).put("LegalName", name)
                .put("Country", "US").put("SyncToken", "0");
    }

    synchronized List<ObjectNode> all(String kind) {
        List<ObjectNode> copies = new ArrayList<>();
        kind(kind).values().forEach(entity -> copies.add(entity.deepCopy()));
        return copies;
    }

    synchronized ObjectNode read(String kind, String id) {
        ObjectNode found = kind(kind).get(id);
        if (found == null) {
            throw notFound(id);
        }
        return found.deepCopy();
    }

    /** {@code select * from Kind [where Field = 'value' [and ...]]}, as QuickBooks' query language has it. */
    synchronized ArrayNode query(String kind, Predicate<JsonNode> where) {
        ArrayNode found = JSON.createArrayNode();
        kind(kind).values().stream().filter(where).forEach(entity -> found.add(entity.deepCopy()));
        return found;
    }

    /** Change data capture of one kind: what changed at or after {@code since}, the deleted ones included. */
    synchronized ArrayNode changedSince(String kind, OffsetDateTime since) {
        ArrayNode changed = JSON.createArrayNode();
        java.util.stream.Stream.concat(kind(kind).values().stream(), deleted.getOrDefault(kind, Map.of()).values().stream())
                .filter(e -> !OffsetDateTime.parse(e.path("MetaData").path("LastUpdatedTime").asText()).isBefore(since))
                .forEach(e -> changed.add(e.deepCopy()));
        return changed;
    }

    /** The freelancer edits an entity in QuickBooks itself: the fields given replace its own. */
    synchronized void change(String kind, String id, ObjectNode fields) {
        ObjectNode entity = kind(kind).get(id);
        if (entity == null) {
            throw notFound(id);
        }
        entity.setAll(fields.deepCopy());
        entity.put("SyncToken", Integer.toString(entity.path("SyncToken").asInt() + 1));
        entity.with("MetaData").put("LastUpdatedTime", now());
    }

    /** The freelancer deletes a payment in QuickBooks itself: the invoices it paid are owed that again. */
    synchronized void deletePayment(String id) {
        ObjectNode payment = kind("Payment").remove(id);
        if (payment == null) {
            throw notFound(id);
        }
        for (JsonNode line : payment.path("Line")) {
            for (JsonNode linked : line.path("LinkedTxn")) {
                ObjectNode invoice = kind("Invoice").get(text(linked, "TxnId"));
                if (invoice != null) {
                    invoice.put("Balance", decimal(invoice, "Balance").add(decimal(line, "Amount")))
                            .put("SyncToken", Integer.toString(invoice.path("SyncToken").asInt() + 1));
                    invoice.with("MetaData").put("LastUpdatedTime", now());
                }
            }
        }
        ObjectNode gone = JSON.createObjectNode().put("domain", "QBO").put("status", "Deleted").put("Id", id);
        gone.putObject("MetaData").put("LastUpdatedTime", now());
        deleted.computeIfAbsent("Payment", k -> new LinkedHashMap<>()).put(id, gone);
    }

    /** Create, or (with {@code operation=update}) a full or sparse update under the current SyncToken. */
    synchronized ObjectNode save(String kind, ObjectNode sent, boolean update) {
        ObjectNode entity = update ? current(kind, sent) : JSON.createObjectNode();
        ObjectNode merged = entity.deepCopy();
        if (update && !sent.path("sparse").asBoolean(false)) {
            merged.removeAll();
            merged.put("Id", entity.path("Id").asText());
        }
        merged.setAll(sent.deepCopy());
        switch (kind) {
            case "Customer" -> checkCustomer(merged);
            case "Item" -> checkItem(merged);
            case "Invoice" -> workOutInvoice(merged, entity);
            case "Payment" -> {
                if (update) {
                    throw new Refusal("6000", "A business validation error has occurred while processing your request",
                            "Business Validation Error: the fake takes no changes to payments.");
                }
                applyPayment(merged);
            }
            case "CreditMemo", "RefundReceipt" -> {
                if (update) {
                    throw new Refusal("6000", "A business validation error has occurred while processing your request",
                            "Business Validation Error: the fake takes no changes to " + kind + ".");
                }
                FakeQuickBooksCredits.workOut(kind, merged, kind("Customer"), kind("Account"));
            }
            default -> throw new Refusal("4000", "Unsupported Operation",
                    "Operation Create/Update is not supported for " + kind + " in the fake.");
        }
        String id = update ? entity.path("Id").asText() : Integer.toString(++lastId);
        int syncToken = update ? entity.path("SyncToken").asInt() + 1 : 0;
        String now = now();
        merged.put("Id", id).put("SyncToken", Integer.toString(syncToken)).put("domain", "QBO").put("sparse", false);
        merged.putObject("MetaData").put("CreateTime", update ? entity.path("MetaData").path("CreateTime").asText(now)
                : now).put("LastUpdatedTime", now);
        kind(kind).put(id, merged);
        return merged.deepCopy();
    }

    /** {@code operation=void}: the invoice keeps its number, its amounts go to zero. */
    synchronized ObjectNode voidInvoice(ObjectNode sent) {
        ObjectNode invoice = current("Invoice", sent);
        for (JsonNode line : invoice.path("Line")) {
            ((ObjectNode) line).put("Amount", BigDecimal.ZERO);
        }
        invoice.put("TotalAmt", BigDecimal.ZERO).put("Balance", BigDecimal.ZERO).put("PrivateNote", "Voided")
                .put("SyncToken", Integer.toString(invoice.path("SyncToken").asInt() + 1));
        invoice.with("MetaData").put("LastUpdatedTime", now());
        return invoice.deepCopy();
    }

    private ObjectNode current(String kind, JsonNode sent) {
        String id = text(sent, "Id");
        ObjectNode entity = id == null ? null : kind(kind).get(id);
        if (entity == null) {
            throw notFound(id);
        }
        if (!entity.path("SyncToken").asText().equals(text(sent, "SyncToken"))) {
            throw new Refusal("5010", "Stale Object Error", "Stale Object Error : You and " + "Becflow"
                    + " were working on this at the same time. Becflow finished before you did, so your work was not saved.");
        }
        return entity;
    }

    private void checkCustomer(ObjectNode customer) {
        String displayName = text(customer, "DisplayName");
        if (displayName == null || displayName.isBlank()) {
            throw new Refusal("2020", "Required param missing, need to supply the required value for the API",
                    "Required parameter DisplayName is missing in the request");
        }
        uniqueName("Customer", "DisplayName", customer);
        if (!customer.has("Id")) {
            Refusal currency = FakeQuickBooksChart.currencyOfNewCustomer(customer);
            if (currency != null) {
                throw currency;
            }
        }
        customer.put("FullyQualifiedName", displayName);
        if (!customer.has("Active")) {
            customer.put("Active", true);
        }
        if (!customer.has("Balance")) {
            customer.put("Balance", BigDecimal.ZERO);
        }
    }

    private void checkItem(ObjectNode item) {
        if (text(item, "Name") == null) {
            throw new Refusal("2020", "Required param missing, need to supply the required value for the API",
                    "Required parameter Name is missing in the request");
        }
        uniqueName("Item", "Name", item);
        if ("Service".equals(text(item, "Type")) && !kind("Account").containsKey(text(item.path("IncomeAccountRef"), "value"))) {
            throw invalidReference(text(item.path("IncomeAccountRef"), "value"));
        }
        item.put("FullyQualifiedName", text(item, "Name"));
        if (!item.has("Active")) {
            item.put("Active", true);
        }
    }

    /** QuickBooks refuses a name used by another active list entity, whatever the case. */
    private void uniqueName(String kind, String field, ObjectNode entity) {
        String name = text(entity, field);
        boolean taken = kind(kind).values().stream().anyMatch(other -> !other.path("Id").asText().equals(text(entity, "Id"))
                && other.path("Active").asBoolean(true) && name.equalsIgnoreCase(text(other, field)));
        if (taken) {
            throw new Refusal("6240", "Duplicate Name Exists Error", "The name supplied already exists. : Another "
                    + "customer, vendor or employee is already using this name. Please use a different name.");
        }
    }

    private void workOutInvoice(ObjectNode invoice, ObjectNode before) {
        String customer = text(invoice.path("CustomerRef"), "value");
        if (customer == null || !kind("Customer").containsKey(customer)) {
            throw invalidReference(customer);
        }
        Refusal unfit = FakeQuickBooksChart.problemOf(invoice, kind("Customer").get(customer), kind("TaxCode"));
        if (unfit != null) {
            throw unfit;
        }
        String number = text(invoice, "DocNumber");
        kind("Invoice").values().stream()
                .filter(other -> number != null && number.equals(text(other, "DocNumber"))
                        && !other.path("Id").asText().equals(text(invoice, "Id")))
                .findFirst().ifPresent(other -> {
                    throw new Refusal("6140", "Duplicate Document Number Error", "Duplicate Document Number Error : You "
                            + "must specify a different number. This number has already been used. DocNumber="
                            + number + " is assigned to TxnType=Invoice with TxnId=" + other.path("Id").asText());
                });
        BigDecimal subTotal = BigDecimal.ZERO;
        for (JsonNode line : invoice.path("Line")) {
            JsonNode detail = line.path("SalesItemLineDetail");
            if (!"SalesItemLineDetail".equals(text(line, "DetailType"))) {
                continue;
            }
            if (!kind("Item").containsKey(text(detail.path("ItemRef"), "value"))) {
                throw invalidReference(text(detail.path("ItemRef"), "value"));
            }
            BigDecimal amount = decimal(line, "Amount");
            BigDecimal expected = decimal(detail, "Qty").multiply(decimal(detail, "UnitPrice")).setScale(2, RoundingMode.HALF_UP);
            if (amount.compareTo(expected) != 0) {
                throw new Refusal("6070", "Amount is not equal to UnitPrice * Qty", "Amount is not equal to UnitPrice "
                        + "* Qty. Supplied value:" + amount.toPlainString());
            }
            subTotal = subTotal.add(amount);
        }
        BigDecimal total = subTotal.add(decimal(invoice.path("TxnTaxDetail"), "TotalTax"));
        BigDecimal paid = decimal(before, "TotalAmt").subtract(decimal(before, "Balance"));
        if (total.compareTo(paid) < 0) {
            throw new Refusal("6000", "A business validation error has occurred while processing your request",
                    "Business Validation Error: The invoice total is less than the payments applied to it.");
        }
        invoice.put("TotalAmt", total).put("Balance", total.subtract(paid));
        FakeQuickBooksChart.rate(invoice);
    }

    private void applyPayment(ObjectNode payment) {
        String customer = text(payment.path("CustomerRef"), "value");
        if (customer == null || !kind("Customer").containsKey(customer)) {
            throw invalidReference(customer);
        }
        JsonNode bank = kind("Account").get(text(payment.path("DepositToAccountRef"), "value"));
        if (payment.has("DepositToAccountRef") && bank == null) {
            throw invalidReference(text(payment.path("DepositToAccountRef"), "value"));
        }
        BigDecimal applied = BigDecimal.ZERO;
        BigDecimal credited = BigDecimal.ZERO;
        Map<ObjectNode, BigDecimal> toInvoices = new LinkedHashMap<>();
        Map<ObjectNode, BigDecimal> fromCredits = new LinkedHashMap<>();
        for (JsonNode line : payment.path("Line")) {
            for (JsonNode linked : line.path("LinkedTxn")) {
                if ("CreditMemo".equals(text(linked, "TxnType"))) {
                    BigDecimal amount = FakeQuickBooksCredits.creditUsed(kind("CreditMemo").get(text(linked, "TxnId")),
                            customer, decimal(line, "Amount"), text(linked, "TxnId"));
                    fromCredits.merge(kind("CreditMemo").get(text(linked, "TxnId")), amount, BigDecimal::add);
                    credited = credited.add(amount);
                    continue;
                }
                ObjectNode invoice = kind("Invoice").get(text(linked, "TxnId"));
                if (!"Invoice".equals(text(linked, "TxnType")) || invoice == null) {
                    throw invalidReference(text(linked, "TxnId"));
                }
                if (!customer.equals(text(invoice.path("CustomerRef"), "value"))) {
                    throw new Refusal("6000", "A business validation error has occurred while processing your request",
                            "Business Validation Error: The invoice belongs to another customer.");
                }
                BigDecimal amount = decimal(line, "Amount");
                if (amount.signum() <= 0 || amount.compareTo(decimal(invoice, "Balance")) > 0) {
                    throw new Refusal("6000", "A business validation error has occurred while processing your request",
                            "Business Validation Error: The payment amount exceeds the open balance of invoice "
                                    + text(invoice, "DocNumber") + ".");
                }
                toInvoices.merge(invoice, amount, BigDecimal::add);
                applied = applied.add(amount);
            }
        }
        BigDecimal total = decimal(payment, "TotalAmt").add(credited);
        if (total.compareTo(applied) < 0) {
            throw new Refusal("6000", "A business validation error has occurred while processing your request",
                    "Business Validation Error: The payment's lines come to more than its TotalAmt.");
        }
        toInvoices.forEach((invoice, amount) -> invoice.put("Balance", decimal(invoice, "Balance").subtract(amount))
                .put("SyncToken", Integer.toString(invoice.path("SyncToken").asInt() + 1)));
        fromCredits.forEach((memo, amount) -> memo.put("Balance", decimal(memo, "Balance").subtract(amount)));
        payment.put("UnappliedAmt", total.subtract(applied));
    }

    private Map<String, ObjectNode> kind(String kind) {
        return entities.computeIfAbsent(kind, k -> new LinkedHashMap<>());
    }

    private static Refusal notFound(String id) {
        return new Refusal("610", "Object Not Found", "Object Not Found : Something you're trying to use has been made "
                + "inactive. Check the fields with accounts, customers, items, vendors or employees. (Id " + id + ")");
    }

    private static Refusal invalidReference(String id) {
        return new Refusal("2500", "Invalid Reference Id", "Invalid Reference Id : Names element id " + id + " not found");
    }

    /** Always with seconds (OffsetDateTime.toString drops ":00", which the SDK cannot read), in Intuit's zone. */
    static String now() {
        return OffsetDateTime.now(ZoneOffset.ofHours(-7)).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx"));
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    static BigDecimal decimal(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() || value.isMissingNode() ? BigDecimal.ZERO : new BigDecimal(value.asText());
    }

    static String kindOf(String path) {
        String named = Map.of("taxcode", "TaxCode", "taxrate", "TaxRate", "companyinfo", "CompanyInfo",
                "creditmemo", "CreditMemo", "refundreceipt", "RefundReceipt").get(path);
        if (named != null) {
            return named;
        }
        return path.isEmpty() ? path : path.substring(0, 1).toUpperCase(Locale.ROOT) + path.substring(1);
    }
}
