package com.becflow.integrations.documents;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Writes each page of a PDF as a PNG, so a person can look at what a test produced. Shared through the
 * test-jar with the server's tests.
 */
public final class PdfPages {

    static final float DPI = 110;

    private PdfPages() {
    }

    /** Renders page n (from 1) to {@code dir/baseName-n.png} and returns the files in page order. */
    public static List<Path> toPng(byte[] pdf, Path dir, String baseName) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Files.createDirectories(dir);
            PDFRenderer renderer = new PDFRenderer(document);
            List<Path> pages = new ArrayList<>();
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, DPI, ImageType.RGB);
                Path png = dir.resolve(baseName + "-" + (i + 1) + ".png");
                if (!ImageIO.write(image, "png", png.toFile())) {
                    throw new IllegalStateException("No PNG writer available");
                }
                pages.add(png);
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
