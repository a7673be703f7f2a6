package com.becflow.portal.home;

import com.becflow.invoicing.InvoiceId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A payment method the client saved for autopay and that autopay charges now, by what they know it by ("visa ••••
 * 4242", "SEPA Direct Debit •••• 3000"), with the plans whose installments it pays. Autopay belongs to an invoice, so
 * the same card saved for two invoices is one entry paying both.
 */
public record SavedMethodEntry(String label, List<PaidPlan> pays) {

    public SavedMethodEntry {
        pays = List.copyOf(pays);
    }

    /** A plan the method pays, by its invoice. */
    public record PaidPlan(InvoiceId invoice, String invoiceNumber) {
    }

    /** The methods autopay charges for these plans, in the order the plans come. */
    public static List<SavedMethodEntry> of(List<PlanEntry> plans) {
        Map<String, List<PaidPlan>> byLabel = new LinkedHashMap<>();
        for (PlanEntry plan : plans) {
            if (plan.autopayMethod() != null) {
                byLabel.computeIfAbsent(plan.autopayMethod(), label -> new ArrayList<>())
                        .add(new PaidPlan(plan.invoice(), plan.invoiceNumber()));
            }
        }
        return byLabel.entrySet().stream().map(e -> new SavedMethodEntry(e.getKey(), e.getValue())).toList();
    }
}
