package com.becflow.invoicing;

import com.becflow.clients.Client;
import com.becflow.clients.PostalAddress;
import com.becflow.tenancy.Tenant;

/**
 * Who an invoice or receipt is from and to, as printed on it.
 *
 * @param clientCompany null when the client is a person
 * @param clientAddress one line; null when unknown
 * @param clientTaxId   the client's VAT or tax number, needed on some business invoices; null when none
 */
public record InvoiceParties(String freelancerName, String freelancerEmail, String clientName, String clientCompany,
                             String clientEmail, String clientAddress, String clientTaxId) {

    public static InvoiceParties of(Tenant tenant, Client client) {
        return new InvoiceParties(tenant.displayName(), tenant.ownerEmail(), client.name(), client.company(),
                client.email(), PostalAddress.oneLine(client.billingAddress()), client.taxId());
    }
}
