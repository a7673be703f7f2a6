/**
 * Documents as PDF: {@link com.becflow.integrations.documents.OpenHtmlPdfRenderer} turns the XHTML that
 * Becflow generates into a PDF with DejaVu Sans embedded, so a contract or an invoice looks the same on every
 * reader and the stored bytes are the evidence. The fonts and their licence sit in {@code fonts/} beside the
 * class on the class path.
 */
package com.becflow.integrations.documents;
