package com.becflow.invoicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.becflow.shared.documents.ImageLimits;
import com.becflow.shared.documents.TestImages;
import org.junit.jupiter.api.Test;

class InvoiceBrandingTest {

    private static InvoiceBranding colour(String colour) {
        return new InvoiceBranding(null, null, null, colour, null, null, null, null);
    }

    @Test
    void aColourLeftEmptyMeansTheDefaultAndIsNoError() {
        assertThat(colour("").problems()).isEmpty();
        assertThat(colour("  ").problems()).isEmpty();
        assertThat(colour(null).problems()).isEmpty();
        assertThat(colour("").colourOrDefault()).isEqualTo(InvoiceBranding.DEFAULT_COLOUR);
    }

    @Test
    void aColourMustBeSixHexDigits() {
        assertThat(colour("#12ab3F").problems()).isEmpty();
        assertThat(colour(" #12ab3f ").colourOrDefault()).isEqualTo("#12ab3f");
        assertThat(colour("#12345").problems()).containsKey("colour");
        assertThat(colour("red").problems()).containsKey("colour");
    }

    @Test
    void aLogoMustBeAPngOrJpegOfItsDeclaredKindAndSmallEnough() {
        byte[] png = TestImages.picture(40, 40, "png");
        assertThat(new InvoiceBranding(null, null, null, null, png, "image/png", null, null).problems()).isEmpty();
        assertThat(new InvoiceBranding(null, null, null, null, png, "image/jpeg", null, null).problems()).containsKey("logo");
        assertThat(new InvoiceBranding(null, null, null, null, new byte[InvoiceBranding.MAX_LOGO_BYTES + 1], "image/png",
                null, null).problems()).containsEntry("logo", "At most 512 KB");
        byte[] onlyTheMagicNumber = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0};
        assertThat(new InvoiceBranding(null, null, null, null, onlyTheMagicNumber, "image/png", null, null).problems())
                .containsEntry("logo", "A PNG or JPEG image");
    }

    @Test
    void aDecompressionBombIsRefusedOnTheLogoFieldBeforeAnythingDecodesIt() {
        byte[] bomb = TestImages.pngBomb(30_000, 30_000);
        assertThat(bomb.length).isLessThan(InvoiceBranding.MAX_LOGO_BYTES);
        InvoiceBranding branding = new InvoiceBranding(null, null, null, null, bomb, "image/png", null, null);
        assertThat(branding.problems()).containsEntry("logo", "At most 5000 x 5000 pixels (this one is 30000 x 30000)");
        assertThatThrownBy(branding::withLogoReencoded).isInstanceOf(InvalidInvoice.class);
    }

    @Test
    void anAcceptedLogoIsKeptAsAPngOfAtMost1200PixelsOnItsLongSide() {
        InvoiceBranding branding = new InvoiceBranding(null, null, null, null, TestImages.picture(3000, 1500, "jpg"),
                "image/jpeg", null, null);
        assertThat(branding.problems()).isEmpty();
        InvoiceBranding kept = branding.withLogoReencoded();
        assertThat(kept.logoType()).isEqualTo("image/png");
        assertThat(ImageLimits.dimensions(kept.logo(), "image/png")).contains(new ImageLimits.Dimensions(1200, 600));
        assertThat(kept.problems()).isEmpty();
    }
}
