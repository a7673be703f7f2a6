package com.becflow.integrations.web;

import jakarta.json.spi.JsonProvider;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * What every request to either application passes first:
 * <ul>
 *   <li>its client address and whether it came over TLS are resolved once ({@link ClientAddresses});</li>
 *   <li>the response gets the {@link SecurityHeaders};</li>
 *   <li>its body is capped at {@value #SETTING} bytes (default {@value #DEFAULT_LIMIT}): a declared length over
 *   the cap is refused before anything is read, and any other body is counted as the application reads it and
 *   refused the moment it passes the cap, chunked or not (a form, which the container parses itself, must declare
 *   its length). Either way the answer is 413 with a problem+json
 *   ({@code request.too-large}, saying the limit) and the connection is closed, so the rest is never read.</li>
 * </ul>
 */
@WebFilter(filterName = "becflow-request-hardening", urlPatterns = "/*", asyncSupported = true)
public class RequestHardeningFilter extends HttpFilter {

    public static final String SETTING = "BECFLOW_MAX_REQUEST_BYTES";
    public static final long DEFAULT_LIMIT = 10L * 1024 * 1024;
    public static final String CODE = "request.too-large";

    private static final Logger LOG = Logger.getLogger(RequestHardeningFilter.class.getName());
    private static final Set<String> BODILESS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private long limit = DEFAULT_LIMIT;

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        limit = ConfigProvider.getConfig().getOptionalValue(SETTING, Long.class).orElse(DEFAULT_LIMIT);
        if (limit <= 0) {
            throw new ServletException(SETTING + " must be a positive number of bytes, not " + limit);
        }
        // A list of trusted proxies that does not parse stops the application here, not on every request.
        ClientAddresses.resolver();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        ClientAddresses.of(request);
        boolean secure = ClientAddresses.secure(request);
        SecurityHeaders.apply(response, secure);
        if (!mayHaveBody(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getContentLengthLong() > limit) {
            refuse(request, response, limit);
            return;
        }
        if (request.getContentLengthLong() < 0 && isForm(request)) {
            // The container parses form fields from its own stream, past any wrapper: a form must say its length
            // (browsers always do), so that the container reads no more than that, which the check above bounds.
            refuse(request, response, limit);
            return;
        }
        BodyLimit bounded = new BodyLimit(request, limit);
        SilencedResponse silenced = new SilencedResponse(response, bounded::exceeded);
        try {
            chain.doFilter(bounded, silenced);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!bounded.exceeded()) {
                throw e;
            }
        } finally {
            if (bounded.exceeded() && !request.isAsyncStarted()) {
                LOG.log(Level.INFO, "Refused a request body over {0} bytes: {1} {2} from {3}",
                        new Object[]{limit, request.getMethod(), request.getRequestURI(), ClientAddresses.of(request)});
                refuse(request, response, limit);
            }
        }
    }

    private static boolean mayHaveBody(HttpServletRequest request) {
        if ("websocket".equalsIgnoreCase(request.getHeader("Upgrade"))) {
            return false;
        }
        return !BODILESS.contains(request.getMethod().toUpperCase(Locale.ROOT))
                || request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }

    private static boolean isForm(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    /** 413, unless the application had already sent part of its answer (then the connection just ends). */
    static void refuse(HttpServletRequest request, HttpServletResponse response, long limit) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.reset();
        SecurityHeaders.apply(response, ClientAddresses.secure(request));
        response.setStatus(413);
        response.setContentType("application/problem+json");
        response.setHeader("Connection", "close");
        byte[] body = problem(limit).getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        OutputStream out;
        try {
            out = response.getOutputStream();
        } catch (IllegalStateException usedWriter) {
            response.getWriter().write(new String(body, StandardCharsets.UTF_8));
            response.flushBuffer();
            return;
        }
        out.write(body);
        out.flush();
    }

    static String problem(long limit) {
        JsonProvider json = JsonProvider.provider();
        return json.createObjectBuilder()
                .add("type", "https://becflow.com/problems/" + CODE)
                .add("title", "Request too large")
                .add("status", 413)
                .add("code", CODE)
                .add("detail", "A request body may hold at most " + limit + " bytes (" + readable(limit) + ").")
                .add("limit", limit)
                .build().toString();
    }

    static String readable(long bytes) {
        if (bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MiB";
        }
        if (bytes % 1024 == 0) {
            return bytes / 1024 + " KiB";
        }
        return bytes + " bytes";
    }
}
