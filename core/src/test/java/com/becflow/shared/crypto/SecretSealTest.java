package com.becflow.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SecretSealTest {

    private static final byte[] ROW = "row-1".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SECRET = "link https://x/portal/contract/s3cr3t".getBytes(StandardCharsets.UTF_8);

    private final SecretSeal seal = SecretSeal.fromBase64(SecretSeal.newKey());

    @Test
    void sealedBytesOpenToWhatWasSealedAndShowNoneOfIt() {
        byte[] sealed = seal.seal(SECRET, ROW);

        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("s3cr3t", "portal");
        assertThat(seal.open(sealed, ROW)).isEqualTo(SECRET);
    }

    @Test
    void sealingTheSameBytesTwiceGivesDifferentValues() {
        assertThat(seal.seal(SECRET, ROW)).isNotEqualTo(seal.seal(SECRET, ROW));
    }

    @Test
    void anyAlteredByteIsDetected() {
        byte[] sealed = seal.seal(SECRET, ROW);
        for (int i = 0; i < sealed.length; i++) {
            byte[] altered = sealed.clone();
            altered[i] ^= 0x01;
            int at = i;
            assertThatThrownBy(() -> seal.open(altered, ROW)).as("byte %d altered", at).isInstanceOf(SealBroken.class);
        }
    }

    @Test
    void aValueCutShortIsRefused() {
        byte[] sealed = seal.seal(SECRET, ROW);
        assertThatThrownBy(() -> seal.open(java.util.Arrays.copyOf(sealed, sealed.length - 1), ROW)).isInstanceOf(SealBroken.class);
        assertThatThrownBy(() -> seal.open(new byte[5], ROW)).isInstanceOf(SealBroken.class);
    }

    @Test
    void aValueMovedToAnotherContextDoesNotOpen() {
        byte[] sealed = seal.seal(SECRET, ROW);

        assertThatThrownBy(() -> seal.open(sealed, "row-2".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(SealBroken.class).hasMessageContaining("another context");
    }

    @Test
    void anotherKeyIsRefusedAndNamed() {
        byte[] sealed = seal.seal(SECRET, ROW);
        SecretSeal other = SecretSeal.fromBase64(SecretSeal.newKey());

        assertThatThrownBy(() -> other.open(sealed, ROW)).isInstanceOf(SealBroken.class)
                .hasMessageContaining("sealed under key " + seal.keyId()).hasMessageContaining(other.keyId());
    }

    @Test
    void theSameKeyGivenAgainOpensWhatItSealed() {
        String key = SecretSeal.newKey();
        byte[] sealed = SecretSeal.fromBase64(key).seal(SECRET, ROW);

        assertThat(SecretSeal.fromBase64(key).open(sealed, ROW)).isEqualTo(SECRET);
        String urlSafe = Base64.getUrlEncoder().withoutPadding().encodeToString(Base64.getDecoder().decode(key));
        assertThat(SecretSeal.fromBase64(urlSafe).open(sealed, ROW)).isEqualTo(SECRET);
    }

    @Test
    void keysOfTheWrongLengthOrNotBase64AreRefused() {
        assertThatThrownBy(() -> SecretSeal.fromBase64(Base64.getEncoder().encodeToString(new byte[16])))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> SecretSeal.fromBase64("not base64 at all!"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not base64");
    }
}
