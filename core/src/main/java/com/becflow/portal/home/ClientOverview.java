package com.becflow.portal.home;

import com.becflow.contracts.ContractId;
import com.becflow.contracts.ContractStatus;
import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.InvoiceKind;
import com.becflow.invoicing.InvoiceStatus;
import com.becflow.shared.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * What a client sees on their home page with one freelancer: what they owe now per currency, their invoices (issued
 * ones only, newest first), contracts (sent ones only, newest first) and the mails sent to them about those (newest
 * first). Statuses are as the client's calendar reads them. {@code business} names the freelancer's portal page
 * ({@code /portal/for/{business}}), where the client signs in next time. {@code plans} are the payment plans on their
 * invoices ({@link ClientPlans}) and {@code savedMethods} the methods autopay charges for them; both empty for a client
 * without a plan.
 */
public record ClientOverview(String clientName, ZoneId clientZone, String freelancerName, String freelancerEmail,
                             String business,
                             List<Money> owed, List<InvoiceEntry> invoices, List<ContractEntry> contracts,
                             List<MailEntry> mails, List<PlanEntry> plans, List<SavedMethodEntry> savedMethods) {

    public ClientOverview {
        owed = List.copyOf(owed);
        invoices = List.copyOf(invoices);
        contracts = List.copyOf(contracts);
        mails = List.copyOf(mails);
        plans = List.copyOf(plans);
        savedMethods = List.copyOf(savedMethods);
    }

    /** A mail sent to the client about one of these documents: when it went (or was queued), and whether it went. */
    public record MailEntry(String subject, Instant at, boolean sent) {
    }

    /** One invoice, deposit invoice or credit note: {@code balance} is what is still owed on it. */
    public record InvoiceEntry(InvoiceId id, InvoiceKind kind, String number, InvoiceStatus status, LocalDate issueDate,
                               LocalDate dueDate, Money total, Money balance) {
    }

    public record ContractEntry(ContractId id, String title, ContractStatus status, Instant sentAt, Money fee) {
    }
}
