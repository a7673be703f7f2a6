package com.becflow.portal;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

/**
 * A link that fetches a PDF when clicked, through the page's link secret, so it works only while the link does:
 * a dead link answers 404 rather than a file.
 */
final class PdfDownloadLink {

    private PdfDownloadLink() {
    }

    static Anchor of(String id, String text, Supplier<byte[]> pdf, String fileName) {
        DownloadHandler handler = DownloadHandler.fromInputStream(event -> {
            try {
                byte[] bytes = pdf.get();
                return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, "application/pdf", bytes.length);
            } catch (PortalLinkNotFound e) {
                return DownloadResponse.error(404);
            }
        });
        Anchor anchor = new Anchor(handler, AttachmentType.DOWNLOAD, text);
        anchor.setId(id);
        anchor.getStyle().set("font-weight", "500");
        return anchor;
    }
}
