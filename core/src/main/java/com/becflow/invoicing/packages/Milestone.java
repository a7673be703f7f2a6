package com.becflow.invoicing.packages;

import com.becflow.invoicing.InvoiceId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One step of a package. {@code amount} is its share of the price when the package is billed per milestone, else
 * null; {@code deliveredOn} the day the freelancer marked it delivered (the workspace's day); {@code invoiceId} the
 * invoice its delivery issued, when billed per milestone.
 */
public record Milestone(int position, String title, BigDecimal amount, LocalDate deliveredOn, InvoiceId invoiceId) {

    public static final int TITLE_LENGTH = 200;

    public boolean delivered() {
        return deliveredOn != null;
    }

    public Optional<BigDecimal> share() {
        return Optional.ofNullable(amount);
    }

    public Optional<InvoiceId> invoice() {
        return Optional.ofNullable(invoiceId);
    }

    Milestone deliver(LocalDate day, InvoiceId invoice) {
        return new Milestone(position, title, amount, day, invoice);
    }

    Milestone notDelivered() {
        return new Milestone(position, title, amount, null, null);
    }
}
