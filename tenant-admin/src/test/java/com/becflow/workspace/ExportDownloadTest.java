package com.becflow.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.cockpit.ExportTable;
import com.becflow.workspace.ExportDownload.Format;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ExportDownloadTest {

    private final Supplier<ExportTable> table = () -> new ExportTable("Clients",
            List.of(ExportTable.text("name"), ExportTable.amount("balance"))).row("Ana", new BigDecimal("12.50"));

    @Test
    void theCsvLinkDownloadsTheTableAsUtf8Csv() throws IOException {
        DownloadResponse csv = ExportDownload.response("clients", Format.CSV, table);

        assertThat(csv.getFileName()).isEqualTo("clients.csv");
        assertThat(csv.getContentType()).isEqualTo("text/csv; charset=UTF-8");
        assertThat(new String(csv.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .isEqualTo("name,balance\r\nAna,12.50\r\n");
    }

    @Test
    void theExcelLinkDownloadsTheSameTableAsAWorkbook() throws IOException {
        DownloadResponse xlsx = ExportDownload.response("clients", Format.XLSX, table);

        assertThat(xlsx.getFileName()).isEqualTo("clients.xlsx");
        assertThat(xlsx.getContentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        byte[] bytes = xlsx.getInputStream().readAllBytes();
        assertThat(bytes).hasSize((int) xlsx.getContentLength()).startsWith('P', 'K');
    }

    @Test
    void aFailingExportAnswersAnErrorNotAHalfFile() {
        DownloadResponse failed = ExportDownload.response("clients", Format.XLSX, () -> {
            throw new IllegalStateException("database gone");
        });

        assertThat(failed.hasError()).isTrue();
        assertThat(failed.getError()).isEqualTo(500);
    }
}
