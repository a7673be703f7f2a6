package com.becflow.portal.api;

import com.becflow.portal.home.ClientOverview;
import com.becflow.portal.home.PlanEntry;
import com.becflow.shared.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A client's home with one freelancer; amounts are decimal strings with their currency. {@code business} names the
 * freelancer's portal page, {@code /portal/for/{business}}, where the client asks for a sign-in link next time.
 * {@code plans} are the payment plans on the client's invoices and {@code savedMethods} the methods autopay charges for
 * them; both empty for a client without a plan.
 */
public record PortalHomeJson(String client, String freelancer, String freelancerEmail, String business,
                             List<AmountJson> owed, List<InvoiceJson> invoices, List<ContractJson> contracts, List<MailJson> mails,
                             List<PlanJson> plans, List<SavedMethodJson> savedMethods) {

    public record AmountJson(String amount, String currency) {

        static AmountJson of(Money m) {
            return new AmountJson(m.rounded().amount().toPlainString(), m.currency().getCurrencyCode());
        }
    }

    public record InvoiceJson(String id, String kind, String number, String status, LocalDate issueDate,
                              LocalDate dueDate, AmountJson total, AmountJson balance) {
    }

    public record ContractJson(String id, String title, String status, Instant sentAt, AmountJson fee) {
    }

    /** {@code sent}: accepted by the mail server, at {@code at}; otherwise queued (or given up) since then. */
    public record MailJson(String subject, Instant at, boolean sent) {
    }

    /**
     * A payment plan on one of the client's invoices: {@code status} is the plan's ({@code PROPOSED}, {@code ACCEPTED}),
     * {@code standing} where it stands for the client ({@code PROPOSED}, {@code PAYING}, {@code OVERDUE},
     * {@code PAID_OFF}); its installments by due date; {@code autopay} as on the invoice ({@code OFF} when never set up),
     * with the method it charges while {@code ON}.
     */
    public record PlanJson(String invoiceId, String invoiceNumber, String status, String standing, AmountJson paid,
                           AmountJson total, List<InstallmentJson> installments, String autopay, String autopayMethod) {

        static PlanJson of(PlanEntry p) {
            return new PlanJson(p.invoice().value().toString(), p.invoiceNumber(), p.status().name(), p.standing().name(),
                    AmountJson.of(p.paid()), AmountJson.of(p.total()), p.installments().stream().map(i ->
                            new InstallmentJson(i.number(), i.dueDate(), AmountJson.of(i.amount()),
                                    AmountJson.of(i.remaining()), i.status().name())).toList(),
                    p.autopay().name(), p.autopayMethod());
        }
    }

    /** {@code status}: {@code DUE}, {@code PARTIALLY_PAID}, {@code OVERDUE}, {@code ON_ITS_WAY} (a debit), {@code PAID}. */
    public record InstallmentJson(int number, LocalDate dueDate, AmountJson amount, AmountJson remaining, String status) {
    }

    /** A method saved for autopay ({@code label}: "visa •••• 4242") with the plans it pays, by their invoices. */
    public record SavedMethodJson(String label, List<PaidPlanJson> plans) {
    }

    public record PaidPlanJson(String invoiceId, String invoiceNumber) {
    }

    static PortalHomeJson from(ClientOverview o) {
        return new PortalHomeJson(o.clientName(), o.freelancerName(), o.freelancerEmail(), o.business(),
                o.owed().stream().map(AmountJson::of).toList(),
                o.invoices().stream().map(i -> new InvoiceJson(i.id().value().toString(), i.kind().name(), i.number(),
                        i.status().name(), i.issueDate(), i.dueDate(), AmountJson.of(i.total()),
                        AmountJson.of(i.balance()))).toList(),
                o.contracts().stream().map(c -> new ContractJson(c.id().value().toString(), c.title(), c.status().name(),
                        c.sentAt(), AmountJson.of(c.fee()))).toList(),
                o.mails().stream().map(m -> new MailJson(m.subject(), m.at(), m.sent())).toList(),
                o.plans().stream().map(PlanJson::of).toList(),
                o.savedMethods().stream().map(m -> new SavedMethodJson(m.label(), m.pays().stream()
                        .map(p -> new PaidPlanJson(p.invoice().value().toString(), p.invoiceNumber())).toList())).toList());
    }
}
