package com.becflow.workspace;

import com.becflow.cockpit.CsvTable;
import com.becflow.cockpit.ExportTable;
import com.becflow.integrations.documents.XlsxTable;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A link that downloads an export as a CSV file or an Excel workbook, made when it is followed, so it carries the
 * filters set at that moment; both formats are written from the same table.
 */
public final class ExportDownload {

    /** A file format of the exports, with how it is written from a table. */
    public enum Format {
        CSV("csv", "text/csv; charset=UTF-8", table -> CsvTable.of(table).getBytes(StandardCharsets.UTF_8)),
        XLSX("xlsx", XlsxTable.MEDIA_TYPE, XlsxTable::of);

        private final String extension;
        private final String contentType;
        private final Function<ExportTable, byte[]> writer;

        Format(String extension, String contentType, Function<ExportTable, byte[]> writer) {
            this.extension = extension;
            this.contentType = contentType;
            this.writer = writer;
        }
    }

    private static final Logger LOG = Logger.getLogger(ExportDownload.class.getName());

    private ExportDownload() {
    }

    /** A link to {@code fileStem.csv} or {@code fileStem.xlsx}, the table made when the link is followed. */
    public static Anchor link(String id, String text, String fileStem, Format format, Supplier<ExportTable> table) {
        DownloadHandler download = DownloadHandler.fromInputStream(event -> response(fileStem, format, table));
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

    static DownloadResponse response(String fileStem, Format format, Supplier<ExportTable> table) {
        String fileName = fileStem + "." + format.extension;
        try {
            byte[] bytes = format.writer.apply(table.get());
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, format.contentType, bytes.length);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Export " + fileName + " failed", e);
            return DownloadResponse.error(500);
        }
    }
}
