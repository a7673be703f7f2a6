package com.becflow.portal.api;

import com.becflow.portal.home.ClientOverview;
import com.becflow.shared.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A client's home with one freelancer; amounts are decimal strings with their currency. {@code business} names the
 * freelancer's portal page, {@code /portal/for/{business}}, where the client asks for a sign-in link next time.
 */
public record PortalHomeJson(String client, String freelancer, String freelancerEmail, String business,
                             List<AmountJson> owed, List<InvoiceJson> invoices, List<ContractJson> contracts, List<MailJson> mails) {

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

    static PortalHomeJson from(ClientOverview o) {
        return new PortalHomeJson(o.clientName(), o.freelancerName(), o.freelancerEmail(), o.business(),
                o.owed().stream().map(AmountJson::of).toList(),
                o.invoices().stream().map(i -> new InvoiceJson(i.id().value().toString(), i.kind().name(), i.number(),
                        i.status().name(), i.issueDate(), i.dueDate(), AmountJson.of(i.total()),
                        AmountJson.of(i.balance()))).toList(),
                o.contracts().stream().map(c -> new ContractJson(c.id().value().toString(), c.title(), c.status().name(),
                        c.sentAt(), AmountJson.of(c.fee()))).toList(),
                o.mails().stream().map(m -> new MailJson(m.subject(), m.at(), m.sent())).toList());
    }
}
