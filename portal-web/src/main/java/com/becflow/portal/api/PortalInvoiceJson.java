package com.becflow.portal.api;

import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceLedger;
import com.becflow.invoicing.app.InvoicePortalView;
import com.becflow.invoicing.packages.app.PackageProgress;
import com.becflow.shared.money.Money;
import jakarta.json.bind.annotation.JsonbProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a client's link shows of an invoice; amounts are decimal strings in the invoice's currency. {@code lateFees} are
 * those the signed contract charged on top of the total and were not waived; the balance includes them. While the
 * signed contract's early-payment discount lasts, {@code earlyPaymentPrice} settles the invoice if paid by
 * {@code earlyPaymentLastDay} (the client's calendar). {@code package} is the package deal the invoice bills, if any.
 */
public record PortalInvoiceJson(String number, String kind, String status, String currency, String total,
                                String lateFees, String balance, String paid, String credited, LocalDate issueDate, LocalDate dueDate,
                                String freelancer, String freelancerEmail, String bankInstructions, String smallestPayment,
                                boolean payOnline, boolean paymentPending, String earlyPaymentPrice,
                                LocalDate earlyPaymentLastDay, List<PaymentJson> payments, String html,
                                @JsonbProperty("package") PortalPackageJson packageDeal) {

    public record PaymentJson(String id, String amount, String method, LocalDate receivedOn) {
    }

    /** @param deal the package the invoice bills, if any and if it could be read */
    static PortalInvoiceJson from(InvoicePortalView v, Optional<PackageProgress> deal) {
        Invoice i = v.invoice();
        InvoiceLedger l = v.ledger();
        return new PortalInvoiceJson(i.number().orElse(null), i.kind().name(), v.status().name(),
                i.currency().getCurrencyCode(), amount(l.total()), amount(l.lateFees()), amount(l.balance()), amount(l.netPaid()),
                amount(l.credited()), i.issueDate(), i.dueDate(), v.freelancerName(), v.freelancerEmail(),
                v.bankInstructions(), amount(v.smallestPayment()), v.payOnline(), v.paymentPending(),
                v.earlyPayment().map(o -> amount(o.price())).orElse(null),
                v.earlyPayment().map(o -> o.lastDay()).orElse(null),
                v.payments().stream().map(p -> new PaymentJson(p.id().toString(), amount(p.amount()), p.method().name(),
                        p.receivedOn())).toList(), v.html(),
                deal.map(d -> PortalPackageJson.from(d, i.id())).orElse(null));
    }

    private static String amount(Money m) {
        return m.rounded().amount().toPlainString();
    }
}
