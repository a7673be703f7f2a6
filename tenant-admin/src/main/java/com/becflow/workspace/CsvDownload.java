package com.becflow.workspace;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/** A link that downloads a CSV file made when it is followed, so it carries the filters set at that moment. */
public final class CsvDownload {

    private static final Logger LOG = Logger.getLogger(CsvDownload.class.getName());

    private CsvDownload() {
    }

    public static Anchor link(String id, String text, String fileName, Supplier<String> csv) {
        DownloadHandler download = DownloadHandler.fromInputStream(event -> {
            try {
                byte[] bytes = csv.get().getBytes(StandardCharsets.UTF_8);
                return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, "text/csv; charset=UTF-8",
                        bytes.length);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Export " + fileName + " failed", e);
                return DownloadResponse.error(500);
            }
        });
        Anchor link = new Anchor();
        link.setText(text);
        link.setId(id);
        // A download's address belongs to the session: it is made once the link is on a page, not before.
        link.addAttachListener(attached -> {
            if (link.getHref().isEmpty()) {
                link.setHref(download, AttachmentType.DOWNLOAD);
            }
        });
        return link;
    }
}
