package com.becflow.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

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
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0};
        assertThat(new InvoiceBranding(null, null, null, null, png, "image/png", null, null).problems()).isEmpty();
        assertThat(new InvoiceBranding(null, null, null, null, png, "image/jpeg", null, null).problems()).containsKey("logo");
        assertThat(new InvoiceBranding(null, null, null, null, new byte[InvoiceBranding.MAX_LOGO_BYTES + 1], "image/png",
                null, null).problems()).containsEntry("logo", "At most 512 KB");
    }
}
