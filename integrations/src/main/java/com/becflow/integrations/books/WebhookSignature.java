package com.becflow.integrations.books;

import com.becflow.accounting.BooksWebhookRefused;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature both Xero ({@code x-xero-signature}) and Intuit ({@code intuit-signature}) put on a webhook delivery:
 * the Base64 of the HMAC-SHA256 of the exact body under a key only the vendor and the operator know. Compared in
 * constant time.
 */
public final class WebhookSignature {

    private WebhookSignature() {
    }

    /** @throws BooksWebhookRefused when no key is configured, or the signature is absent or does not match */
    public static void check(String vendor, String key, byte[] body, String signature) {
        if (key == null || key.isBlank()) {
            throw new BooksWebhookRefused(vendor + " webhooks are not configured on this server");
        }
        if (signature == null || signature.isBlank()) {
            throw new BooksWebhookRefused("No " + vendor + " signature");
        }
        byte[] expected = sign(key, body).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, signature.strip().getBytes(StandardCharsets.US_ASCII))) {
            throw new BooksWebhookRefused("The " + vendor + " signature does not match");
        }
    }

    public static String sign(String key, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
