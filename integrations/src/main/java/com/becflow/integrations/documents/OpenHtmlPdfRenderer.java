package com.becflow.integrations.documents;

import com.becflow.shared.documents.ImageLimits;
import com.becflow.shared.documents.PdfRenderer;
import com.openhtmltopdf.extend.FSSupplier;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.resource.FSEntityResolver;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.ErrorListener;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerConfigurationException;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMResult;
import javax.xml.transform.sax.SAXSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Renders XHTML to PDF with openhtmltopdf (PDFBox underneath), embedding subsets of DejaVu Sans.
 *
 * <p>Documents name the font in their CSS as {@code font-family: 'DejaVu Sans'}, on the body and on any
 * {@code @page} margin box that holds text (margin boxes do not inherit from the body). Regular, bold and
 * oblique (also used for italic) are available; anything set in another family falls back to PDF's standard
 * fonts, which are not embedded and lack most non-Latin-1 letters.
 *
 * <p>The input must be well-formed XML, or {@link #render} throws {@link IllegalArgumentException}. Nothing is
 * fetched while parsing: no DTD, no external entity. HTML named entities such as {@code &nbsp;} are refused,
 * so documents use the characters themselves or numeric references ({@code &#160;}); the one exception is
 * openhtmltopdf's own {@code <!DOCTYPE html PUBLIC "-//OPENHTMLTOPDF//DOC XHTML Character Entities Only
 * 1.0//EN" "">}, whose entity file ships inside its jar.
 */
@ApplicationScoped
public class OpenHtmlPdfRenderer implements PdfRenderer {

    static final String FONT_FAMILY = "DejaVu Sans";
    static final String PRODUCER = "Becflow";
    private static final Pattern DATA_IMAGE = Pattern.compile("\\s*data:(image/[a-zA-Z+.-]+);base64,(.*)", Pattern.DOTALL);

    static {
        XRLog.setLoggerImpl(new WarningsToJul());
    }

    @Override
    public byte[] render(String xhtml) {
        Objects.requireNonNull(xhtml, "xhtml");
        Document document = parse(xhtml);
        boundImages(document);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withProducer(PRODUCER);
        builder.useFont(font("DejaVuSans.ttf"), FONT_FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(font("DejaVuSans-Bold.ttf"), FONT_FAMILY, 700, FontStyle.NORMAL, true);
        builder.useFont(font("DejaVuSans-Oblique.ttf"), FONT_FAMILY, 400, FontStyle.OBLIQUE, true);
        builder.useFont(font("DejaVuSans-Oblique.ttf"), FONT_FAMILY, 400, FontStyle.ITALIC, true);
        builder.withW3cDocument(document, null);
        builder.toStream(pdf);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the PDF", e);
        }
        return pdf.toByteArray();
    }

    /**
     * No picture reaches the renderer larger than {@link ImageLimits#STORED_SIDE} pixels a side: documents frozen
     * before logos were re-encoded on saving may embed any picture, and openhtmltopdf decodes each one whole. A
     * picture is judged by its header; one over {@link ImageLimits#MAX_SIDE} or unreadable is left out, a large
     * one re-encoded at a reduced size.
     */
    static void boundImages(Document document) {
        NodeList images = document.getElementsByTagNameNS("*", "img");
        List<Element> all = new ArrayList<>();
        for (int i = 0; i < images.getLength(); i++) {
            all.add((Element) images.item(i));
        }
        for (Element img : all) {
            Matcher data = DATA_IMAGE.matcher(img.getAttribute("src"));
            if (!data.matches()) {
                continue;
            }
            String type = data.group(1).toLowerCase(Locale.ROOT);
            byte[] bytes;
            try {
                bytes = Base64.getMimeDecoder().decode(data.group(2));
            } catch (IllegalArgumentException e) {
                bytes = null;
            }
            String refusal = bytes == null ? "not base64" : ImageLimits.refusal(bytes, type);
            if (refusal == null && ImageLimits.dimensions(bytes, type).orElseThrow().longSide() > ImageLimits.STORED_SIDE) {
                try {
                    img.setAttribute("src", "data:image/png;base64,"
                            + Base64.getEncoder().encodeToString(ImageLimits.reencoded(bytes, type, Integer.MAX_VALUE)));
                    continue;
                } catch (ImageLimits.Unreadable e) {
                    refusal = e.getMessage();
                }
            }
            if (refusal != null) {
                Logger.getLogger(OpenHtmlPdfRenderer.class.getName()).warning(
                        "Left a picture out of a PDF: " + refusal);
                img.getParentNode().removeChild(img);
            }
        }
    }

    /**
     * openhtmltopdf would parse the string itself, but reports a malformed document as a generic
     * {@code XRRuntimeException} after logging a warning, and silently drops an entity it cannot resolve
     * ({@code &nbsp;} under an XHTML DOCTYPE whose DTD it does not fetch). Parsing here instead gives callers
     * a plain {@link IllegalArgumentException} that says where the document is broken, for both.
     */
    private static Document parse(String xhtml) {
        try {
            XMLReader reader = parserFactory().newSAXParser().getXMLReader();
            reader.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            reader.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            XMLReader filter = new RefuseSkippedEntities(reader);
            // Returns openhtmltopdf's own entity files for its special DOCTYPEs, an empty DTD for any other.
            filter.setEntityResolver(FSEntityResolver.instance());
            filter.setErrorHandler(new FailOnError());
            DOMResult dom = new DOMResult();
            identity().transform(new SAXSource(filter, new InputSource(new StringReader(xhtml))), dom);
            return (Document) dom.getNode();
        } catch (TransformerException e) {
            Throwable cause = e.getException() != null ? e.getException() : e.getCause();
            if (cause instanceof SAXParseException p) {
                throw new IllegalArgumentException("The XHTML is not well-formed (line " + p.getLineNumber()
                        + ", column " + p.getColumnNumber() + "): " + p.getMessage(), p);
            }
            throw new IllegalArgumentException("The XHTML is not well-formed: " + e.getMessage(), e);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("The XML parser cannot be configured safely", e);
        }
    }

    private static SAXParserFactory parserFactory() throws ParserConfigurationException, SAXException {
        // The JDK's own parser, whatever the application server puts on the class path.
        SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setXIncludeAware(false);
        return factory;
    }

    private static Transformer identity() throws TransformerConfigurationException {
        TransformerFactory factory = TransformerFactory.newDefaultInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
        Transformer transformer = factory.newTransformer();
        transformer.setErrorListener(new FailOnError());
        return transformer;
    }

    private static FSSupplier<InputStream> font(String file) {
        String resource = "fonts/" + file;
        return () -> {
            InputStream in = OpenHtmlPdfRenderer.class.getResourceAsStream(resource);
            if (in == null) {
                throw new IllegalStateException("Font " + resource + " is missing from the class path");
            }
            return in;
        };
    }

    /** Without these the JDK parser and transformer also print every error to standard error. */
    private static final class FailOnError implements ErrorHandler, ErrorListener {

        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void warning(TransformerException e) {
        }

        @Override
        public void error(TransformerException e) throws TransformerException {
            throw e;
        }

        @Override
        public void fatalError(TransformerException e) throws TransformerException {
            throw e;
        }
    }

    /**
     * A non-validating parser skips an entity it has no declaration for when the document has an external
     * DTD (which is not fetched); the text would lose a character without a word.
     */
    private static final class RefuseSkippedEntities extends XMLFilterImpl {

        private Locator locator;

        RefuseSkippedEntities(XMLReader parent) {
            super(parent);
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
            super.setDocumentLocator(locator);
        }

        @Override
        public void skippedEntity(String name) throws SAXException {
            throw new SAXParseException("The entity \"" + name + "\" is not declared; write the character itself"
                    + " or a numeric reference such as &#160;", locator);
        }
    }

    /**
     * openhtmltopdf logs several INFO lines per document through its own console handler; this passes only
     * warnings and errors on, to the ordinary java.util.logging loggers (the server log under Payara).
     */
    private static final class WarningsToJul implements XRLogger {

        @Override
        public void log(String where, Level level, String msg) {
            if (enabled(level)) {
                Logger.getLogger(where).log(level, msg);
            }
        }

        @Override
        public void log(String where, Level level, String msg, Throwable th) {
            if (enabled(level)) {
                Logger.getLogger(where).log(level, msg, th);
            }
        }

        @Override
        public void setLevel(String logger, Level level) {
        }

        @Override
        public boolean isLogLevelEnabled(Diagnostic diagnostic) {
            return enabled(diagnostic.getLevel());
        }

        private static boolean enabled(Level level) {
            return level.intValue() >= Level.WARNING.intValue();
        }
    }
}
