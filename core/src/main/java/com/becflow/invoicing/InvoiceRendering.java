package com.becflow.invoicing;

import static com.becflow.shared.documents.Xhtml.escape;
import static com.becflow.shared.documents.Xhtml.escapeLines;

import com.becflow.shared.documents.ImageLimits;
import com.becflow.shared.documents.Xhtml;
import com.becflow.shared.money.Money;
import com.becflow.shared.money.MoneyText;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Invoices, credit notes and receipts as people read them: one XHTML fragment for the workspace preview, the
 * portal and the PDF, so the client pays what the freelancer previewed. The invoice's fragment is fixed at
 * issue ({@link InvoiceDocument}) with the branding of that day.
 *
 * <p>Every amount is written from {@link Money} rounded to its currency's minor unit (JPY 0 decimals, EUR 2,
 * BHD 3), except unit prices, which keep the decimals they were entered with so that quantity × unit price
 * can be checked against the line. Every text a person typed is escaped; the fragment is well-formed XML.
 * Hooks for tests and the portal: {@code #invoice-number}, {@code #invoice-due}, {@code #invoice-total}, the
 * line rows {@code tr.line}; on a receipt {@code #receipt-reference}, {@code #receipt-amount} and
 * {@code #receipt-balance}.
 */
public final class InvoiceRendering {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    /** Styles of the fragments, shared by the web pages and the PDF; the brand colour is set on the elements. */
    public static final String CSS = """
            .becflow-invoice { font-family: 'DejaVu Sans', Helvetica, Arial, sans-serif; color: #1d2430; line-height: 1.45; font-size: 9.5pt; max-width: 54em; }
            .becflow-invoice table { border-collapse: collapse; }
            .becflow-invoice h1 { font-size: 20pt; line-height: 1.2; margin: 0 0 0.15em 0; }
            .becflow-invoice h2 { font-size: 10.5pt; margin: 1.6em 0 0.4em 0; }
            .becflow-invoice p { margin: 0 0 0.5em 0; }
            .becflow-invoice .label { text-transform: uppercase; font-size: 7.5pt; letter-spacing: 0.05em; color: #5b6472; }
            .becflow-invoice .muted { color: #5b6472; }
            .becflow-invoice table.head { width: 100%; margin: 0 0 1.8em 0; }
            .becflow-invoice table.head td { vertical-align: top; padding: 0; }
            .becflow-invoice td.issuer { width: 55%; padding-right: 1.5em; }
            .becflow-invoice td.heading { width: 45%; text-align: right; }
            .becflow-invoice img.logo { height: 15mm; margin: 0 0 0.6em 0; }
            .becflow-invoice .business-name { font-size: 12.5pt; font-weight: bold; margin: 0 0 0.2em 0; }
            .becflow-invoice .number { font-size: 11pt; font-weight: bold; margin: 0 0 0.8em 0; }
            .becflow-invoice .draft { color: #b42318; border: 2px solid #b42318; padding: 0.05em 0.5em; font-size: 13pt; font-weight: bold; letter-spacing: 0.08em; }
            .becflow-invoice .draft-note { color: #b42318; font-size: 8pt; margin: 0.6em 0 0.8em 0; }
            .becflow-invoice table.dates { margin: 0 0 0 auto; }
            .becflow-invoice table.dates td { padding: 0.1em 0 0.1em 1.2em; text-align: right; vertical-align: top; white-space: nowrap; }
            .becflow-invoice .credits { margin: 0.8em 0 0 0; font-weight: bold; }
            .becflow-invoice .parties { margin: 0 0 1.4em 0; }
            .becflow-invoice table.lines { width: 100%; margin: 0 0 0.4em 0; -fs-table-paginate: paginate; }
            .becflow-invoice table.lines tr { page-break-inside: avoid; }
            .becflow-invoice table.lines th { font-size: 7.5pt; text-transform: uppercase; letter-spacing: 0.04em; color: #5b6472; font-weight: bold; text-align: left; padding: 0.4em 0.5em; border-bottom: 2px solid #1f6feb; }
            .becflow-invoice table.lines td { padding: 0.5em; border-bottom: 1px solid #e3e6ea; vertical-align: top; }
            .becflow-invoice table.lines th.description { width: 48%; }
            .becflow-invoice table.lines td.description { word-wrap: break-word; }
            .becflow-invoice .num { text-align: right; white-space: nowrap; }
            .becflow-invoice table.lines th.num { text-align: right; }
            .becflow-invoice table.totals { width: 50%; margin: 0 0 0 auto; }
            .becflow-invoice table.totals td { padding: 0.3em 0.5em; }
            .becflow-invoice table.totals tr.total td { font-size: 11.5pt; font-weight: bold; border-top: 2px solid #1f6feb; padding-top: 0.5em; }
            .becflow-invoice .credit-sentence { margin: 0.8em 0 0 0; text-align: right; }
            .becflow-invoice .notes, .becflow-invoice .payment { page-break-inside: avoid; }
            .becflow-invoice .footer { margin: 2.4em 0 0 0; padding: 0.6em 0 0 0; border-top: 1px solid #e3e6ea; font-size: 8pt; color: #5b6472; }
            .becflow-invoice table.facts { width: 100%; margin: 0 0 0.5em 0; }
            .becflow-invoice table.facts td { padding: 0.45em 0.5em 0.45em 0; border-bottom: 1px solid #e3e6ea; vertical-align: top; }
            .becflow-invoice table.facts td.label { width: 38%; }
            .becflow-invoice table.facts tr.received td { font-size: 13pt; font-weight: bold; }
            .becflow-invoice table.facts tr.received td.label { font-size: 7.5pt; font-weight: normal; padding-top: 1.1em; }
            .becflow-invoice table.facts tr.total td { font-weight: bold; border-bottom: none; border-top: 2px solid #1f6feb; }
            """;

    private InvoiceRendering() {
    }

    /**
     * The invoice, deposit invoice or credit note as one {@code <article>} element.
     *
     * @param creditedNumber the number of the invoice a credit note credits; ignored for other kinds
     */
    public static String document(Invoice invoice, InvoiceParties parties, InvoiceBranding branding, String creditedNumber) {
        Objects.requireNonNull(invoice, "invoice");
        Objects.requireNonNull(parties, "parties");
        Objects.requireNonNull(branding, "branding");
        boolean creditNote = invoice.kind() == InvoiceKind.CREDIT_NOTE;
        if (creditNote && !present(creditedNumber)) {
            throw new IllegalArgumentException("A credit note names the invoice it credits");
        }
        String colour = colour(branding);
        Currency currency = invoice.currency();
        StringBuilder h = new StringBuilder(8192);
        h.append("<article class=\"becflow-invoice\">");

        h.append("<table class=\"head\"><tr>");
        issuer(h, parties, branding);
        heading(h, invoice, colour, creditedNumber);
        h.append("</tr></table>");

        h.append("<div class=\"parties\"><div class=\"label\">").append(creditNote ? "Credit to" : "Bill to").append("</div>");
        client(h, parties);
        h.append("</div>");

        InvoiceLineTable.lines(h, invoice.lines(), currency, colour);
        InvoiceLineTable.totals(h, invoice, colour);
        if (creditNote) {
            h.append("<p class=\"credit-sentence\">This credit note takes ").append(escape(MoneyText.of(invoice.total().rounded())))
                    .append(" off what is owed on invoice ").append(escape(creditedNumber)).append(".</p>");
        }

        if (present(invoice.notes())) {
            h.append("<div class=\"notes\"><h2 style=\"color: ").append(colour).append("\">Notes</h2><p>")
                    .append(escapeLines(invoice.notes())).append("</p></div>");
        }
        if (!creditNote) {
            bankTransfer(h, invoice, branding, colour);
        }
        footer(h, branding);
        return h.append("</article>").toString();
    }

    /**
     * The receipt for one payment on an issued invoice.
     *
     * @param after the invoice's ledger once this payment counted, for what is still owed
     * @param zone  the tenant's, in which the receipt is dated by when the payment was recorded
     */
    public static String receipt(Invoice invoice, Payment payment, InvoiceLedger after, InvoiceParties parties,
                                 InvoiceBranding branding, ZoneId zone) {
        Objects.requireNonNull(invoice, "invoice");
        Objects.requireNonNull(payment, "payment");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(parties, "parties");
        Objects.requireNonNull(branding, "branding");
        Objects.requireNonNull(zone, "zone");
        if (payment.kind() != PaymentKind.PAYMENT) {
            throw new IllegalArgumentException("A receipt is for money received, not for a " + payment.kind());
        }
        if (!payment.invoiceId().equals(invoice.id())) {
            throw new IllegalArgumentException("The payment belongs to another invoice");
        }
        String number = invoice.number()
                .orElseThrow(() -> new IllegalArgumentException("A draft has no payments to give a receipt for"));
        String colour = colour(branding);
        String reference = receiptReference(payment.id());
        StringBuilder h = new StringBuilder(4096);
        h.append("<article class=\"becflow-invoice receipt\">");

        h.append("<table class=\"head\"><tr>");
        issuer(h, parties, branding);
        h.append("<td class=\"heading\"><h1 style=\"color: ").append(colour).append("\">Receipt</h1>")
                .append("<div class=\"number\" id=\"receipt-reference\">").append(reference).append("</div>")
                .append("<table class=\"dates\">");
        dateRow(h, "Receipt date", escape(DATE.format(LocalDate.ofInstant(payment.recordedAt(), zone))), null);
        h.append("</table></td></tr></table>");

        h.append("<div class=\"parties\"><div class=\"label\">Received from</div>");
        client(h, parties);
        h.append("</div>");

        h.append("<table class=\"facts\">");
        h.append("<tr class=\"received\"><td class=\"label\">Amount received</td><td id=\"receipt-amount\">")
                .append(escape(MoneyText.of(payment.amount().rounded()))).append("</td></tr>");
        fact(h, "Date received", escape(DATE.format(payment.receivedOn())));
        fact(h, "Payment method", escape(payment.method().label()));
        if (present(payment.reference())) {
            fact(h, "Payment reference", escape(payment.reference()));
        }
        h.append("<tr><td class=\"label\">For ").append(escape(invoice.kind().label().toLowerCase(Locale.ROOT)))
                .append("</td><td><span id=\"invoice-number\">").append(escape(number))
                .append("</span> <span class=\"muted\">(total <span id=\"invoice-total\">")
                .append(escape(MoneyText.of(invoice.total().rounded()))).append("</span>)</span></td></tr>");
        if (after.lateFees().isPositive()) {
            h.append("<tr><td class=\"label\">Late fees under the signed contract</td><td id=\"receipt-late-fees\">")
                    .append(escape(MoneyText.of(after.lateFees().rounded()))).append("</td></tr>");
        }
        if (after.earlyPaymentDiscount().isPositive()) {
            h.append("<tr><td class=\"label\">Early-payment discount applied</td><td id=\"receipt-discount\">")
                    .append(escape(MoneyText.of(after.earlyPaymentDiscount().rounded()))).append("</td></tr>");
        }
        h.append("<tr class=\"total\"><td class=\"label\" style=\"border-top-color: ").append(colour)
                .append("\">Still owed</td><td id=\"receipt-balance\" style=\"border-top-color: ").append(colour).append("\">")
                .append(escape(stillOwed(after.balance().rounded()))).append("</td></tr>");
        h.append("</table>");
        h.append("<p class=\"muted\">Thank you for your payment.</p>");
        footer(h, branding);
        return h.append("</article>").toString();
    }

    /**
     * Styles for screens only. Narrower than an A4 column (a phone): the issuer above the heading instead of beside
     * it, and the tables across the whole width with less padding, so that no word is broken letter by letter. A
     * container query, so it follows the room the document has on the page, not the screen's width. Words break
     * only where they would not fit (a page around it may let them break anywhere, which squeezes table columns to a
     * letter), except in a line's description, which must not widen the table.
     */
    static final String SCREEN_CSS = """
            .becflow-invoice-page { container-type: inline-size; overflow-wrap: break-word; }
            .becflow-invoice table.lines td.description { overflow-wrap: anywhere; }
            @container (max-width: 36em) {
              .becflow-invoice td.issuer, .becflow-invoice td.heading { display: block; width: auto; padding-right: 0; }
              .becflow-invoice td.heading { text-align: left; margin: 1em 0 0 0; }
              .becflow-invoice table.dates { margin: 0; }
              .becflow-invoice table.dates td { padding: 0.1em 1.2em 0.1em 0; text-align: left; }
              .becflow-invoice table.lines th { letter-spacing: 0; }
              .becflow-invoice table.lines th, .becflow-invoice table.lines td { padding-left: 0.25em; padding-right: 0.25em; }
              .becflow-invoice table.lines th.description { width: auto; }
              .becflow-invoice table.lines th.num { white-space: normal; }
              .becflow-invoice table.totals { width: 100%; }
            }
            """;

    /** The fragment with its styles, as one element a web page can show as it is (preview and portal). */
    public static String forWebPage(String fragment) {
        return "<div class=\"becflow-invoice-page\"><style>" + CSS + SCREEN_CSS + "</style>" + fragment + "</div>";
    }

    /**
     * A whole XHTML document around a fragment, for the PDF renderer: A4, DejaVu Sans, and
     * "{title} · page X of Y" at the foot of every page.
     */
    public static String pdfPage(String fragment, String title) {
        return "<!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\"><head><meta charset=\"UTF-8\"/><title>"
                + escape(title) + "</title><style>"
                + "@page { size: A4; margin: 16mm 16mm 20mm 16mm; @bottom-center { content: \"" + Xhtml.cssString(title)
                + " · page \" counter(page) \" of \" counter(pages); font-family: 'DejaVu Sans'; font-size: 7.5pt; color: #5b6472; } }"
                + "body { font-family: 'DejaVu Sans'; margin: 0; }"
                + CSS
                + ".becflow-invoice { max-width: none; }"
                + "</style></head><body>" + fragment + "</body></html>";
    }

    /** What a receipt is known by: "R-" and the first eight hex digits of the payment's id. */
    static String receiptReference(PaymentId payment) {
        return "R-" + payment.value().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    private static void heading(StringBuilder h, Invoice invoice, String colour, String creditedNumber) {
        boolean creditNote = invoice.kind() == InvoiceKind.CREDIT_NOTE;
        h.append("<td class=\"heading\"><h1 style=\"color: ").append(colour).append("\">")
                .append(escape(invoice.kind().label())).append("</h1>");
        if (invoice.number().isPresent()) {
            h.append("<div class=\"number\" id=\"invoice-number\">").append(escape(invoice.number().get())).append("</div>");
        } else {
            h.append("<div class=\"number\"><span class=\"draft\" id=\"invoice-number\">Draft</span></div>")
                    .append("<p class=\"draft-note\">Not issued yet; numbered and dated on issue.</p>");
        }
        h.append("<table class=\"dates\">");
        if (invoice.issueDate() != null) {
            dateRow(h, "Issue date", escape(DATE.format(invoice.issueDate())), null);
        }
        if (!creditNote) {
            dateRow(h, "Due", escape(due(invoice)), "invoice-due");
        }
        if (present(invoice.reference())) {
            dateRow(h, "Reference", escape(invoice.reference()), null);
        }
        h.append("</table>");
        if (creditNote) {
            h.append("<p class=\"credits\">Credits invoice ").append(escape(creditedNumber)).append("</p>");
        }
        h.append("</td>");
    }

    private static void bankTransfer(StringBuilder h, Invoice invoice, InvoiceBranding branding, String colour) {
        if (!present(branding.bankInstructions())) {
            return;
        }
        h.append("<div class=\"payment\"><h2 style=\"color: ").append(colour).append("\">Paying by bank transfer</h2><p>")
                .append(escapeLines(branding.bankInstructions())).append("</p>");
        if (invoice.number().isPresent()) {
            h.append("<p class=\"muted\">Please quote ").append(escape(invoice.number().get())).append(" with your transfer.</p>");
        }
        h.append("</div>");
    }

    /**
     * The logo as it may go into a document: a logo saved since logos are re-encoded is embedded as it is; one kept
     * from before that is judged by its header and embedded only when within {@link ImageLimits#STORED_SIDE}
     * pixels (larger ones re-encoded here, beyond {@link ImageLimits#MAX_SIDE} or unreadable left out), so no
     * renderer ever decodes a large picture.
     */
    static String logoDataUri(InvoiceBranding branding) {
        byte[] logo = branding.logo();
        String type = branding.logoType();
        if (logo == null || logo.length == 0 || !("image/png".equals(type) || "image/jpeg".equals(type))
                || ImageLimits.refusal(logo, type) != null) {
            return null;
        }
        if (ImageLimits.dimensions(logo, type).orElseThrow().longSide() > ImageLimits.STORED_SIDE) {
            try {
                logo = ImageLimits.reencoded(logo, type, Integer.MAX_VALUE);
                type = "image/png";
            } catch (ImageLimits.Unreadable e) {
                return null;
            }
        }
        return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(logo);
    }

    static void issuer(StringBuilder h, InvoiceParties parties, InvoiceBranding branding) {
        String name = branding.businessNameOr(parties.freelancerName());
        h.append("<td class=\"issuer\">");
        String logo = logoDataUri(branding);
        if (logo != null) {
            h.append("<img class=\"logo\" alt=\"").append(escape(name)).append("\" src=\"").append(logo).append("\"/>");
        }
        h.append("<div class=\"business-name\">").append(escape(name)).append("</div>");
        if (present(branding.businessAddress())) {
            h.append("<div>").append(escapeLines(branding.businessAddress())).append("</div>");
        }
        if (present(branding.taxId())) {
            h.append("<div>Tax ID ").append(escape(branding.taxId())).append("</div>");
        }
        if (present(parties.freelancerEmail())) {
            h.append("<div>").append(escape(parties.freelancerEmail())).append("</div>");
        }
        h.append("</td>");
    }

    static void client(StringBuilder h, InvoiceParties parties) {
        h.append("<div><strong>").append(escape(parties.clientName())).append("</strong></div>");
        if (present(parties.clientCompany())) {
            h.append("<div>").append(escape(parties.clientCompany())).append("</div>");
        }
        if (present(parties.clientAddress())) {
            h.append("<div>").append(escape(parties.clientAddress())).append("</div>");
        }
        if (present(parties.clientEmail())) {
            h.append("<div>").append(escape(parties.clientEmail())).append("</div>");
        }
        if (present(parties.clientTaxId())) {
            h.append("<div>Tax ID ").append(escape(parties.clientTaxId())).append("</div>");
        }
    }

    static void dateRow(StringBuilder h, String label, String escapedValue, String id) {
        h.append("<tr><td class=\"muted\">").append(escape(label)).append("</td><td")
                .append(id == null ? "" : " id=\"" + id + "\"").append(">").append(escapedValue).append("</td></tr>");
    }

    static void fact(StringBuilder h, String label, String escapedValue) {
        h.append("<tr><td class=\"label\">").append(escape(label)).append("</td><td>").append(escapedValue).append("</td></tr>");
    }

    static void footer(StringBuilder h, InvoiceBranding branding) {
        if (present(branding.footer())) {
            h.append("<div class=\"footer\">").append(escapeLines(branding.footer())).append("</div>");
        }
    }

    private static String due(Invoice invoice) {
        if (invoice.netDays() == 0) {
            return "Due on receipt";
        }
        if (invoice.dueDate() != null) {
            return DATE.format(invoice.dueDate());
        }
        return invoice.netDays() + (invoice.netDays() == 1 ? " day" : " days") + " after the issue date";
    }

    private static String stillOwed(Money balance) {
        if (balance.isPositive()) {
            return MoneyText.of(balance);
        }
        if (balance.isNegative()) {
            return "Paid in full (" + MoneyText.of(new Money(balance.amount().negate(), balance.currency())) + " paid over the total)";
        }
        return "Paid in full";
    }

    static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    /** A stored colour is checked when saved; this keeps anything else out of the style attributes all the same. */
    static String colour(InvoiceBranding branding) {
        String colour = branding.colourOrDefault();
        return COLOUR.matcher(colour).matches() ? colour : InvoiceBranding.DEFAULT_COLOUR;
    }
}
