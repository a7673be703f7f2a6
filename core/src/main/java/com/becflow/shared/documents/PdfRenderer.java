package com.becflow.shared.documents;

/**
 * Turns a complete XHTML document into a PDF. The fonts are embedded, so a document looks the same
 * wherever it is opened; the bytes returned are what gets stored and hashed as evidence.
 */
public interface PdfRenderer {

    byte[] render(String xhtml);
}
