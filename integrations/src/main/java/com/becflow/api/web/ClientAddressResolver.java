package com.becflow.api.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The address of the client behind a request, as rate limits and evidence should see it. One implementation per
 * deployment: today {@link RemoteAddressResolver} (the connection's peer). Behind a TLS-terminating ingress that peer
 * is the proxy, so a resolver that trusts {@code X-Forwarded-For} only from configured proxies replaces it; every
 * caller asks through this interface and needs no change then.
 */
public interface ClientAddressResolver {

    /** The client's address (an IP literal), never null: "unknown" when the request does not say. */
    String clientAddress(HttpServletRequest request);
}
