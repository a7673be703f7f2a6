package com.becflow.portal;

import static com.becflow.portal.PortalDays.DAY;

import com.becflow.invoicing.Payment;
import com.becflow.invoicing.app.InvoicePortal;
import com.becflow.invoicing.app.InvoicePortalView;
import com.becflow.portal.PortalLayout.Tone;
import com.becflow.shared.money.MoneyText;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.util.function.Supplier;

/** What an invoice's page shows of what happened to it: paid in full, the payments with their receipts, or closed. */
final class InvoiceRecordPanels {

    private InvoiceRecordPanels() {
    }

    static Component paidBanner(InvoicePortalView view) {
        H2 title = new H2("Paid. Thank you!");
        title.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("margin", "0").set("color", "inherit");
        Div banner = PortalLayout.notice(Tone.SUCCESS, title);
        banner.setId("paid-banner");
        banner.add(new Paragraph(view.freelancerName() + " has received " + MoneyText.of(view.ledger().netPaid().rounded())
                + " for this invoice. Your receipt is below and in your email."));
        return banner;
    }

    static Component payments(InvoicePortalView view, InvoicePortal portal, String token) {
        H2 title = new H2("Your payments");
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin-top", "0");
        Div panel = PortalLayout.card(title);
        panel.setId("payments");
        int n = 0;
        for (Payment p : view.payments()) {
            Anchor receipt = download("download-receipt-" + n, "Receipt (PDF)", () -> portal.receipt(token, p.id()).pdf(),
                    "receipt-" + view.invoice().number().orElse("") + "-" + (n + 1) + ".pdf");
            FlexLayout row = new FlexLayout(new Span(DAY.format(p.receivedOn()) + " · " + p.method().label() + " · "
                    + MoneyText.of(p.amount().rounded())), receipt);
            row.getStyle().set("gap", "var(--lumo-space-l)");
            panel.add(row);
            n++;
        }
        panel.add(download("download-invoice-pdf", "Download the invoice (PDF)", () -> portal.pdf(token).pdf(),
                view.invoice().number().orElse("invoice") + ".pdf"));
        return panel;
    }

    static Component closedNotice(InvoicePortalView view, InvoicePortal portal, String token) {
        String text = switch (view.status()) {
            case VOID -> view.freelancerName() + " cancelled this invoice; there is nothing to pay.";
            case UNCOLLECTIBLE -> "This invoice is closed. Contact " + view.freelancerName() + " if you have questions.";
            default -> "There is nothing to pay on this invoice.";
        };
        Paragraph message = new Paragraph(text);
        message.getStyle().set("margin", "0").set("font-weight", "500");
        Div notice = PortalLayout.notice(Tone.NEUTRAL, message, download("download-invoice-pdf",
                "Download the invoice (PDF)", () -> portal.pdf(token).pdf(), view.invoice().number().orElse("invoice") + ".pdf"));
        notice.setId("invoice-closed");
        return notice;
    }

    private static Anchor download(String id, String text, Supplier<byte[]> pdf, String fileName) {
        return PdfDownloadLink.of(id, text, pdf, fileName);
    }
}
