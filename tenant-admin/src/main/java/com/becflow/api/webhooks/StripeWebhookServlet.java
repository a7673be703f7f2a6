package com.becflow.api.webhooks;

import com.becflow.invoicing.app.PaymentNotifications;
import com.becflow.invoicing.payments.InvalidNotification;
import jakarta.inject.Inject;
import jakarta.json.spi.JsonProvider;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where Stripe delivers its events. A servlet rather than a JAX-RS resource: the signature covers the exact
 * bytes sent, so the body is read raw, and no bearer token applies (the signature is the credential).
 * A verified event is stored and answered at once (a worker applies it right after); 2xx tells Stripe to stop, an
 * error makes it deliver again later, which is safe because each event is stored and applied once.
 */
@WebServlet("/api/webhooks/stripe")
public class StripeWebhookServlet extends HttpServlet {

    // Looked up once: JsonProvider.provider(), behind every Json.create..., scans the class path each call.
    private static final JsonProvider JSON = JsonProvider.provider();

    /** Stripe's events are a few KB; anything far larger is not one. */
    static final int MAX_BODY_BYTES = 512 * 1024;
    private static final Logger LOG = Logger.getLogger(StripeWebhookServlet.class.getName());

    @Inject
    transient PaymentNotifications notifications;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(MAX_BODY_BYTES + 1);
        }
        if (body.length > MAX_BODY_BYTES) {
            WebhookProblems.write(response, 413, "webhook.too-large", "Payload too large", "At most " + MAX_BODY_BYTES + " bytes");
            return;
        }
        try {
            PaymentNotifications.Outcome outcome = notifications.receive(new String(body, StandardCharsets.UTF_8),
                    request.getHeader("Stripe-Signature"));
            response.setStatus(200);
            response.setContentType("application/json");
            response.getWriter().write(JSON.createObjectBuilder().add("outcome", outcome.name()).build().toString());
        } catch (InvalidNotification e) {
            WebhookProblems.write(response, 400, "webhook.invalid", "Bad request", e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Stripe event not stored; Stripe will deliver it again", e);
            WebhookProblems.write(response, 500, "webhook.not-applied", "Internal error", "Not stored; deliver again later");
        }
    }
}
