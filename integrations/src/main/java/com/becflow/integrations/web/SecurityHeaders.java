package com.becflow.integrations.web;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The headers every response of both applications carries.
 *
 * <p>The Content-Security-Policy is as strict as Vaadin Flow 24 allows: everything from our own origin only, no
 * plugins, no framing by anyone, no {@code <base>} elsewhere. Vaadin needs {@code 'unsafe-inline'} for styles
 * (its components set style attributes and inject {@code <style>}), and for scripts {@code 'unsafe-inline'} (the
 * bootstrap page inlines its start-up script) and {@code 'unsafe-eval'} (the client engine runs
 * {@code executeJs} and template bindings through {@code new Function}); images come from the origin or
 * {@code data:} (logo previews) and {@code blob:} URLs. No other origin is reachable from a page: the portal
 * sends clients to Stripe by navigating, which a policy does not restrict.
 *
 * <p>{@code Referrer-Policy: no-referrer} everywhere: portal pages carry their link's secret in the path, and no
 * page needs to tell another site where its visitor came from. {@code Strict-Transport-Security} only on a
 * request that came over TLS (directly or from a trusted proxy): sent over plain HTTP it would be ignored, and
 * on the local {@code http://127.0.0.1} it would mean nothing.
 */
public final class SecurityHeaders {

    public static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "frame-ancestors 'none'");

    public static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000";

    private SecurityHeaders() {
    }

    static void apply(HttpServletResponse response, boolean secure) {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Frame-Options", "DENY");
        if (secure) {
            response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        }
    }
}
