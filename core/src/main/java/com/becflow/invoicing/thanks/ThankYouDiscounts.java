package com.becflow.invoicing.thanks;

import com.becflow.clients.ClientId;
import com.becflow.invoicing.InvoiceId;
import com.becflow.shared.tenant.TenantId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The thank-you discounts granted to a tenant's clients. */
public interface ThankYouDiscounts {

    /** Keeps a new grant; false when the invoice it thanks was thanked already (paid, refunded and paid again). */
    boolean grant(TenantId tenant, ThankYouDiscount discount);

    /**
     * The client's oldest discount still open on {@code clientToday}, locked until the transaction ends, so two
     * invoices issued at once cannot both take it.
     */
    Optional<ThankYouDiscount> lockOldestOpen(TenantId tenant, ClientId client, LocalDate clientToday);

    /** The discount an invoice used, locked until the transaction ends. */
    Optional<ThankYouDiscount> lockUsedBy(TenantId tenant, InvoiceId invoice);

    /** Stores who used it (or that nobody does any more). */
    void saveUse(TenantId tenant, ThankYouDiscount discount);

    /** The client's discounts, newest first. */
    List<ThankYouDiscount> ofClient(TenantId tenant, ClientId client);
}
