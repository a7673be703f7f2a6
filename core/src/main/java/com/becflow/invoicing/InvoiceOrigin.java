package com.becflow.invoicing;

import java.util.UUID;

/** What made an invoice on its own: a recurring invoice on one of its days, or a package deal. */
public record InvoiceOrigin(Source source, UUID id) {

    public enum Source {
        RECURRING_INVOICE,
        PACKAGE_DEAL
    }
}
