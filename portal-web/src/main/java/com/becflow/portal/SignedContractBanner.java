package com.becflow.portal;

import com.becflow.contracts.Contract;
import com.becflow.contracts.ContractFileKind;
import com.becflow.contracts.ContractStatus;
import com.becflow.contracts.app.ContractPortal;
import com.becflow.contracts.app.ContractPortalView;
import com.becflow.portal.PortalLayout.Tone;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.RouterLink;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** What a client sees once they signed: when, what happens next, and the signed PDF and audit certificate to keep. */
final class SignedContractBanner {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private SignedContractBanner() {
    }

    static Component of(ContractPortalView view, String token, ContractPortal portal) {
        Contract contract = view.contract();
        H2 title = new H2(view.status() == ContractStatus.COUNTERSIGNED ? "Signed by both parties" : "Signed");
        title.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("margin", "0").set("color", "inherit");
        Div banner = PortalLayout.notice(Tone.SUCCESS, title);
        banner.setId("signed-banner");
        if (contract.signedAt() != null) {
            banner.add(new Paragraph("You signed this contract on " + MOMENT.format(contract.signedAt()) + "."));
        }
        if (view.status() == ContractStatus.SIGNED && contract.countersignRequired()) {
            banner.add(new Paragraph(view.freelancerName() + " countersigns next; the copy here then carries both "
                    + "signatures."));
        }
        if (view.signedPdfReady()) {
            Anchor pdf = download(token, portal, "download-signed-pdf", "Download the signed contract (PDF)",
                    ContractFileKind.SIGNED_CONTRACT, fileName(contract, "signed"));
            Anchor certificate = download(token, portal, "download-certificate", "Download the audit certificate (PDF)",
                    ContractFileKind.AUDIT_CERTIFICATE, fileName(contract, "audit-certificate"));
            FlexLayout downloads = new FlexLayout(pdf, certificate);
            downloads.setFlexWrap(FlexLayout.FlexWrap.WRAP);
            downloads.getStyle().set("gap", "var(--lumo-space-s) var(--lumo-space-l)");
            banner.add(downloads);
        } else {
            banner.add(new Paragraph("Your signed copy is being prepared; reload this page in a minute to download it."));
        }
        RouterLink verify = new RouterLink("the verification page", VerifyDocumentView.class);
        verify.setId("verify-link");
        Paragraph check = new Paragraph("Keep both files. Anyone can check that a copy was issued by Becflow and has not "
                + "been changed on ");
        check.add(PortalLayout.inTextLink(verify));
        check.add(".");
        check.getStyle().set("color", "var(--lumo-body-text-color)").set("font-size", "var(--lumo-font-size-s)")
                .set("margin-bottom", "0");
        banner.add(check);
        return banner;
    }

    private static Anchor download(String token, ContractPortal portal, String id, String text, ContractFileKind kind,
                                   String fileName) {
        return PdfDownloadLink.of(id, text, () -> portal.file(token, kind).pdf(), fileName);
    }

    private static String fileName(Contract contract, String suffix) {
        String slug = contract.title() == null ? "" : contract.title().toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-+$", "");
        }
        return (slug.isEmpty() ? "contract" : slug) + "-" + suffix + ".pdf";
    }
}
