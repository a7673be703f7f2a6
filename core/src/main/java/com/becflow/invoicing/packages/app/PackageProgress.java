package com.becflow.invoicing.packages.app;

import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceStatus;
import com.becflow.invoicing.packages.Milestone;
import com.becflow.invoicing.packages.PackageBilling;
import com.becflow.invoicing.packages.PackageDeal;
import com.becflow.shared.money.Money;
import java.util.List;
import java.util.Optional;

/**
 * Where a package stands for both sides: each milestone delivered or not, with the invoice that bills it and how much
 * of that is paid; and the package's invoices added up (tax included, as the client pays them).
 *
 * @param invoiced the totals of the invoices issued for it so far, voided ones left out
 * @param paid     what the client paid on them, less refunds
 * @param open     what is still owed on them
 */
public record PackageProgress(PackageDeal deal, List<Step> steps, List<Billed> invoices, Money invoiced, Money paid,
                              Money open) {

    /** A milestone, and its own invoice when the package is billed per milestone. */
    public record Step(Milestone milestone, Optional<Billed> invoice) {
    }

    /** An invoice of the package, with its status on the client's day. */
    public record Billed(Invoice invoice, InvoiceStatus status) {

        public Money paid() {
            return invoice.ledger().netPaid();
        }

        public Money open() {
            return invoice.balance().isPositive() ? invoice.balance() : Money.zero(invoice.currency());
        }
    }

    /**
     * Every part of the price invoiced and each of its invoices paid; a voided one leaves its part unpaid (nothing is
     * open on it, but nothing was paid either).
     */
    public boolean paidInFull() {
        boolean allInvoiced = deal.billing() == PackageBilling.BY_PLAN || deal.delivered();
        return allInvoiced && !invoices.isEmpty() && invoices.stream().allMatch(b -> b.status() == InvoiceStatus.PAID);
    }
}
