package com.becflow.api.invoicing;

import com.becflow.clients.ClientId;
import com.becflow.contracts.ContractId;
import com.becflow.invoicing.app.SaveInvoice;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A draft invoice as sent by a client of the API. Left out: the currency (the contract's, else the client's),
 * netDays (the contract's payment terms, else the workspace default), partial payments (off).
 */
public class InvoiceInputJson {

    @Schema(required = true)
    public UUID clientId;
    @Schema(description = "The contract the invoice bills for, whose currency and payment terms it takes")
    public UUID contractId;
    @Schema(description = "ISO 4217; the contract's, else the client's, when left out")
    public String currency;
    public List<InvoiceLineJson> lines;
    public String reference;
    public String notes;
    @Schema(description = "Due this many days after the issue date; the contract's terms, else the workspace's "
            + "default, when left out")
    public Integer netDays;
    public Boolean partialPayments;
    public BigDecimal minimumPayment;

    public SaveInvoice toCommand() {
        return new SaveInvoice(clientId == null ? null : new ClientId(clientId),
                contractId == null ? null : new ContractId(contractId), currency,
                lines == null ? List.of() : lines.stream().map(l -> l == null ? null : l.toLine()).toList(),
                reference, notes, netDays, partialPayments, minimumPayment);
    }
}
