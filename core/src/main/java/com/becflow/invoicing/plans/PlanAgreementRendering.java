package com.becflow.invoicing.plans;

import static com.becflow.shared.documents.Xhtml.escape;

import com.becflow.invoicing.InvoiceParties;
import com.becflow.invoicing.InvoiceRendering;
import com.becflow.shared.money.Money;
import com.becflow.shared.money.MoneyText;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * The "Payment plan agreement": the plan's terms and the evidence of the client's acceptance, as one PDF page in the
 * invoices' own styles. Made once, when the plan is accepted; what it shows is what was stored.
 */
public final class PlanAgreementRendering {

    public static final String TITLE = "Payment plan agreement";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private PlanAgreementRendering() {
    }

    /**
     * What the agreement states, gathered by the use case.
     *
     * @param contractTitle the signed contract this agreement is an addendum to, or null
     */
    public record Facts(String invoiceNumber, Money invoiceTotal, InvoiceParties parties, PlanTerms terms,
                        PlanAcceptance acceptance, String contractTitle) {

        public Facts {
            Objects.requireNonNull(invoiceNumber, "invoiceNumber");
            Objects.requireNonNull(invoiceTotal, "invoiceTotal");
            Objects.requireNonNull(parties, "parties");
            Objects.requireNonNull(terms, "terms");
            Objects.requireNonNull(acceptance, "acceptance");
        }
    }

    /** The complete XHTML document the PDF renderer turns into the agreement. */
    public static String pdf(Facts f) {
        return InvoiceRendering.pdfPage(fragment(f), TITLE + " · " + f.invoiceNumber());
    }

    static String fragment(Facts f) {
        StringBuilder h = new StringBuilder(4096);
        h.append("<article class=\"becflow-invoice plan-agreement\">");
        h.append("<h1>").append(TITLE).append("</h1>");
        h.append("<p class=\"muted\">For invoice ").append(escape(f.invoiceNumber())).append(" of ")
                .append(escape(MoneyText.of(f.invoiceTotal().rounded())));
        if (f.contractTitle() != null) {
            h.append(", an addendum to the signed contract \"").append(escape(f.contractTitle())).append("\"");
        }
        h.append("</p>");
        h.append("<table class=\"facts\">");
        fact(h, "Freelancer", f.parties().freelancerName() + " <" + f.parties().freelancerEmail() + ">");
        fact(h, "Client", f.parties().clientName() + (f.parties().clientCompany() == null ? ""
                : ", " + f.parties().clientCompany()) + " <" + f.parties().clientEmail() + ">");
        h.append("</table>");

        h.append("<h2>Installments</h2><table class=\"lines\"><tr><th>#</th><th>Due date</th>")
                .append("<th class=\"num\">Amount</th></tr>");
        for (ScheduledInstallment i : f.terms().installments()) {
            h.append("<tr><td>").append(i.number()).append("</td><td>").append(escape(DATE.format(i.dueDate())))
                    .append(" (").append(i.dueDate()).append(")</td><td class=\"num\">")
                    .append(escape(MoneyText.of(i.amount().rounded()))).append("</td></tr>");
        }
        h.append("<tr><td></td><td><strong>Total</strong></td><td class=\"num\"><strong>")
                .append(escape(MoneyText.of(f.terms().sum().rounded()))).append("</strong></td></tr></table>");
        h.append("<p>").append(f.terms().autopay() ? "Each installment is charged automatically on its due date."
                : "Each installment is paid by the client by its due date.")
                .append(" Payments count toward the installments in due-date order.</p>");

        PlanAcceptance a = f.acceptance();
        h.append("<h2>Acceptance</h2><table class=\"facts\">");
        fact(h, "Accepted at", UTC.format(a.acceptedAt()));
        fact(h, "Accepted by", a.acceptedBy().describe());
        fact(h, "IP address", a.ipAddress());
        fact(h, "User agent", a.userAgent());
        fact(h, "Consent", a.consent());
        fact(h, "Terms SHA-256", a.terms().sha256());
        h.append("</table>");
        // The PDF renderer embeds DejaVu Sans only: a monospace font here would not be embedded.
        h.append("<h2>Terms as hashed</h2><pre class=\"terms\" style=\"font-family: 'DejaVu Sans'; font-size: 7.5pt;")
                .append(" white-space: pre-wrap;\">")
                .append(escape(a.terms().canonical())).append("</pre>");
        h.append("<p class=\"footer\">The terms' SHA-256 is taken over the text above, in UTF-8. Anyone can check a copy "
                + "of this agreement at the verification page of the Becflow portal.</p>");
        return h.append("</article>").toString();
    }

    private static void fact(StringBuilder h, String label, String value) {
        h.append("<tr><td class=\"label\">").append(escape(label)).append("</td><td style=\"word-wrap: break-word\">")
                .append(escape(value)).append("</td></tr>");
    }
}
