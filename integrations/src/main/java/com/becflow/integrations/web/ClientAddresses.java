package com.becflow.integrations.web;

import com.becflow.shared.net.ClientAddress;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The servlet side of {@link ClientAddress}: a request's client address and whether it came over TLS, believing
 * {@code X-Forwarded-For} / {@code X-Forwarded-Proto} only from the proxies in {@code BECFLOW_TRUSTED_PROXIES}.
 * Use {@link #of(HttpServletRequest)} wherever a client's address is kept or counted (signature evidence, rate
 * limits); never {@code getRemoteAddr()} or the headers themselves. From a Vaadin view, pass
 * {@code VaadinServletRequest.getCurrent()} (it is an {@code HttpServletRequest}).
 *
 * <p>{@link RequestHardeningFilter} resolves every request once and leaves the answer in the request's
 * attributes; a request that did not pass the filter is resolved here.
 */
public final class ClientAddresses {

    public static final String SETTING = "BECFLOW_TRUSTED_PROXIES";
    static final String ADDRESS_ATTRIBUTE = ClientAddresses.class.getName() + ".address";
    static final String SECURE_ATTRIBUTE = ClientAddresses.class.getName() + ".secure";

    private static volatile ClientAddress configured;

    private ClientAddresses() {
    }

    /** The client's address: its peer's, or what a trusted proxy forwarded. Null without a request. */
    public static String of(HttpServletRequest request) {
        if (request == null) {
            return null;
        }
        if (request.getAttribute(ADDRESS_ATTRIBUTE) instanceof String address) {
            return address;
        }
        String address = resolver().resolve(request.getRemoteAddr(), headers(request, "X-Forwarded-For"));
        request.setAttribute(ADDRESS_ATTRIBUTE, address);
        return address;
    }

    /** Whether the browser reached Becflow over TLS: directly, or as a trusted proxy says. */
    public static boolean secure(HttpServletRequest request) {
        if (request.getAttribute(SECURE_ATTRIBUTE) instanceof Boolean secure) {
            return secure;
        }
        boolean secure = resolver().secure(request.getRemoteAddr(), request.isSecure(),
                headers(request, "X-Forwarded-Proto"));
        request.setAttribute(SECURE_ATTRIBUTE, secure);
        return secure;
    }

    /** The resolver as configured ({@value #SETTING}, read once per application). */
    public static ClientAddress resolver() {
        ClientAddress resolver = configured;
        if (resolver == null) {
            resolver = ClientAddress.trusting(ConfigProvider.getConfig().getOptionalValue(SETTING, String.class)
                    .orElse(""));
            configured = resolver;
        }
        return resolver;
    }

    private static List<String> headers(HttpServletRequest request, String name) {
        var values = request.getHeaders(name);
        return values == null ? List.of() : Collections.list(values);
    }
}
