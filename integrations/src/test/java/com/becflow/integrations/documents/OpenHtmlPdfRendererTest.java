package com.becflow.integrations.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.becflow.shared.documents.TestImages;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class OpenHtmlPdfRendererTest {

    private static final String WORDS = "Zoë Łukasz € 1,500.00 — naïve";

    private static final String TWO_PAGES = """
            <html>
            <head>
            <style>
              @page {
                size: A4;
                margin: 20mm;
                @bottom-center {
                  font-family: 'DejaVu Sans';
                  font-size: 9pt;
                  content: "Page " counter(page) " of " counter(pages);
                }
              }
              body { font-family: 'DejaVu Sans'; font-size: 11pt; }
              h1 { font-size: 18pt; }
              table { width: 100%; border-collapse: collapse; }
              th, td { border: 1px solid #999; padding: 4px 6px; text-align: left; }
              .amount { text-align: right; }
              .next { page-break-before: always; }
            </style>
            </head>
            <body>
              <h1>Invoice for Zoë</h1>
              <p>WORDS</p>
              <p><em>Payable within 30 days.</em></p>
              <table>
                <thead><tr><th>Item</th><th>Amount</th></tr></thead>
                <tbody>
                  <tr><td>Logo design</td><td class="amount">€ 1,200.00</td></tr>
                  <tr><td>Brand guide</td><td class="amount">€ 300.00</td></tr>
                  <tr><th>Total</th><th class="amount">€ 1,500.00</th></tr>
                </tbody>
              </table>
              <div class="next">
                <h1>Terms</h1>
                <p>Signed by Łukasz, who is not naïve about late fees.</p>
              </div>
            </body>
            </html>
            """.replace("WORDS", WORDS);

    private final OpenHtmlPdfRenderer renderer = new OpenHtmlPdfRenderer();

    @Test
    void rendersEveryPageWithTheTextInEmbeddedDejaVuSubsets() throws IOException {
        byte[] pdf = renderer.render(TWO_PAGES);
        PdfPages.toPng(pdf, Path.of("target", "pdf-pages"), "renderer-sample");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(WORDS, "Łukasz, who is not naïve", "Page 1 of 2", "Page 2 of 2");
            assertThat(fonts(document)).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as("%s embedded", font.getName()).isTrue();
                assertThat(font.getName()).matches("[A-Z]{6}\\+DejaVuSans(-Bold|-Oblique)?");
            });
            assertThat(fonts(document)).extracting(PDFont::getName)
                    .anyMatch(name -> name.endsWith("+DejaVuSans"))
                    .anyMatch(name -> name.endsWith("+DejaVuSans-Bold"))
                    .anyMatch(name -> name.endsWith("+DejaVuSans-Oblique"));
            assertThat(document.getDocumentInformation().getProducer()).isEqualTo("Becflow");
        }
    }

    @Test
    void refusesXhtmlThatIsNotWellFormed() {
        assertThatThrownBy(() -> renderer.render("<p>unclosed"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("The XHTML is not well-formed (line 1, column 12)");
        assertThatThrownBy(() -> renderer.render("<html><body><p>unclosed</body></html>"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be terminated by the matching end-tag \"</p>\"");
    }

    @Test
    void refusesEntitiesItCannotResolveInsteadOfDroppingThem() {
        String xhtmlDoctype = """
                <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN"
                  "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
                <html><body><p>a&nbsp;b</p></body></html>""";
        assertThatThrownBy(() -> renderer.render(xhtmlDoctype))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 3")
                .hasMessageContaining("\"nbsp\" is not declared");
        String externalEntity = """
                <!DOCTYPE html [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
                <html><body><p>&secret;</p></body></html>""";
        assertThatThrownBy(() -> renderer.render(externalEntity))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"secret\" is not declared");
    }

    @Test
    void acceptsNamedEntitiesUnderOpenhtmltopdfsOwnDoctype() throws IOException {
        String xhtml = """
                <!DOCTYPE html PUBLIC "-//OPENHTMLTOPDF//DOC XHTML Character Entities Only 1.0//EN" "">
                <html><body style="font-family: 'DejaVu Sans'"><p>Zo&euml;&nbsp;&amp;&nbsp;Łukasz</p></body></html>""";
        try (PDDocument document = Loader.loadPDF(renderer.render(xhtml))) {
            assertThat(new PDFTextStripper().getText(document)).contains("Zoë", "Łukasz");
        }
    }

    @Test
    void aPictureThatClaimsTooManyPixelsIsLeftOutAndALargeOneIsRenderedSmaller() throws IOException {
        String bomb = Base64.getEncoder().encodeToString(TestImages.pngBomb(30_000, 30_000));
        String large = Base64.getEncoder().encodeToString(TestImages.picture(3000, 1000, "png"));
        String page = "<html><body style=\"font-family: 'DejaVu Sans'\"><p>Before</p>"
                + "<img src=\"data:image/png;base64," + bomb + "\"/>"
                + "<img style=\"width: 60mm\" src=\"data:image/png;base64," + large + "\"/><p>After</p></body></html>";

        byte[] pdf = new OpenHtmlPdfRenderer().render(page);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Before", "After");
            List<PDImageXObject> images = new ArrayList<>();
            PDResources resources = document.getPage(0).getResources();
            for (COSName name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject image) {
                    images.add(image);
                }
            }
            assertThat(images).hasSize(1);
            assertThat(images.get(0).getWidth()).isEqualTo(1200);
            assertThat(images.get(0).getHeight()).isEqualTo(400);
        }
    }

    private static List<PDFont> fonts(PDDocument document) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
        }
        return fonts;
    }
}
