package com.becflow.shared.crypto;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals bytes for keeping at rest: AES-256-GCM under one server key, so what is stored can be neither read nor
 * changed unnoticed without that key. A sealed value is {@code format (1 byte) | key id (4) | nonce (12) |
 * ciphertext and tag}. The key id (the first bytes of the key's SHA-256) tells "sealed under another key" apart
 * from "altered". The caller's context (e.g. the id of the row the value is kept in) is bound in as associated
 * data, so a sealed value copied to another row no longer opens. A fresh random nonce per value: at 2^32 values
 * per key the chance of a repeat stays far below NIST's bound. Thread-safe.
 */
public final class SecretSeal {

    public static final int KEY_BYTES = 32;
    private static final byte FORMAT = 1;
    private static final int KEY_ID_BYTES = 4;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int HEADER_BYTES = 1 + KEY_ID_BYTES + NONCE_BYTES;

    private final SecretKeySpec key;
    private final byte[] keyId;
    private final SecureRandom random = new SecureRandom();

    public SecretSeal(byte[] key) {
        Objects.requireNonNull(key, "key");
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("A sealing key has " + KEY_BYTES + " bytes, not " + key.length);
        }
        this.key = new SecretKeySpec(key.clone(), "AES");
        this.keyId = Arrays.copyOf(sha256(key), KEY_ID_BYTES);
    }

    /** A key given as base64 of 32 bytes (standard or URL-safe alphabet, padding optional). */
    public static SecretSeal fromBase64(String key) {
        Objects.requireNonNull(key, "key");
        String text = key.strip();
        byte[] bytes;
        try {
            bytes = text.contains("-") || text.contains("_") ? Base64.getUrlDecoder().decode(text)
                    : Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("A sealing key is base64 of " + KEY_BYTES + " bytes; this is not base64", e);
        }
        return new SecretSeal(bytes);
    }

    /** A fresh random key, base64 as {@link #fromBase64} reads it. */
    public static String newKey() {
        byte[] bytes = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** Which key this is, safe to log or store: the first four bytes of its SHA-256, in hex. */
    public String keyId() {
        return HexFormat.of().formatHex(keyId);
    }

    public byte[] seal(byte[] plain, byte[] context) {
        Objects.requireNonNull(plain, "plain");
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        ByteBuffer out = ByteBuffer.allocate(HEADER_BYTES + plain.length + TAG_BITS / 8);
        out.put(FORMAT).put(keyId).put(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(out.array(), context));
            out.put(cipher.doFinal(plain));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JVM", e);
        }
        return out.array();
    }

    /**
     * The bytes sealed under this key for this context.
     *
     * @throws SealBroken when the value was altered, sealed for another context, or sealed under another key
     */
    public byte[] open(byte[] sealed, byte[] context) {
        Objects.requireNonNull(sealed, "sealed");
        if (sealed.length < HEADER_BYTES + TAG_BITS / 8 || sealed[0] != FORMAT) {
            throw new SealBroken("not a sealed value of format " + FORMAT);
        }
        byte[] sealedKeyId = Arrays.copyOfRange(sealed, 1, 1 + KEY_ID_BYTES);
        if (!MessageDigest.isEqual(sealedKeyId, keyId)) {
            throw new SealBroken("sealed under key " + HexFormat.of().formatHex(sealedKeyId) + ", not under this server's key "
                    + keyId());
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 1 + KEY_ID_BYTES, NONCE_BYTES));
            cipher.updateAAD(associatedData(sealed, context));
            return cipher.doFinal(sealed, HEADER_BYTES, sealed.length - HEADER_BYTES);
        } catch (AEADBadTagException e) {
            throw new SealBroken("altered, or sealed for another context");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JVM", e);
        }
    }

    /** The header (format and key id) and the caller's context, so neither can be swapped unnoticed. */
    private static byte[] associatedData(byte[] header, byte[] context) {
        byte[] ctx = context == null ? new byte[0] : context;
        return ByteBuffer.allocate(1 + KEY_ID_BYTES + ctx.length).put(header, 0, 1 + KEY_ID_BYTES).put(ctx).array();
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "SecretSeal[key " + keyId() + "]";
    }
}
