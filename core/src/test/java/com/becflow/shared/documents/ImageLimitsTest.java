package com.becflow.shared.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ImageLimitsTest {

    @Test
    void aDecompressionBombIsJudgedByItsHeaderAndRefusedWithoutDecodingAPixel() {
        byte[] bomb = TestImages.pngBomb(30_000, 30_000);
        assertThat(bomb.length).isLessThan(200 * 1024);

        long before = System.nanoTime();
        assertThat(ImageLimits.dimensions(bomb, "image/png")).contains(new ImageLimits.Dimensions(30_000, 30_000));
        assertThat(ImageLimits.refusal(bomb, "image/png"))
                .isEqualTo("At most 5000 x 5000 pixels (this one is 30000 x 30000)");
        assertThatThrownBy(() -> ImageLimits.reencoded(bomb, "image/png", 512 * 1024))
                .isInstanceOf(ImageLimits.Unreadable.class).hasMessageContaining("At most 5000 x 5000 pixels");
        // Inflating 112 MB of rows would take far longer than reading a header.
        assertThat(System.nanoTime() - before).isLessThan(2_000_000_000L);
    }

    @Test
    void oneSideTooLongIsEnough() {
        assertThat(ImageLimits.refusal(TestImages.pngBomb(5001, 10), "image/png")).startsWith("At most 5000 x 5000");
        assertThat(ImageLimits.refusal(TestImages.pngBomb(10, 5001), "image/png")).startsWith("At most 5000 x 5000");
        assertThat(ImageLimits.refusal(TestImages.pngBomb(5000, 5000), "image/png")).isNull();
    }

    @Test
    void somethingElseThanTheDeclaredKindIsNoImage() {
        byte[] png = TestImages.picture(40, 20, "png");
        byte[] jpeg = TestImages.picture(40, 20, "jpg");
        assertThat(ImageLimits.refusal(png, "image/png")).isNull();
        assertThat(ImageLimits.refusal(jpeg, "image/jpeg")).isNull();
        assertThat(ImageLimits.refusal(png, "image/jpeg")).isEqualTo("A PNG or JPEG image");
        assertThat(ImageLimits.refusal(jpeg, "image/png")).isEqualTo("A PNG or JPEG image");
        assertThat(ImageLimits.refusal(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0}, "image/png"))
                .isEqualTo("A PNG or JPEG image");
        assertThat(ImageLimits.refusal("<svg/>".getBytes(), "image/svg+xml")).isEqualTo("A PNG or JPEG image");
        assertThat(ImageLimits.refusal(new byte[0], "image/png")).isEqualTo("A PNG or JPEG image");
    }

    @Test
    void aLargePictureIsKeptAsAPngOfAtMost1200PixelsOnItsLongSide() throws Exception {
        BufferedImage wide = read(ImageLimits.reencoded(TestImages.picture(4000, 1000, "png"), "image/png", 512 * 1024));
        assertThat(wide.getWidth()).isEqualTo(1200);
        assertThat(wide.getHeight()).isEqualTo(300);

        byte[] fromJpeg = ImageLimits.reencoded(TestImages.picture(1500, 3000, "jpg"), "image/jpeg", 512 * 1024);
        assertThat(ImageLimits.dimensions(fromJpeg, "image/png")).contains(new ImageLimits.Dimensions(600, 1200));
        // The middle is still orange: scaled, not cropped or garbled.
        assertThat(read(fromJpeg).getRGB(300, 600) & 0xffffff).isCloseTo(0xff8800, org.assertj.core.data.Offset.offset(0x030303));
    }

    @Test
    void aSmallPictureKeepsItsSizeAndIsStillWrittenAfresh() throws Exception {
        byte[] jpeg = TestImages.picture(200, 100, "jpg");
        byte[] png = ImageLimits.reencoded(jpeg, "image/jpeg", 512 * 1024);
        assertThat(ImageLimits.dimensions(png, "image/png")).contains(new ImageLimits.Dimensions(200, 100));
    }

    @Test
    void aPictureThatCompressesBadlyIsMadeSmallerUntilItFits() throws Exception {
        byte[] noise = TestImages.noise(1000, 1000);
        assertThat(noise.length).isGreaterThan(512 * 1024);
        byte[] png = ImageLimits.reencoded(noise, "image/png", 512 * 1024);
        assertThat(png.length).isLessThanOrEqualTo(512 * 1024);
        assertThat(ImageLimits.dimensions(png, "image/png").orElseThrow().longSide()).isLessThan(1000);
    }

    private static BufferedImage read(byte[] png) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(png));
    }
}
