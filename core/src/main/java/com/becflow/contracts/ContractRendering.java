package com.becflow.contracts;

import static com.becflow.shared.documents.Xhtml.escape;

import com.becflow.shared.documents.Xhtml;
import com.becflow.shared.money.Money;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The contract as people read it: one XHTML fragment used for the workspace preview, the portal and the PDF,
 * so the client signs exactly what the freelancer previewed. Also the signed PDF's and the audit
 * certificate's pages around it.
 */
public final class ContractRendering {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    /** Styles of the fragment, shared by the portal page and the PDF. */
    public static final String CSS = """
            .becflow-contract { font-family: 'DejaVu Sans', Helvetica, Arial, sans-serif; color: #1d2430; line-height: 1.5; font-size: 10.5pt; max-width: 46em; }
            .becflow-contract h1 { font-size: 18pt; margin: 0 0 0.2em 0; }
            .becflow-contract h2 { font-size: 12.5pt; margin: 1.2em 0 0.4em 0; }
            .becflow-contract .meta { color: #5b6472; margin: 0 0 1em 0; }
            .becflow-contract table.parties { width: 100%; border-collapse: collapse; margin: 0.5em 0 1em 0; }
            .becflow-contract table.parties td { vertical-align: top; width: 50%; padding: 0.4em 0.6em 0.4em 0; }
            .becflow-contract .label { text-transform: uppercase; font-size: 8pt; letter-spacing: 0.05em; color: #5b6472; }
            .becflow-contract ol.clauses li { margin-bottom: 0.5em; }
            .becflow-contract .summary td { padding: 0.15em 1em 0.15em 0; }
            """;

    private ContractRendering() {
    }

    /** The values of the merge fields for a contract between these parties, sent (or previewed) on that date. */
    public static Map<MergeField, String> mergeValues(ContractContent content, Parties parties, LocalDate contractDate) {
        Map<MergeField, String> values = new EnumMap<>(MergeField.class);
        values.put(MergeField.CLIENT_NAME, parties.clientName());
        values.put(MergeField.CLIENT_COMPANY, parties.clientCompany() == null ? parties.clientName() : parties.clientCompany());
        values.put(MergeField.CLIENT_EMAIL, parties.clientEmail());
        values.put(MergeField.CLIENT_ADDRESS, parties.clientAddress() == null ? "" : parties.clientAddress());
        values.put(MergeField.PROJECT_NAME, content.projectName());
        values.put(MergeField.PROJECT_START, DATE.format(content.startDate()));
        values.put(MergeField.PROJECT_END, content.endDate() == null ? "completion" : DATE.format(content.endDate()));
        values.put(MergeField.PROJECT_FEE, ClauseText.money(content.fee()));
        values.put(MergeField.DEPOSIT_AMOUNT, deposit(content).map(ClauseText::money).orElse("no deposit"));
        values.put(MergeField.FREELANCER_NAME, parties.freelancerName());
        values.put(MergeField.FREELANCER_EMAIL, parties.freelancerEmail());
        values.put(MergeField.CONTRACT_DATE, DATE.format(contractDate));
        return values;
    }

    /** The deposit due on signing, rounded to the currency's minor unit. */
    public static java.util.Optional<Money> deposit(ContractContent content) {
        ContractTerms.Deposit deposit = content.terms().deposit();
        if (deposit == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(deposit.percent() != null ? ClauseText.share(content.fee(), deposit.percent())
                : new Money(deposit.amount(), content.fee().currency()).rounded());
    }

    /** The document itself, as one {@code <article>} element. */
    public static String fragment(ContractContent content, Parties parties, int revision, LocalDate contractDate) {
        StringBuilder h = new StringBuilder(8192);
        h.append("<article class=\"becflow-contract\">");
        h.append("<h1>").append(escape(content.title())).append("</h1>");
        h.append("<p class=\"meta\">").append(escape(content.projectName())).append(" · ")
                .append(escape(DATE.format(contractDate))).append(" · revision ").append(revision).append("</p>");
        h.append("<table class=\"parties\"><tr><td><div class=\"label\">Freelancer</div><strong>")
                .append(escape(parties.freelancerName())).append("</strong><br/>").append(escape(parties.freelancerEmail()))
                .append("</td><td><div class=\"label\">Client</div><strong>").append(escape(parties.clientName()))
                .append("</strong>");
        if (parties.clientCompany() != null) {
            h.append("<br/>").append(escape(parties.clientCompany()));
        }
        h.append("<br/>").append(escape(parties.clientEmail()));
        if (parties.clientAddress() != null && !parties.clientAddress().isBlank()) {
            h.append("<br/>").append(escape(parties.clientAddress()));
        }
        h.append("</td></tr></table>");
        h.append("<table class=\"summary\"><tr><td class=\"label\">Fee</td><td>").append(escape(ClauseText.money(content.fee())))
                .append("</td></tr><tr><td class=\"label\">Start</td><td>").append(escape(DATE.format(content.startDate())))
                .append("</td></tr>");
        if (content.endDate() != null) {
            h.append("<tr><td class=\"label\">End</td><td>").append(escape(DATE.format(content.endDate()))).append("</td></tr>");
        }
        h.append("</table>");
        paragraphs(h, MergeFields.fill(content.body(), mergeValues(content, parties, contractDate)));
        List<ClauseText.Clause> clauses = ClauseText.render(content.terms(), content.fee(), content.fee().currency());
        h.append("<h2>Terms</h2><ol class=\"clauses\">");
        for (ClauseText.Clause clause : clauses) {
            h.append("<li id=\"clause-").append(clause.key()).append("\"><strong>").append(escape(clause.title()))
                    .append(".</strong> ").append(escape(clause.text())).append("</li>");
        }
        h.append("</ol></article>");
        return h.toString();
    }

    private static void paragraphs(StringBuilder h, String text) {
        for (String block : text.strip().split("\\R\\s*\\R")) {
            String trimmed = block.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (trimmed.startsWith("# ")) {
                h.append("<h2>").append(escape(trimmed.substring(2).strip())).append("</h2>");
            } else {
                h.append("<p>").append(escape(trimmed).replaceAll("\\R", "<br/>")).append("</p>");
            }
        }
    }

    /** The fragment with its styles, as one element a web page can show as it is (preview and portal). */
    public static String forWebPage(String fragment) {
        return "<div class=\"becflow-contract-page\"><style>" + CSS + "</style>" + fragment + "</div>";
    }

    /** The signed contract: the document as sent, then a page with every signature and the document's hash. */
    public static String signedPdf(String fragment, String documentSha256, List<ContractSignature> signatures) {
        StringBuilder h = new StringBuilder(page("Signed contract"));
        h.append(fragment);
        h.append("<div class=\"signatures\"><h2>Signatures</h2>");
        for (ContractSignature s : signatures) {
            h.append("<div class=\"signature\"><div class=\"label\">")
                    .append(s.role() == SignerRole.CLIENT ? "Client" : "Freelancer").append("</div>")
                    .append("<div class=\"typed\">").append(escape(s.signerName())).append("</div>")
                    .append("<div>Signed electronically on ").append(UTC.format(s.signedAt()))
                    .append(" by ").append(escape(s.identityMethod())).append(" from ").append(escape(s.ipAddress()))
                    .append("</div></div>");
        }
        h.append("<p class=\"hash\">SHA-256 of the document signed: ").append(documentSha256).append("</p></div>");
        return h.append("</body></html>").toString();
    }

    /** What the audit certificate states, gathered by the service. */
    public record CertificateFacts(ContractId contractId, String title, int revision, Parties parties,
                                   String documentSha256, String signedPdfSha256, List<ContractSignature> signatures,
                                   List<ContractEvent> events, java.time.Instant issuedAt) {
    }

    public static String certificate(CertificateFacts f) {
        StringBuilder h = new StringBuilder(page("Audit certificate"));
        h.append("<article class=\"becflow-contract certificate\"><h1>Audit certificate</h1>");
        h.append("<p class=\"meta\">Issued by Becflow on ").append(UTC.format(f.issuedAt())).append("</p>");
        h.append("<table class=\"facts\">");
        row(h, "Contract", f.title() + " (revision " + f.revision() + ")");
        row(h, "Contract id", f.contractId().toString());
        row(h, "Freelancer", f.parties().freelancerName() + " <" + f.parties().freelancerEmail() + ">");
        row(h, "Client", f.parties().clientName() + " <" + f.parties().clientEmail() + ">");
        row(h, "SHA-256 of the document shown before signing", f.documentSha256());
        row(h, "SHA-256 of the signed PDF", f.signedPdfSha256());
        h.append("</table>");
        for (ContractSignature s : f.signatures()) {
            h.append("<h2>").append(s.role() == SignerRole.CLIENT ? "Client's signature" : "Freelancer's signature").append("</h2>");
            h.append("<table class=\"facts\">");
            row(h, "Typed name", s.signerName());
            row(h, "Identified by", s.identityMethod());
            row(h, "Signed at", UTC.format(s.signedAt()));
            row(h, "IP address", s.ipAddress());
            row(h, "User agent", s.userAgent());
            row(h, "Consent (" + s.consentVersion() + ")", s.consentText());
            row(h, "Document SHA-256", s.documentSha256());
            row(h, "Signed PDF SHA-256", s.signedPdfSha256() == null ? "" : s.signedPdfSha256());
            h.append("</table>");
        }
        h.append("<h2>Event log</h2><table class=\"events\"><tr><th style=\"width: 5%\">#</th><th style=\"width: 17%\">When (UTC)</th>"
                + "<th style=\"width: 15%\">Event</th><th style=\"width: 20%\">By</th><th style=\"width: 43%\">Details and hash</th></tr>");
        for (ContractEvent e : f.events()) {
            h.append("<tr><td>").append(e.seq()).append("</td><td>").append(UTC.format(e.occurredAt())).append("</td><td>")
                    .append(e.type().name().toLowerCase(Locale.ROOT).replace('_', ' ')).append("</td><td>")
                    .append(escape(e.actor())).append("</td><td>").append(escape(e.detail()))
                    .append("<div class=\"hash\">").append(e.hash()).append("</div></td></tr>");
        }
        h.append("</table><p class=\"meta\">Each event's hash covers its contents and the hash before it. Anyone can check "
                + "a copy of the signed PDF or of this certificate at the verification page of the Becflow portal.</p>");
        return h.append("</article></body></html>").toString();
    }

    private static void row(StringBuilder h, String label, String value) {
        h.append("<tr><td class=\"label\">").append(escape(label)).append("</td><td>").append(escape(value)).append("</td></tr>");
    }

    private static String page(String title) {
        return "<!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\"><head><meta charset=\"UTF-8\"/><title>"
                + escape(title) + "</title><style>"
                + "@page { size: A4; margin: 20mm 18mm; @bottom-center { content: \"" + Xhtml.cssString(title) + " · page \" counter(page) \" of \" counter(pages); font-family: 'DejaVu Sans'; font-size: 8pt; color: #5b6472; } }"
                + "body { font-family: 'DejaVu Sans'; }"
                + CSS
                + ".signatures { page-break-inside: avoid; margin-top: 2em; border-top: 1px solid #c9ced6; }"
                + ".signature { margin: 1em 0; } .signature .typed { font-size: 16pt; font-style: italic; }"
                + ".hash { font-size: 7.5pt; color: #5b6472; word-wrap: break-word; }"
                + "table.facts, table.events { width: 100%; border-collapse: collapse; font-size: 8.5pt; }"
                + "table.events { table-layout: fixed; }"
                + "table.facts td, table.events td, table.events th { border-bottom: 1px solid #e3e6ea; padding: 0.3em; vertical-align: top; text-align: left; word-wrap: break-word; }"
                + "table.facts td.label { width: 32%; }"
                + "</style></head><body>";
    }
}
