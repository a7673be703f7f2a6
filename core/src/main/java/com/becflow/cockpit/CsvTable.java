package com.becflow.cockpit;

import java.math.BigDecimal;
import java.util.List;

/**
 * A CSV file as a spreadsheet reads it (RFC 4180: comma-separated, CRLF line ends, fields quoted where they hold a
 * comma, quote or line break). Numbers and dates are written as they are, never localised; text that a spreadsheet
 * would run as a formula (starting with {@code = + - @}, a tab or a carriage return) is written with a leading
 * apostrophe, so a client's name can never become a formula on the accountant's machine.
 */
public final class CsvTable {

    private final StringBuilder text = new StringBuilder();

    public CsvTable(List<String> header) {
        row(header.toArray());
    }

    /** The table's header and rows as CSV text. */
    public static String of(ExportTable table) {
        CsvTable csv = new CsvTable(table.header());
        for (List<Object> row : table.rows()) {
            csv.row(row.toArray());
        }
        return csv.toString();
    }

    /** One row: {@link BigDecimal}s as plain decimals, null as empty, everything else as its text. */
    public CsvTable row(Object... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(cell(cells[i]));
        }
        text.append("\r\n");
        return this;
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        String cell = value.toString();
        if (!value.getClass().getName().startsWith("java.time.") && !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            cell = "'" + cell;
        }
        if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0) {
            cell = '"' + cell.replace("\"", "\"\"") + '"';
        }
        return cell;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
