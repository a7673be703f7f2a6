package com.becflow.portal;

import com.becflow.portal.PortalLayout.Tone;
import com.becflow.shared.documents.DocumentFingerprint;
import com.becflow.shared.documents.DocumentVerification;
import com.becflow.shared.documents.Sha256;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;
import jakarta.inject.Inject;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * Anyone's check of a PDF they were given: was it issued by Becflow, byte for byte as it is now? The file is
 * only hashed, never stored, and the answer names the document but not whose it is.
 */
@Route(value = "verify", layout = PortalLayout.class)
@PageTitle("Verify a document | Becflow")
public class VerifyDocumentView extends VerticalLayout {

    // Under the server's cap on every request body (RequestHardeningFilter, 10 MiB); Becflow's PDFs are far smaller.
    static final int MAX_BYTES = 8 * 1024 * 1024;
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm:ss 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private final DocumentVerification verification;
    private final Upload upload;
    private final Div result = new Div();

    @Inject
    public VerifyDocumentView(DocumentVerification verification) {
        this.verification = verification;
        setPadding(false);
        setDefaultHorizontalComponentAlignment(Alignment.STRETCH);
        // The limit is enforced on the server too, not only by the browser's file picker.
        InMemoryUploadHandler handler = new InMemoryUploadHandler((metadata, bytes) -> show(metadata.fileName(), bytes)) {
            @Override
            public long getFileSizeMax() {
                return MAX_BYTES;
            }

            @Override
            public long getRequestSizeMax() {
                return MAX_BYTES + 64 * 1024;
            }
        };
        upload = new Upload(handler);
        upload.setId("verify-upload");
        upload.setAcceptedFileTypes("application/pdf", ".pdf");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.addFileRejectedListener(e -> showVerdict(Tone.NEUTRAL,
                new Paragraph("Choose a PDF file of at most " + MAX_BYTES / (1024 * 1024) + " MB. (" + e.getErrorMessage() + ")")));
        H1 heading = new H1("Verify a document");
        heading.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("margin", "var(--lumo-space-s) 0 0 0");
        Paragraph purpose = new Paragraph("Check that a PDF was issued by Becflow and has not been changed.");
        purpose.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");
        Paragraph how = new Paragraph("Choose a signed contract or an audit certificate you received. Its SHA-256 "
                + "fingerprint is compared with those of the documents Becflow issued; the file itself is not kept.");
        how.getStyle().set("color", "var(--lumo-secondary-text-color)");
        result.setWidthFull();
        add(heading, purpose, PortalLayout.card(how, upload), result);
    }

    private void show(String fileName, byte[] bytes) {
        Optional<DocumentFingerprint> issued = verification.verify(bytes);
        Paragraph verdict = new Paragraph(issued
                .map(f -> "Authentic: " + f.description() + ", issued " + UTC.format(f.issuedAt()))
                .orElse("Not a document issued by Becflow, or it was changed after it was issued"));
        verdict.getStyle().set("font-weight", "600").set("margin-top", "0");
        Paragraph file = new Paragraph("File: " + fileName);
        file.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-s)");
        Code sha256 = new Code(Sha256.hex(bytes));
        sha256.setId("verify-sha256");
        // In the verdict's own colour and tint: Lumo's code chip in red on red is too faint to read.
        sha256.getStyle().set("word-break", "break-all").set("color", "inherit").set("background", "none");
        Paragraph fingerprint = new Paragraph("SHA-256: ");
        fingerprint.add(sha256);
        fingerprint.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-s)");
        showVerdict(issued.isPresent() ? Tone.SUCCESS : Tone.ERROR, verdict, file, fingerprint);
        upload.clearFileList();
    }

    private void showVerdict(Tone tone, com.vaadin.flow.component.Component... lines) {
        result.removeAll();
        Div verdict = PortalLayout.notice(tone, lines);
        verdict.setId("verify-result");
        result.add(verdict);
    }
}
