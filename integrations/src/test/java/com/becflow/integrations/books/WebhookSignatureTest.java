package com.becflow.integrations.books;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.becflow.accounting.BooksWebhookRefused;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The vendors' webhook signature: the Base64 HMAC-SHA256 of the exact body. */
class WebhookSignatureTest {

    private static final byte[] BODY = "{\"events\":[]}".getBytes(StandardCharsets.UTF_8);

    @Test
    void aSignatureMadeWithTheKeyOverTheExactBodyIsTaken() {
        // The well-known example: HMAC-SHA256 under "key" of "The quick brown fox jumps over the lazy dog".
        assertThat(WebhookSignature.sign("key", "The quick brown fox jumps over the lazy dog".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("97yD9DBThCSxMpjmqm+xQ+9NWaFJRhdZl0edvC0aPNg=");
        WebhookSignature.check("Xero", "key", BODY, WebhookSignature.sign("key", BODY));
    }

    @Test
    void anotherKeyAnotherBodyNoSignatureOrNoKeyIsRefused() {
        String signed = WebhookSignature.sign("key", BODY);
        assertThatThrownBy(() -> WebhookSignature.check("Xero", "other", BODY, signed))
                .isInstanceOf(BooksWebhookRefused.class).hasMessageContaining("does not match");
        assertThatThrownBy(() -> WebhookSignature.check("Xero", "key", "{\"events\":[{}]}".getBytes(StandardCharsets.UTF_8),
                signed)).isInstanceOf(BooksWebhookRefused.class);
        assertThatThrownBy(() -> WebhookSignature.check("Xero", "key", BODY, null))
                .isInstanceOf(BooksWebhookRefused.class).hasMessageContaining("No Xero signature");
        assertThatThrownBy(() -> WebhookSignature.check("Xero", null, BODY, signed))
                .isInstanceOf(BooksWebhookRefused.class).hasMessageContaining("not configured");
    }
}
