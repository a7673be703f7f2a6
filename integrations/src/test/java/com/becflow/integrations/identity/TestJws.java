package com.becflow.integrations.identity;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;

/** Builds and takes apart compact JWS tokens the way an attacker or a test would. */
public final class TestJws {

    private TestJws() {
    }

    public static KeyPair newRsaKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String rs256(JsonObject header, JsonObject payload, PrivateKey key) {
        String signingInput = encode(header.toString()) + "." + encode(payload.toString());
        try {
            Signature signer = Signature.getInstance("SHA256withRSA");
            signer.initSign(key);
            signer.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + encode(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static JsonObject rs256Header(String kid) {
        return Json.createObjectBuilder().add("alg", "RS256").add("typ", "JWT").add("kid", kid).build();
    }

    /** The JWKS document publishing {@code key} under {@code kid}, as Keycloak's certs endpoint does. */
    public static JsonObject jwks(String kid, RSAPublicKey key) {
        return Json.createObjectBuilder().add("keys", Json.createArrayBuilder()
                .add(Json.createObjectBuilder()
                        .add("kid", kid).add("kty", "RSA").add("alg", "RS256").add("use", "sig")
                        .add("n", encode(unsigned(key.getModulus().toByteArray())))
                        .add("e", encode(unsigned(key.getPublicExponent().toByteArray())))))
                .build();
    }

    public static JsonObject header(String token) {
        return parse(decode(token.split("\\.")[0]));
    }

    public static JsonObject payload(String token) {
        return parse(decode(token.split("\\.")[1]));
    }

    public static String signature(String token) {
        return token.split("\\.")[2];
    }

    /** Same header and signature, another payload: what tampering in transit looks like. */
    public static String withPayload(String token, JsonObject payload) {
        String[] parts = token.split("\\.");
        return parts[0] + "." + encode(payload.toString()) + "." + parts[2];
    }

    public static String encode(String json) {
        return encode(json.getBytes(StandardCharsets.UTF_8));
    }

    public static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String decode(String part) {
        return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    }

    private static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static byte[] unsigned(byte[] twosComplement) {
        if (twosComplement.length > 1 && twosComplement[0] == 0) {
            byte[] trimmed = new byte[twosComplement.length - 1];
            System.arraycopy(twosComplement, 1, trimmed, 0, trimmed.length);
            return trimmed;
        }
        return twosComplement;
    }
}
