package com.becflow.cockpit;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * An accountant's file before it is a file: a title, typed columns and rows whose cells match their column's type
 * (or are null: an empty cell). The same table is written as CSV ({@link CsvTable}) or as a workbook, so both files
 * always hold the same rows; a cell of the wrong type is refused when it is added, not when a writer meets it.
 */
public final class ExportTable {

    /** What a column holds, and so how a writer shows it. */
    public enum CellType {
        /** Words and codes, never run as a formula. */
        TEXT(String.class),
        /** Money rounded to its currency, beside a currency column. */
        AMOUNT(BigDecimal.class),
        /** A calendar day. */
        DAY(LocalDate.class),
        /** A moment, shown in UTC. */
        MOMENT(Instant.class),
        FLAG(Boolean.class);

        private final Class<?> javaType;

        CellType(Class<?> javaType) {
            this.javaType = javaType;
        }

        boolean holds(Object value) {
            return value == null || javaType.isInstance(value);
        }
    }

    public record Column(String name, CellType type) {

        public Column {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
        }
    }

    private final String title;
    private final List<Column> columns;
    private final List<List<Object>> rows = new ArrayList<>();

    /** {@code title} names the sheet of a workbook ("Invoices"). */
    public ExportTable(String title, List<Column> columns) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("A table needs a column");
        }
        this.title = Objects.requireNonNull(title, "title");
        this.columns = List.copyOf(columns);
    }

    public static Column text(String name) {
        return new Column(name, CellType.TEXT);
    }

    public static Column amount(String name) {
        return new Column(name, CellType.AMOUNT);
    }

    public static Column day(String name) {
        return new Column(name, CellType.DAY);
    }

    public static Column moment(String name) {
        return new Column(name, CellType.MOMENT);
    }

    public static Column flag(String name) {
        return new Column(name, CellType.FLAG);
    }

    /** One row, a cell per column in their order. */
    public ExportTable row(Object... cells) {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException(cells.length + " cells for " + columns.size() + " columns");
        }
        for (int i = 0; i < cells.length; i++) {
            Column column = columns.get(i);
            if (!column.type().holds(cells[i])) {
                throw new IllegalArgumentException(column.name() + " holds " + column.type() + ", not "
                        + cells[i].getClass().getSimpleName());
            }
        }
        rows.add(Collections.unmodifiableList(Arrays.asList(cells.clone())));
        return this;
    }

    public String title() {
        return title;
    }

    public List<Column> columns() {
        return columns;
    }

    public List<String> header() {
        return columns.stream().map(Column::name).toList();
    }

    /** The rows as added; a null cell is an empty one. */
    public List<List<Object>> rows() {
        return Collections.unmodifiableList(rows);
    }
}
