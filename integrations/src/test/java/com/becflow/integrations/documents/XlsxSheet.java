package com.becflow.integrations.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The first sheet of a workbook as a spreadsheet program reads it, straight from the zip's XML (no Excel library):
 * each cell's stored type, its value (shared strings resolved), its number format and whether its font is bold.
 * Shared with the server's API tests through the test jar.
 */
public final class XlsxSheet {

    /** A cell as stored: {@code type} is the XML's {@code t} ("n" when absent: a number, also a date). */
    public record Cell(String ref, String type, String value, String format, boolean bold, boolean formula) {

        public BigDecimal number() {
            if (!type.equals("n")) {
                throw new IllegalStateException(ref + " is not a number but " + type);
            }
            return new BigDecimal(value);
        }

        /** A date cell's day: Excel counts days from 1899-12-30 (its 1900 leap-year bug included in that start). */
        public LocalDate day() {
            return LocalDate.of(1899, 12, 30).plusDays(number().longValueExact());
        }

        /** A date-time cell's moment, to the second: the fraction of its day counts the time. */
        public LocalDateTime moment() {
            BigDecimal serial = number();
            BigDecimal days = serial.setScale(0, RoundingMode.FLOOR);
            long seconds = serial.subtract(days).multiply(BigDecimal.valueOf(86_400)).setScale(0, RoundingMode.HALF_UP)
                    .longValueExact();
            return LocalDate.of(1899, 12, 30).plusDays(days.longValueExact()).atStartOfDay().plusSeconds(seconds);
        }

        public String text() {
            if (!type.equals("s") && !type.equals("inlineStr") && !type.equals("str")) {
                throw new IllegalStateException(ref + " is not text but " + type);
            }
            return value;
        }
    }

    private final Map<String, byte[]> parts;
    private final String name;
    private final int frozenRows;
    private final List<List<Cell>> rows = new ArrayList<>();

    private XlsxSheet(Map<String, byte[]> parts) {
        this.parts = parts;
        this.name = ((Element) xml("xl/workbook.xml").getElementsByTagName("sheet").item(0)).getAttribute("name");
        Document sheet = xml("xl/worksheets/sheet1.xml");
        NodeList panes = sheet.getElementsByTagName("pane");
        Element pane = panes.getLength() == 0 ? null : (Element) panes.item(0);
        this.frozenRows = pane != null && pane.getAttribute("state").equals("frozen")
                ? (int) Double.parseDouble(pane.getAttribute("ySplit")) : 0;
        List<String> strings = sharedStrings();
        Styles styles = new Styles(xml("xl/styles.xml"));
        NodeList rowNodes = sheet.getElementsByTagName("row");
        for (int i = 0; i < rowNodes.getLength(); i++) {
            List<Cell> row = new ArrayList<>();
            NodeList cells = ((Element) rowNodes.item(i)).getElementsByTagName("c");
            for (int j = 0; j < cells.getLength(); j++) {
                Element c = (Element) cells.item(j);
                String type = c.getAttribute("t").isEmpty() ? "n" : c.getAttribute("t");
                String value = switch (type) {
                    case "s" -> strings.get(Integer.parseInt(child(c, "v")));
                    case "inlineStr" -> allText(c.getElementsByTagName("t"));
                    default -> child(c, "v");
                };
                int style = c.getAttribute("s").isEmpty() ? 0 : Integer.parseInt(c.getAttribute("s"));
                int column = column(c.getAttribute("r"));
                while (row.size() < column) {
                    row.add(null);
                }
                row.add(new Cell(c.getAttribute("r"), type, value, styles.format(style), styles.bold(style),
                        c.getElementsByTagName("f").getLength() > 0));
            }
            rows.add(row);
        }
    }

    /**
     * Reads the zip by its central directory (as spreadsheet programs do): the streamed entries' local headers carry
     * no sizes and their data descriptors are Zip64, which {@code ZipInputStream} misreads.
     */
    public static XlsxSheet read(byte[] workbook) {
        Map<String, byte[]> parts = new HashMap<>();
        try {
            Path file = Files.createTempFile("workbook", ".xlsx");
            try {
                Files.write(file, workbook);
                try (ZipFile zip = new ZipFile(file.toFile())) {
                    for (ZipEntry entry : Collections.list(zip.entries())) {
                        try (InputStream in = zip.getInputStream(entry)) {
                            parts.put(entry.getName(), in.readAllBytes());
                        }
                    }
                }
            } finally {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new XlsxSheet(parts);
    }

    public String name() {
        return name;
    }

    public int frozenRows() {
        return frozenRows;
    }

    /** Every row, the header first; a missing cell is null. */
    public List<List<Cell>> rows() {
        return rows;
    }

    /** The rows after the header, each by its header's text. */
    public List<Map<String, Cell>> records() {
        List<String> header = rows.get(0).stream().map(Cell::text).toList();
        List<Map<String, Cell>> records = new ArrayList<>();
        for (List<Cell> row : rows.subList(1, rows.size())) {
            Map<String, Cell> record = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                record.put(header.get(i), i < row.size() ? row.get(i) : null);
            }
            records.add(record);
        }
        return records;
    }

    /** A part of the workbook as text, for checks on the XML itself. */
    public String part(String name) {
        byte[] bytes = parts.get(name);
        if (bytes == null) {
            throw new IllegalArgumentException("No part " + name + " in " + parts.keySet());
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private List<String> sharedStrings() {
        List<String> strings = new ArrayList<>();
        if (parts.containsKey("xl/sharedStrings.xml")) {
            NodeList items = xml("xl/sharedStrings.xml").getElementsByTagName("si");
            for (int i = 0; i < items.getLength(); i++) {
                strings.add(allText(((Element) items.item(i)).getElementsByTagName("t")));
            }
        }
        return strings;
    }

    private Document xml(String part) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            byte[] bytes = parts.get(part);
            if (bytes == null) {
                throw new IllegalArgumentException("No part " + part + " in " + parts.keySet());
            }
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException(part + " is not XML", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String child(Element element, String tag) {
        NodeList found = element.getElementsByTagName(tag);
        return found.getLength() == 0 ? null : found.item(0).getTextContent();
    }

    private static String allText(NodeList texts) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < texts.getLength(); i++) {
            text.append(texts.item(i).getTextContent());
        }
        return text.toString();
    }

    /** "AB12" is column 27 (from 0). */
    private static int column(String ref) {
        int column = 0;
        for (char c : ref.toCharArray()) {
            if (!Character.isLetter(c)) {
                break;
            }
            column = column * 26 + (c - 'A' + 1);
        }
        return column - 1;
    }

    /** The cell formats (cellXfs) by index: their number format's code and whether their font is bold. */
    private static final class Styles {

        /** Excel's built-in number formats that a writer may refer to without declaring them. */
        private static final Map<Integer, String> BUILT_IN = Map.of(0, "General", 1, "0", 2, "0.00", 14, "mm-dd-yy");

        private final List<String> formats = new ArrayList<>();
        private final List<Boolean> bold = new ArrayList<>();

        Styles(Document styles) {
            Map<Integer, String> codes = new HashMap<>(BUILT_IN);
            NodeList numFmts = styles.getElementsByTagName("numFmt");
            for (int i = 0; i < numFmts.getLength(); i++) {
                Element format = (Element) numFmts.item(i);
                codes.put(Integer.parseInt(format.getAttribute("numFmtId")), format.getAttribute("formatCode"));
            }
            List<Boolean> boldFonts = new ArrayList<>();
            NodeList fonts = ((Element) styles.getElementsByTagName("fonts").item(0)).getElementsByTagName("font");
            for (int i = 0; i < fonts.getLength(); i++) {
                boldFonts.add(((Element) fonts.item(i)).getElementsByTagName("b").getLength() > 0);
            }
            NodeList xfs = ((Element) styles.getElementsByTagName("cellXfs").item(0)).getElementsByTagName("xf");
            for (int i = 0; i < xfs.getLength(); i++) {
                Element xf = (Element) xfs.item(i);
                formats.add(codes.get(number(xf.getAttribute("numFmtId"))));
                bold.add(boldFonts.get(number(xf.getAttribute("fontId"))));
            }
        }

        String format(int style) {
            return formats.get(style);
        }

        boolean bold(int style) {
            return bold.get(style);
        }

        private static int number(String attribute) {
            return attribute.isEmpty() ? 0 : Integer.parseInt(attribute);
        }
    }
}
