package com.becflow.shared.documents;

/** Text made safe for XHTML: documents are parsed as XML by the PDF renderer and shown as HTML in browsers. */
public final class Xhtml {

    private Xhtml() {
    }

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // XML 1.0 has no place for most control characters, U+FFFE/U+FFFF or lone surrogates;
                    // drop them rather than break the document.
                    if (c == '\n' || c == '\t' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                            || c >= 0x10000) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    /** Escaped, with each line break of the text kept as a {@code <br/>}. */
    public static String escapeLines(String text) {
        return escape(text == null ? null : text.strip()).replace("\r\n", "\n").replace('\r', '\n').replace("\n", "<br/>");
    }

    /**
     * Text inside a quoted CSS string within a {@code <style>} element: everything but plain letters, digits and
     * harmless punctuation becomes a CSS escape, so neither the string, the rule nor the XML around it can be
     * closed from inside.
     */
    public static String cssString(String text) {
        StringBuilder out = new StringBuilder();
        (text == null ? "" : text).codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || c == ' ' || "-_.,:;/#()+·".indexOf(c) >= 0) {
                out.appendCodePoint(c);
            } else {
                out.append('\\').append(Integer.toHexString(c)).append(' ');
            }
        });
        return out.toString();
    }
}
