package com.becflow.shared.documents;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * How large a picture in a document may be, and the one way such a picture is decoded.
 *
 * <p>A PNG or JPEG says in its header how many pixels it holds, and a small file can claim a great many (a
 * 100 KB PNG of 30,000 x 30,000 pixels decodes to gigabytes). So a picture is judged by its header alone, read
 * without decoding a pixel ({@link #dimensions}), and refused over {@value #MAX_SIDE} pixels on either side
 * ({@link #refusal}). One that passes is decoded once, at a reduced resolution when it is large (every n-th pixel
 * of every n-th row, so at most about twice {@value #STORED_SIDE} pixels on its long side are ever held), scaled to at
 * most {@value #STORED_SIDE} pixels on its long side and stored as PNG ({@link #reencoded}): what a document
 * renderer later decodes is never larger than that.
 */
public final class ImageLimits {

    /** The most pixels either side of a picture may claim before anything decodes it. */
    public static final int MAX_SIDE = 5000;
    /** The long side of a picture as kept and rendered. */
    public static final int STORED_SIDE = 1200;
    private static final int SMALLEST_SIDE = 32;

    public record Dimensions(int width, int height) {
        public int longSide() {
            return Math.max(width, height);
        }

        @Override
        public String toString() {
            return width + " x " + height;
        }
    }

    /** Thrown when a picture within the limits still cannot be decoded (a truncated file, an unusual colour model). */
    public static final class Unreadable extends Exception {
        Unreadable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private ImageLimits() {
    }

    /**
     * The size a PNG or JPEG claims in its header, or empty when the bytes are no image of the kind ImageIO reads
     * for that type. Nothing is decoded.
     */
    public static Optional<Dimensions> dimensions(byte[] bytes, String type) {
        if (bytes == null || bytes.length == 0) {
            return Optional.empty();
        }
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            ImageReader reader = reader(type, in);
            if (reader == null) {
                return Optional.empty();
            }
            try {
                reader.setInput(in, true, true);
                return Optional.of(new Dimensions(reader.getWidth(0), reader.getHeight(0)));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Why a picture is refused, or null when it may be decoded: its header must be readable and within the limit. */
    public static String refusal(byte[] bytes, String type) {
        Optional<Dimensions> size = dimensions(bytes, type);
        if (size.isEmpty()) {
            return "A PNG or JPEG image";
        }
        Dimensions d = size.get();
        if (d.width() <= 0 || d.height() <= 0 || d.longSide() > MAX_SIDE) {
            return "At most " + MAX_SIDE + " x " + MAX_SIDE + " pixels (this one is " + d + ")";
        }
        return null;
    }

    /**
     * The picture as a PNG of at most {@value #STORED_SIDE} pixels on its long side and at most {@code maxBytes}
     * bytes (made smaller still until it fits). Refuses what {@link #refusal} refuses.
     *
     * @throws Unreadable when the picture is refused or cannot be decoded
     */
    public static byte[] reencoded(byte[] bytes, String type, int maxBytes) throws Unreadable {
        String refusal = refusal(bytes, type);
        if (refusal != null) {
            throw new Unreadable(refusal, null);
        }
        BufferedImage decoded = decode(bytes, type);
        int side = Math.min(STORED_SIDE, Math.max(decoded.getWidth(), decoded.getHeight()));
        while (true) {
            byte[] png = png(scaled(decoded, side));
            if (png.length <= maxBytes || side <= SMALLEST_SIDE) {
                if (png.length > maxBytes) {
                    throw new Unreadable("This image does not fit in " + maxBytes / 1024 + " KB even when made small", null);
                }
                return png;
            }
            side = side * 3 / 4;
        }
    }

    /** Decodes at a resolution reduced by whole steps so that no more than about 2 x STORED_SIDE is held. */
    private static BufferedImage decode(byte[] bytes, String type) throws Unreadable {
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            ImageReader reader = reader(type, in);
            if (reader == null) {
                throw new Unreadable("A PNG or JPEG image", null);
            }
            try {
                reader.setInput(in, true, true);
                int longSide = Math.max(reader.getWidth(0), reader.getHeight(0));
                int step = Math.max(1, (longSide + 2 * STORED_SIDE - 1) / (2 * STORED_SIDE));
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(step, step, 0, 0);
                BufferedImage image = reader.read(0, param);
                if (image == null) {
                    throw new Unreadable("This image could not be read; save it as PNG or JPEG and try again", null);
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new Unreadable("This image could not be read; save it as PNG or JPEG and try again", e);
        }
    }

    private static BufferedImage scaled(BufferedImage image, int longSide) {
        int w = image.getWidth();
        int h = image.getHeight();
        double factor = Math.min(1.0, (double) longSide / Math.max(w, h));
        int width = Math.max(1, (int) Math.round(w * factor));
        int height = Math.max(1, (int) Math.round(h * factor));
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static byte[] png(BufferedImage image) throws Unreadable {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", out)) {
                throw new Unreadable("No PNG writer", null);
            }
        } catch (IOException e) {
            throw new Unreadable("The image could not be written as PNG", e);
        }
        return out.toByteArray();
    }

    /** The reader for the declared type that also recognises the bytes: a JPEG called PNG is no PNG. */
    private static ImageReader reader(String type, ImageInputStream in) {
        if (in == null || type == null) {
            return null;
        }
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        while (readers.hasNext()) {
            ImageReader reader = readers.next();
            String[] mimeTypes = reader.getOriginatingProvider().getMIMETypes();
            if (mimeTypes != null) {
                for (String mime : mimeTypes) {
                    if (mime.equalsIgnoreCase(type)) {
                        return reader;
                    }
                }
            }
            reader.dispose();
        }
        return null;
    }
}
