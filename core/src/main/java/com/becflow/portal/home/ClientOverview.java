package com.becflow.portal.home;

import com.becflow.contracts.ContractId;
import com.becflow.contracts.ContractStatus;
import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.InvoiceStatus;
import com.becflow.shared.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a client sees on their home page with one freelancer: what they owe now per currency, their invoices (issued
 * ones only, newest first) and contracts (sent ones only, newest first). Statuses are as the client's calendar reads
 * them.
 */
public record ClientOverview(String clientName, String freelancerName, String freelancerEmail, List<Money> owed,
                             List<InvoiceEntry> invoices, List<ContractEntry> contracts) {

    public ClientOverview {
        owed = List.copyOf(owed);
        invoices = List.copyOf(invoices);
        contracts = List.copyOf(contracts);
    }

    /** One invoice, deposit invoice or credit note: {@code balance} is what is still owed on it. */
    public record InvoiceEntry(InvoiceId id, String kind, String number, InvoiceStatus status, LocalDate issueDate,
                               LocalDate dueDate, Money total, Money balance) {
    }

    public record ContractEntry(ContractId id, String title, ContractStatus status, Instant sentAt, Money fee) {
    }
}
