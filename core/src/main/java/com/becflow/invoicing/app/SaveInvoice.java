package com.becflow.invoicing.app;

import com.becflow.clients.ClientId;
import com.becflow.contracts.ContractId;
import com.becflow.invoicing.InvoiceLine;
import java.math.BigDecimal;
import java.util.List;

/**
 * A draft invoice as typed. Left out: the currency (the contract's, else the client's), the days until due
 * (the contract's payment terms, else the tenant's default) and partial payments (not allowed).
 */
public record SaveInvoice(ClientId clientId, ContractId contractId, String currency, List<InvoiceLine> lines,
                          String reference, String notes, Integer netDays, Boolean partialPayments,
                          BigDecimal minimumPayment) {
}
