package com.becflow.portal.api;

import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.packages.Milestone;
import com.becflow.invoicing.packages.PackageBilling;
import com.becflow.invoicing.packages.PackageDeal;
import com.becflow.invoicing.packages.app.PackageProgress;
import com.becflow.shared.money.Money;
import java.time.LocalDate;
import java.util.List;

/**
 * The package deal an invoice bills, as the client's link shows it; amounts are decimal strings in the package's
 * currency. {@code price} and a milestone's {@code amount} (its share, billed PER_MILESTONE) are before tax;
 * {@code invoiced}, {@code paid} and {@code open} add up the package's invoices so far, tax included. {@code thisInvoice}
 * marks the invoice behind the link: the package's one invoice (BY_PLAN) or the milestone's (PER_MILESTONE).
 * {@code cancelled} says the freelancer called the package off (with {@code cancelReason} if they gave one): what was
 * not delivered then is never delivered or invoiced.
 */
public record PortalPackageJson(String title, String billing, String currency, String price, String taxRate,
                                String taxName, boolean thisInvoice, int delivered, String invoiced, String paid,
                                String open, boolean paidInFull, List<MilestoneJson> milestones, boolean cancelled,
                                String cancelReason) {

    /** A milestone; billed PER_MILESTONE, with its share and, once delivered, its invoice and where it stands. */
    public record MilestoneJson(int position, String title, LocalDate deliveredOn, String amount, String invoiceNumber,
                                String invoiceStatus, String paid, String open, boolean thisInvoice) {

        static MilestoneJson from(PackageProgress.Step step, PackageDeal deal, InvoiceId shown) {
            Milestone m = step.milestone();
            var billed = step.invoice();
            return new MilestoneJson(m.position(), m.title(), m.deliveredOn(),
                    m.share().map(a -> PortalPackageJson.amount(new Money(a, deal.currency()))).orElse(null),
                    billed.flatMap(b -> b.invoice().number()).orElse(null),
                    billed.map(b -> b.status().name()).orElse(null),
                    billed.map(b -> PortalPackageJson.amount(b.paid())).orElse(null),
                    billed.map(b -> PortalPackageJson.amount(b.open())).orElse(null),
                    m.invoice().filter(shown::equals).isPresent());
        }
    }

    /** @param shown the invoice behind the link */
    static PortalPackageJson from(PackageProgress p, InvoiceId shown) {
        PackageDeal d = p.deal();
        return new PortalPackageJson(d.title(), d.billing().name(), d.currency().getCurrencyCode(), amount(d.price()),
                d.taxRate() == null ? null : d.taxRate().stripTrailingZeros().toPlainString(), d.taxName(),
                d.billing() == PackageBilling.BY_PLAN && d.invoice().filter(shown::equals).isPresent(),
                (int) d.deliveredCount(), amount(p.invoiced()), amount(p.paid()), amount(p.open()), p.paidInFull(),
                p.steps().stream().map(s -> MilestoneJson.from(s, d, shown)).toList(), d.cancellation().isPresent(),
                d.cancellation().map(PackageDeal.Cancellation::reason).orElse(null));
    }

    private static String amount(Money m) {
        return m.rounded().amount().toPlainString();
    }
}
