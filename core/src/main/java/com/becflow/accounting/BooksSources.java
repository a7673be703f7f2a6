package com.becflow.accounting;

import com.becflow.clients.Client;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.Payment;
import com.becflow.shared.tenant.TenantId;
import java.util.List;

/** What a workspace has that belongs in its books, oldest first so that references are pushed before their users. */
public interface BooksSources {

    List<Client> clients(TenantId tenant);

    /** Issued invoices and deposit invoices, voided ones included (their twins must be voided too). */
    List<Invoice> issuedInvoices(TenantId tenant);

    /** Money received on invoices ({@code PAYMENT} movements of the ledger). */
    List<Payment> receivedPayments(TenantId tenant);

    /** Issued credit notes, oldest first (each credits one invoice). */
    default List<com.becflow.invoicing.Invoice> issuedCreditNotes(TenantId tenant) {
        return List.of();
    }

    /**
     * Money given back on invoices ({@code REFUND} and {@code CHARGEBACK} movements of the ledger) and money the client
     * did not have to pay ({@code EARLY_PAYMENT_DISCOUNT}), oldest first.
     */
    default List<Payment> moneyGivenBack(TenantId tenant) {
        return List.of();
    }

    /**
     * Late fees charged on invoices and their waivers ({@code LATE_FEE} and {@code LATE_FEE_WAIVER} movements of the
     * ledger), oldest first: a fee's place among its invoice's fees numbers its twin.
     */
    default List<Payment> lateFees(TenantId tenant) {
        return List.of();
    }
}
