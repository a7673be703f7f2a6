package com.becflow.integrations.documents;

import com.becflow.cockpit.ExportTable;
import com.becflow.cockpit.ExportTable.CellType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * An {@link ExportTable} as an Excel workbook of one sheet named after the table: a bold, frozen header row with
 * filters, amounts as numbers shown {@code #,##0.00}, days as dates shown {@code yyyy-mm-dd}, moments as UTC
 * date-times, flags as booleans, and text always as a string cell: a workbook written here holds no formula, so a
 * client's name can never run on the accountant's machine.
 */
public final class XlsxTable {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static final String AMOUNT_FORMAT = "#,##0.00";
    static final String DAY_FORMAT = "yyyy-mm-dd";
    /** In UTC; fastexcel writes a format code into its XML unescaped, so the code may hold no quote to say so. */
    static final String MOMENT_FORMAT = "yyyy-mm-dd hh:mm:ss";

    private static final int MIN_WIDTH = 8;
    private static final int MAX_WIDTH = 60;

    private XlsxTable() {
    }

    public static byte[] of(ExportTable table) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            // fastexcel wants the writing application's version as "XX.YYYY"; the workbook's own version, not ours.
            Workbook workbook = new Workbook(bytes, "Becflow", "1.0");
            Worksheet sheet = workbook.newWorksheet(table.title());
            List<ExportTable.Column> columns = table.columns();
            int[] widths = new int[columns.size()];
            for (int c = 0; c < columns.size(); c++) {
                sheet.value(0, c, columns.get(c).name());
                widths[c] = columns.get(c).name().length() + 1;
            }
            sheet.range(0, 0, 0, columns.size() - 1).style().bold().set();
            sheet.freezePane(0, 1);
            sheet.setAutoFilter(0, 0, columns.size() - 1);
            int r = 1;
            for (List<Object> row : table.rows()) {
                for (int c = 0; c < columns.size(); c++) {
                    Object cell = row.get(c);
                    if (cell != null) {
                        widths[c] = Math.max(widths[c], write(sheet, r, c, columns.get(c).type(), cell));
                    }
                }
                r++;
            }
            for (int c = 0; c < columns.size(); c++) {
                sheet.width(c, Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths[c] + 2)));
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Writes one cell as its column's type and answers how many characters wide it shows. */
    private static int write(Worksheet sheet, int r, int c, CellType type, Object cell) {
        return switch (type) {
            case AMOUNT -> {
                BigDecimal amount = (BigDecimal) cell;
                sheet.value(r, c, amount);
                sheet.style(r, c).format(AMOUNT_FORMAT).set();
                yield shown(amount).length();
            }
            case DAY -> {
                sheet.value(r, c, (LocalDate) cell);
                sheet.style(r, c).format(DAY_FORMAT).set();
                yield DAY_FORMAT.length();
            }
            case MOMENT -> {
                sheet.value(r, c, LocalDateTime.ofInstant((Instant) cell, ZoneOffset.UTC));
                sheet.style(r, c).format(MOMENT_FORMAT).set();
                yield MOMENT_FORMAT.length();
            }
            case FLAG -> {
                sheet.value(r, c, (Boolean) cell);
                yield 5;
            }
            case TEXT -> {
                String text = (String) cell;
                sheet.value(r, c, text);
                yield text.length();
            }
        };
    }

    private static String shown(BigDecimal amount) {
        return new DecimalFormat(AMOUNT_FORMAT, DecimalFormatSymbols.getInstance(Locale.ROOT)).format(amount);
    }
}
