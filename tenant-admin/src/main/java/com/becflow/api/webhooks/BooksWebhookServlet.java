package com.becflow.api.webhooks;

import com.becflow.accounting.BooksVendor;
import com.becflow.accounting.BooksWebhookRefused;
import com.becflow.accounting.app.BooksWebhooks;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where Xero and QuickBooks say their books changed. The body is read raw, since the signature covers its exact bytes;
 * a signed delivery is answered 200 with an empty body at once (the passes it asks for run as jobs), an unsigned or
 * wrongly signed one 401, as Xero's "intent to receive" check expects.
 */
@WebServlet({"/api/webhooks/xero", "/api/webhooks/quickbooks"})
public class BooksWebhookServlet extends HttpServlet {

    /** A delivery lists a few events; anything far larger is not one. */
    static final int MAX_BODY_BYTES = 256 * 1024;
    private static final Logger LOG = Logger.getLogger(BooksWebhookServlet.class.getName());

    @Inject
    transient BooksWebhooks webhooks;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean xero = request.getServletPath().endsWith("/xero");
        BooksVendor vendor = xero ? BooksVendor.XERO : BooksVendor.QUICKBOOKS;
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(MAX_BODY_BYTES + 1);
        }
        if (body.length > MAX_BODY_BYTES) {
            WebhookProblems.write(response, 413, "webhook.too-large", "Payload too large", "At most " + MAX_BODY_BYTES + " bytes");
            return;
        }
        try {
            webhooks.receive(vendor, body, request.getHeader(xero ? "x-xero-signature" : "intuit-signature"));
            response.setStatus(200);
        } catch (BooksWebhookRefused e) {
            WebhookProblems.write(response, 401, "webhook.signature", "Unauthorized", e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, vendor.label() + " webhook not handled; the vendor will deliver it again", e);
            WebhookProblems.write(response, 500, "webhook.not-applied", "Internal error", "Not handled; deliver again later");
        }
    }
}
